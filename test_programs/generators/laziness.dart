// sync* laziness (expected output derived by hand from the language specification, "Functions
// marked sync*", and the Dart VM's _SyncStarIterable/_SyncStarIterator in
// sdk/lib/_internal/vm/lib/async_patch.dart): calling the function runs nothing; `iterator` runs
// nothing either; each moveNext runs the body up to the next `yield` and returns true, or to its
// end and returns false; moveNext after the end returns false without running anything again;
// every `iterator` starts the body afresh. `current` is `_current as T`: null before the first
// moveNext and after the end, so it is null for a nullable T and a TypeError otherwise.
Iterable<int> count(int n) sync* {
  print('start');
  for (int i = 1; i <= n; i++) {
    print('yield $i');
    yield i;
    print('resumed after $i');
  }
  print('end');
}

Iterable<int> naturals() sync* {
  yield 1;
  yield 2;
}

Iterable<int?> maybe() sync* {
  yield null;
  yield 7;
}

void main() {
  Iterable<int> it = count(2);
  print('called');
  Iterator<int> iter = it.iterator;
  print('got iterator');
  print(iter.moveNext());
  print(iter.current);
  print(iter.moveNext());
  print(iter.current);
  print(iter.moveNext());
  print(iter.moveNext());
  for (int x in it) {
    print('for $x');
  }
  print(naturals());
  print(naturals() is Iterable<int>);
  Iterator<int?> m = maybe().iterator;
  print(m.current);
  print(m.moveNext());
  print(m.current);
  print(m.moveNext());
  print(m.current);
  print(m.moveNext());
  print(m.current);
  Iterator<int> c = count(0).iterator;
  try {
    print(c.current);
  } on TypeError {
    print('TypeError before moveNext');
  }
  print(c.moveNext());
  try {
    print(c.current);
  } on TypeError {
    print('TypeError after the end');
  }
}
