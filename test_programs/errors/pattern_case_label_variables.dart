// A body that a `continue` or `default` can reach sees none of the pattern variables of the
// cases sharing it, even those every case declares; guards still see their own case's
// variables. Expected diagnostics from the analyzer's
// PATTERN_VARIABLE_SHARED_CASE_SCOPE_HAS_LABEL ("The variable 'a' is not available because
// there is a label or 'default' case."; its resolution tests test_variables_joinedCase_hasLabel
// and test_variables_joinedCase_hasDefault).
void main() {
  Object o = 1;
  switch (o) {
    case String s:
      print(s);
      continue target;
    target:
    case int a when a > 0:
      print(a);
    case [var b]:
    default:
      print(b);
  }
}
