// Iterables: lazy views (map, where, expand, take, skip, takeWhile, skipWhile, followedBy)
// run their functions only when iterated, eager members, and Iterable.toString's abbreviation.
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/core/
// iterable.dart, sdk/lib/internal/iterable.dart, and IterableBase.iterableToShortString in
// sdk/lib/collection/iterable.dart): an Iterable prints as '(a, b, c)'; when the text would pass
// about 80 characters it keeps at least the first 3 and last 2 elements with '...' between,
// and it never looks at more than 100 elements (then it ends with '...'); lists print in full
// with brackets; firstOrNull/lastOrNull/singleOrNull/elementAtOrNull give null where first/
// last/single/elementAt would throw, nonNulls skips nulls (the abbreviated lines were also
// checked with a line-by-line Python transcription of the SDK's algorithm). Errors: 'Bad state:
// No element', 'Bad state: Too many elements'.
class Counter extends Iterable<int> {
  final int n;
  Counter(this.n);
  Iterator<int> get iterator => CounterIterator(n);
}

class CounterIterator implements Iterator<int> {
  final int n;
  int i = -1;
  CounterIterator(this.n);
  bool moveNext() => ++i < n;
  int get current => i;
}

void main() {
  var calls = 0;
  var mapped = [1, 2, 3].map((x) {
    calls++;
    return x * 10;
  });
  print(calls);
  print(mapped.length);
  print(calls);
  print(mapped);
  print(calls);
  print(mapped.elementAt(1));
  print(calls);

  var c = Counter(10);
  print(c);
  print(c.length);
  print(c.where((x) => x.isEven));
  print(c.map((x) => 'n$x').skip(8));
  print(c.expand((x) => x < 3 ? [x, x] : <int>[]));
  print(c.take(3));
  print(c.skip(7));
  print(c.takeWhile((x) => x < 4));
  print(c.skipWhile((x) => x < 7));
  print(c.followedBy([100, 200]));
  print(c.first);
  print(c.last);
  print(Counter(1).single);
  print(c.elementAt(3));
  print(c.contains(5));
  print(c.contains(50));
  print(c.isEmpty);
  print(Counter(0).isEmpty);
  print(c.isNotEmpty);
  // `fold<int>`: in print's `Object?` context Dart infers fold<Object?> downwards, and then
  // `a + b` is an error (dart-lang/sdk#36405, working as intended).
  print(c.fold<int>(0, (a, b) => a + b));
  print(c.reduce((a, b) => a > b ? a : b));
  print(c.any((x) => x == 9));
  print(c.every((x) => x < 9));
  print(c.join(','));
  print(c.firstWhere((x) => x > 3));
  print(c.lastWhere((x) => x < 3));
  print(c.singleWhere((x) => x == 5));
  print(c.firstWhere((x) => x > 30, orElse: () => -1));
  print(c.toList());
  print(c.toSet());
  var it = c.iterator;
  var seen = <int>[];
  while (it.moveNext()) {
    seen.add(it.current);
  }
  print(seen);
  print(Iterable.generate(4, (i) => i * i));
  print(Iterable<int>.empty());
  print(Iterable<int>.generate(3).map((i) => i + 1).toList());

  // Dart 3's IterableExtensions and NullableIterableExtensions (dart:collection, exported by
  // dart:core).
  print('${[1, 2].firstOrNull} ${<int>[].firstOrNull} ${c.lastOrNull} ${Counter(2).singleOrNull} ${Counter(1).singleOrNull}');
  print('${c.elementAtOrNull(3)} ${c.elementAtOrNull(30)} ${[1, null, 3, null].nonNulls}');

  // Abbreviated toString.
  print(Counter(30));
  print(Counter(100));
  print(Counter(101));
  print(Counter(1000));
  print(Counter(5).map((i) => 'x' * 30));
  print(Counter(40).map((i) => i * 1000000));
  print(List.generate(30, (i) => i));

  // Errors.
  try {
    Counter(0).first;
  } catch (e) {
    print(e);
  }
  try {
    Counter(0).last;
  } catch (e) {
    print(e);
  }
  try {
    Counter(2).single;
  } catch (e) {
    print(e);
  }
  try {
    Counter(0).reduce((a, b) => a);
  } catch (e) {
    print(e);
  }
  try {
    c.firstWhere((x) => x > 30);
  } catch (e) {
    print(e);
  }
  try {
    c.singleWhere((x) => x > 3);
  } catch (e) {
    print(e);
  }
  try {
    c.elementAt(10);
  } catch (e) {
    print(e);
  }
  try {
    c.take(-1);
  } catch (e) {
    print(e is RangeError);
  }
}
