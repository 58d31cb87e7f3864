// The branches of a logical-or pattern must bind the same variables with the same types
// (patterns feature specification, "Logical-or"; the analyzer's MISSING_VARIABLE_PATTERN and
// INCONSISTENT_PATTERN_VARIABLE_LOGICAL_OR); a variable only some cases sharing a body declare
// can't be used in the body.
void main() {
  Object o = 1;
  switch (o) {
    case int x || String y:
      print(1);
    case (int v, _) || (_, String v):
      print(v);
    case [int a]:
    case [String b]:
      print(a);
  }
}
