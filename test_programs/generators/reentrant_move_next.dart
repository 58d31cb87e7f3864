// moveNext of a sync* iterator called from inside the body it would resume: directly (the body
// holds its own iterator) and through a yield* (the nested body holds the outer iterator, which
// would resume that nested body). Resuming a running body is not something a run can do, so
// dartc throws StateError('Generator is already running') from the inner moveNext and leaves the
// run as it was: the body catches the error and goes on. The Dart VM's behaviour for this case
// is not documented (its _SyncStarIterator.moveNext has no check; see docs/generators.md), so
// the message is dartc's. Expected output derived by hand: the values in the order the bodies
// yield them, with each caught error printed where the inner moveNext is called. Before the
// check, the first case printed `false` forever.
late Iterator<int> own;
Iterable<int> selfPulling() sync* {
  yield 1;
  try {
    own.moveNext();
    print('not reached');
  } on StateError catch (e) {
    print('own: ${e.message}');
  }
  yield 2;
}

late Iterator<int> outer;
Iterable<int> nested() sync* {
  yield 10;
  try {
    outer.moveNext();
  } on StateError catch (e) {
    print('nested: ${e.message}');
  }
  yield 11;
}

Iterable<int> outerBody() sync* {
  yield 0;
  yield* nested();
  yield 12;
}

// Another run of the same iterable is a different coroutine and may be pulled from inside.
Iterable<int> counting(int n) sync* {
  for (int i = 0; i < n; i++) yield i;
}

Iterable<int> pullsAnotherRun(Iterable<int> source) sync* {
  for (final int x in source) {
    final Iterator<int> other = source.iterator;
    other.moveNext();
    yield x * 100 + other.current;
  }
}

void main() {
  own = selfPulling().iterator;
  while (own.moveNext()) print(own.current);
  print(own.moveNext());

  outer = outerBody().iterator;
  while (outer.moveNext()) print(outer.current);

  print(pullsAnotherRun(counting(3)).toList());
}
