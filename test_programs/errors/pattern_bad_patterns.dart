// Malformed patterns: a map pattern with no entries or duplicate keys, a constant pattern that
// isn't constant, two rest elements, an operator the type doesn't have (patterns feature
// specification, "Map pattern", "Constant pattern", "List pattern", "Relational pattern").
void main() {
  var n = 3;
  Object o = {};
  switch (o) {
    case {}:
      print(0);
    case {'a': _, 'a': _}:
      print(1);
    case [..., ...]:
      print(2);
  }
  switch (n) {
    case n when n > 0:
      print(3);
  }
  String s = '';
  if (s case > 3) print(5);
}
