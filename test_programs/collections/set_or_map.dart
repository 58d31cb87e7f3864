// Expected output derived by hand from the language specification's disambiguation of set and
// map literals (also accepted/2.3/unified-collections in dart-lang/language): without type
// arguments or a deciding context, the leaf elements decide, looking through `if` and `for`
// elements: an expression element makes a set (`{if (c) [1]}` is a set of lists,
// `{for (...) {i: i}}` a set of maps), a `key: value` entry a map, and a spread its static type.
// Spreads are inferred without a context when nothing else gives one, so `[...[1]]` is a
// List<int>.
void main() {
  var s = {if (true) [1]};
  print(s.first);
  print(s is Set<List<int>>);
  var maps = {for (var i = 0; i < 3; i++) {i: i}};
  print(maps);
  print(maps is Set<Map<int, int>>);
  var entries = {for (var i = 0; i < 2; i++) i: '$i'};
  print(entries is Map<int, String>);
  print(entries);
  var a = {1, 2};
  var b = {3};
  var union = {...a, ...b};
  print(union);
  print(union is Set<int>);
  var m1 = {1: 'a'};
  var merged = {...m1, if (true) ...{2: 'b'}};
  print(merged is Map<int, String>);
  print(merged);
  List<int>? none;
  print({...?none, ...a});
  print({for (var x in a) ...[x, x * 10]});
  Object o = {...a};
  print(o is Set<int>);
  Iterable<num> ctx = {if (a.isEmpty) 1};
  print(ctx is Set<num>);
  print([...[1, 2]] is List<int>);
  print({...{1: 'a'}} is Map<int, String>);
  print([for (var i in [1, 2]) i] is List<int>);
  print({} is Map<dynamic, dynamic>);
}
