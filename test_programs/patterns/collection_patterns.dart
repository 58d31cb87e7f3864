// Patterns in collection literals: pattern for-in elements (the pattern is matched against each
// element, its variables are fresh in every iteration and visible, and capturable, in the
// element) and if-case elements (the then-element only when the pattern and the guard match).
// Expected output derived from the patterns feature specification (dart-lang/language
// accepted/3.0/patterns/feature-specification.md, "Pattern-for-in element": `<keyword>
// <pattern> = id2.current;` then the element, once per iteration; "If-case element").
void main() {
  var sums = [for (var (a, b) in [(1, 2), (3, 4)]) a + b];
  print(sums);
  var products = [for (final (a, b) in [(1, 2), (3, 4)]) () => a * b];
  print(products.map((f) => f()).toList());
  var map = {for (var [k, v] in [['x', 1], ['y', 2]]) k: v};
  print(map);
  var set = {for (var (:name, :age) in [(name: 'a', age: 1), (name: 'b', age: 1)]) age};
  print(set);
  for (Object o in [1, -1, 'a', (2, 3)]) {
    var l = [if (o case int i when i > 0) i * 10 else 0, if (o case (int a, int b)) () => a + b];
    print([for (var x in l) x is Function ? x() : x]);
  }
  var fromRecord = {if ((1, 2) case (var k, var v)) k: v};
  print(fromRecord);
}
