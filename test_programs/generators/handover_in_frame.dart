// What a sync* body hands its iterator lives in the body's frame (docs/generators.md, "The
// hand-over in the frame"): the yielded value is the frame's value word, `current` reads it
// there, and the driver copies a nested body's or a nested iterator's value into the outer
// frame. This checks `current` in every state an iterator can be in, values that only the
// suspended frame's word holds while the heap is collected (also run under gc-stress), many
// live iterators at once, and the frames' list when runs end or are abandoned in any order.
// Expected output derived by hand from the language specification and the VM's
// _SyncStarIterator (sdk/lib/_internal/vm/lib/async_patch.dart): `current` is `_current as T`
// (null before the first moveNext and after the end, so a TypeError unless T is nullable), and
// it keeps the last value between moveNext calls.
class Box {
  final int value;
  final List<int> payload;
  Box(this.value) : payload = List<int>.filled(64, value);
  int get sum => payload.fold(0, (a, b) => a + b);
}

Iterable<Box> boxes(int n) sync* {
  for (int i = 0; i < n; i++) yield Box(i);
}

Iterable<int?> maybe() sync* {
  yield null;
  yield 7;
  yield null;
}

Iterable<Box> nested() sync* {
  yield Box(100);
  yield* boxes(2);          // nested sync* state: values copied into this frame
  yield* [Box(200), Box(201)];  // nested plain iterator
  yield Box(300);
}

// Allocates enough to make collections happen while frames hold the only reference.
int churn() {
  int total = 0;
  for (int i = 0; i < 2000; i++) {
    total += List<int>.filled(32, i).length;
  }
  return total;
}

void main() {
  // `current` before the first moveNext, while iterating, and after the end.
  final Iterator<int?> m = maybe().iterator;
  print('before: ${m.current}');
  while (m.moveNext()) {
    print('value: ${m.current} again: ${m.current}');
  }
  print('after: ${m.current}');

  final Iterator<Box> b = boxes(1).iterator;
  try {
    print(b.current.value);
  } on TypeError {
    print('TypeError before moveNext');
  }
  print(b.moveNext());
  print('first: ${b.current.value}');
  print(b.moveNext());
  try {
    print(b.current.value);
  } on TypeError {
    print('TypeError after the end');
  }

  // Values held only by suspended frames across collections.
  final List<Iterator<Box>> its = [for (int i = 0; i < 50; i++) boxes(3).iterator];
  for (final it in its) {
    it.moveNext();
    it.moveNext();
  }
  churn();
  int sum = 0;
  for (final it in its) sum += it.current.sum;
  print('held: $sum');
  for (final it in its) it.moveNext();
  churn();
  sum = 0;
  for (final it in its) sum += it.current.sum;
  print('held again: $sum');

  // Nested states and nested iterators, with collections in between.
  final Iterator<Box> n = nested().iterator;
  final List<int> seen = [];
  while (n.moveNext()) {
    churn();
    seen.add(n.current.value);
    seen.add(n.current.sum);
  }
  print(seen);

  // Runs ending and abandoned in an order other than their creation's.
  final List<Iterator<Box>> mixed = [for (int i = 1; i <= 6; i++) boxes(i).iterator];
  for (int round = 0; round < 7; round++) {
    final List<int> row = [];
    for (int i = mixed.length - 1; i >= 0; i--) {
      if (mixed[i].moveNext()) row.add(mixed[i].current.value);
    }
    if (round == 2) mixed.removeAt(4);  // abandoned while suspended
    churn();
    print('round $round: $row');
  }
  print(boxes(5).map((x) => x.value).toList());
}
