// Found by tools/difftest. Expected output derived from the Dart language's inference rules for
// collection literals (dart-lang/language resources/type-system/inference.md, "Collection
// literals"): a spread element in a literal without a known element type is checked with the
// context `Iterable<_>` (`Map<_, _>` in maps), so the spread collection's own elements decide its
// type and the outer literal's element type is the upper bound of what it spreads.
void main() {
  var a = [...[1, 2]];
  print(a.runtimeType);
  print(a is List<int>);
  var b = [...[...<int>[32, 1], 5]];
  print(b is List<int>);
  var c = [...['x'], ...['y']];
  print(c is List<String>);
  var s = {...{1, 2}, 3};
  print(s is Set<int>);
  var m = {...{'a': 1}, 'b': 2};
  print(m is Map<String, int>);
  List<int>? none;
  var n = [...?none, ...[4]];
  print(n is List<int>);
  var mixed = [...[1], ...[2.5]];
  print(mixed is List<num>);
  print(mixed is List<int>);
  // The element type flows into the loop variable and from there into closures.
  for (final e in [...[7, 8]]) {
    List<int> doubled = <int>[1].map((x) => e * 2).toList();
    print(doubled);
  }
  // With a context, the spread gets Iterable<E> as its context.
  List<num> withContext = [...[1, 2]];
  print(withContext);
}
