// A sync* body hands its iterator either a value or a marker in one word of its frame
// (docs/generators.md, "The hand-over in the frame"): the marker says that the body ran a
// `yield*` or ended (normally or with an exception), and the driver replaces it before anyone
// reads `current`. Frames start on a cache line (docs/generators.md, "Frames on a cache line"),
// with a filler in the gap before them. This checks that no marker ever shows as a value:
// `current` right after every kind of hand-over (a `yield*` of empty and non-empty sync* and
// plain iterables, a nested body that itself runs a `yield*`, the end, an exception), values
// that are null or plain objects, `moveNext` after the end, iterators restarted from one
// iterable and run interleaved, and thousands of live runs with odd-sized allocations between
// their frames across collections (also run under gc-stress, where every frame takes the slow
// path). Expected output derived by hand from the language specification and the VM's
// _SyncStarIterator (sdk/lib/_internal/vm/lib/async_patch.dart): `current` is `_current as T`,
// null before the first moveNext and after the end (a TypeError unless T is nullable); an
// exception escaping the body propagates out of that moveNext, and the iterator is then done.

Iterable<int> empty() sync* {}

Iterable<int> two(int base) sync* {
  yield base;
  yield base + 1;
}

// A nested body that runs a `yield*` itself: its frame holds the marker while the plain
// iterator's values are copied into the outer frame.
Iterable<int> inner() sync* {
  yield* [10, 11];
  yield 12;
  yield* empty();
}

Iterable<int> outer() sync* {
  yield* empty();
  yield 1;
  yield* empty();
  yield* <int>[];
  yield* two(2);
  yield* inner();
  yield* empty();
}

Iterable<Object?> objects() sync* {
  yield null;
  yield Object();
  yield const Object();
  yield* <Object?>[null];
  yield 'end';
}

Iterable<int> failing(int after) sync* {
  for (int i = 0; i < after; i++) yield i;
  throw StateError('failed after $after');
}

Iterable<int> catching() sync* {
  try {
    yield* failing(2);
  } on StateError catch (e) {
    yield -1;
    print('caught: ${e.message}');
  }
  yield 99;
}

Iterable<int> counter(int from, int n) sync* {
  for (int i = 0; i < n; i++) yield from + i;
}

String show(Iterator<Object?> it) {
  final List<String> out = <String>[];
  while (it.moveNext()) {
    out.add('${it.current}');
  }
  return out.join(',');
}

void main() {
  // Every hand-over kind, with `current` read twice after each moveNext.
  final Iterator<int> o = outer().iterator;
  final List<String> seen = <String>[];
  while (o.moveNext()) {
    seen.add('${o.current}/${o.current}');
  }
  print(seen.join(' '));
  print('moveNext after the end: ${o.moveNext()} ${o.moveNext()}');
  try {
    print(o.current);
  } on TypeError {
    print('TypeError after the end');
  }

  // A body that ends at once: its first resumption hands over the end.
  final Iterator<int> e = empty().iterator;
  print('empty: ${e.moveNext()} ${e.moveNext()}');

  // Nullable and plain object values.
  final Iterator<Object?> ob = objects().iterator;
  final List<String> kinds = <String>[];
  while (ob.moveNext()) {
    final Object? v = ob.current;
    kinds.add(v == null ? 'null' : v is String ? v : v.runtimeType.toString());
  }
  print(kinds.join(','));
  print('after the end: ${ob.current}');

  // An exception ends the run; later moveNext calls return false.
  final Iterator<int> f = failing(3).iterator;
  final List<int> got = <int>[];
  try {
    while (f.moveNext()) {
      got.add(f.current);
    }
  } on StateError catch (err) {
    print('${got.join(',')} then ${err.message}');
  }
  print('after the exception: ${f.moveNext()}');
  print(show(catching().iterator));

  // Two iterators of one iterable, interleaved: each restarts the body.
  final Iterable<int> it = outer();
  final Iterator<int> a = it.iterator;
  final Iterator<int> b = it.iterator;
  final List<String> pairs = <String>[];
  for (int i = 0; i < 3; i++) {
    a.moveNext();
    pairs.add('a${a.current}');
  }
  while (b.moveNext()) {
    pairs.add('b${b.current}');
  }
  while (a.moveNext()) {
    pairs.add('a${a.current}');
  }
  print(pairs.join(' '));

  // Many live runs, with allocations of different sizes between their frames, so that the gaps
  // before the frames vary; collections happen while all of them are suspended.
  final List<Iterator<int>> runs = <Iterator<int>>[];
  final List<List<int>> keep = <List<int>>[];
  for (int i = 0; i < 3000; i++) {
    runs.add(counter(i * 10, 3).iterator);
    keep.add(List<int>.filled(i % 7, i));
  }
  int total = 0;
  for (int round = 0; round < 4; round++) {
    for (int i = 0; i < runs.length; i++) {
      if (runs[i].moveNext()) total += runs[i].current;
      if (i % 500 == 0) keep.add(List<int>.filled(5000, round));
    }
  }
  print('runs: $total ${keep.length}');
}
