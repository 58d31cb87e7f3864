// A context flows through a generic call into its closure arguments, and generic function
// literals take their parameter types from a generic function type context (issue 9, B).
//
// Expectations derived from inference.md: `[].map((x) => x)` in the context `Iterable<int>`
// fixes map's T to int downwards, so the closure `(x) => x` (x: dynamic, from `List<dynamic>`)
// has the imposed return type int and its returned value is checked against it ("the inferred
// return type is R when the actual returned type is not a subtype of R"), an implicit downcast
// that throws a TypeError for a String. A generic function literal `<K, V>(e) => ...` in the context
// `K Function<K, V>(Map<K, V>)` gets `e: Map<K, V>` in terms of its own K and V (`Q[T/S]`), so
// returning `e.keys.first` fits. Map literals print `{a: 1, b: 2}`.
void sum(Iterable<int> xs) => print(xs.fold<int>(0, (a, b) => a + b));

void useKeys(K Function<K, V>(Map<K, V> e) f) => print(f({'a': 1, 'b': 2}));

List<String> describe(String Function<T>(T x) f) => [f(1), f('s')];

void main() {
  sum([].map((x) => x));
  sum([1, 2, 3].map((x) => x * 2));
  dynamic raw = [4, 5];
  sum((raw as List).map((x) => x));
  useKeys(<K, V>(e) => e.keys.first);
  useKeys(<A, B>(Map<A, B> e) => e.keys.last);
  print(describe(<T>(x) => 'got $x'));
  Iterable<String> names = [1, 2].map((i) {
    return 'n$i';
  });
  print(names);
  dynamic strings = ['a'];
  try {
    sum((strings as List).map((x) => x));
  } catch (e) {
    print(e is TypeError);
  }
}
