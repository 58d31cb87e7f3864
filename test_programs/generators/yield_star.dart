// yield* (expected output derived by hand from the language specification, "yield-each", and
// the VM's _SyncStarIterator.moveNext in sdk/lib/_internal/vm/lib/async_patch.dart): the
// elements of the inner iterable are produced one per moveNext, lazily (the inner body runs
// only as far as the element asked for), then the outer body continues after the yield*. A
// sync* iterable runs in the outer iterator's stack of states; any other Iterable (list, set,
// map view, mapped sync* iterable) through its own iterator. A chain of 10000 nested
// generators (and one of 2000 that yields at every level) is iterated without a native stack
// proportional to its depth.
Iterable<int> range(int from, int to) sync* {
  for (int i = from; i < to; i++) {
    print('  range yields $i');
    yield i;
  }
}

Iterable<int> mixed() sync* {
  print('mixed starts');
  yield* range(0, 2);
  yield 10;
  yield* [20, 21];
  yield* <int>{};
  yield* range(5, 7).map((int x) => x * 100);
  yield* <int, String>{30: 'a'}.keys;
  print('mixed ends');
}

Iterable<int> tree(int depth) sync* {
  if (depth == 0) {
    yield 0;
    return;
  }
  yield depth;
  yield* tree(depth - 1);
  yield -depth;
}

Iterable<int> deep(int n) sync* {
  if (n == 0) {
    yield 42;
    yield 43;
    return;
  }
  yield* deep(n - 1);
}

Iterable<int> naturals(int n) sync* {
  if (n > 0) {
    yield* naturals(n - 1);
    yield n;
  }
}

Iterable<int> empty() sync* {}

Iterable<int> around(Iterable<int> inner) sync* {
  yield -1;
  yield* inner;
  yield -2;
}

void main() {
  Iterator<int> it = mixed().iterator;
  while (it.moveNext()) {
    print('got ${it.current}');
  }
  print(it.moveNext());
  print(tree(3).toList());
  print(deep(10000).toList());
  int sum = 0;
  int count = 0;
  for (int x in naturals(2000)) {
    sum += x;
    count++;
  }
  print('$count $sum');
  print(around(empty()).toList());
  print(around(around(empty())).toList());
  Iterable<int> shared = range(0, 1);
  print(around(shared).toList());
  print(around(shared).toList());
  print(around(range(0, 100)).take(3).toList());
}
