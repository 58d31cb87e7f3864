// The iterator's two paths (docs/generators.md, "The cost of a hop"): a body that runs on its
// own and yields a value is resumed by the inlined part of moveNext; everything else (yield* of
// a sync* iterable or of another iterable, the end, an escaping exception, moveNext after the
// end) goes through _drive, which must hand back to the inlined part once no nested state or
// iterator is left. Each case switches between the two paths several times. Expected output
// derived by hand from the language specification and the VM's _SyncStarIterator (sdk/lib/
// _internal/vm/lib/async_patch.dart): yield* yields the operand's elements in order, an
// exception escaping a nested body is thrown at its yield*, an exception escaping the body
// propagates out of moveNext and the iterator is then done; ArgumentError's toString is
// "Invalid argument(s): <message>".
Iterable<int> inner(int n) sync* {
  for (int i = 0; i < n; i++) yield 10 + i;
}

Iterable<int> mixed() sync* {
  yield 1;           // own body
  yield* inner(2);   // a nested state: 10 11
  yield 2;           // own body again after the nested state ended
  yield* [20, 21];   // a nested plain iterator
  yield 3;
  yield* inner(0);   // a nested state that ends at once
  yield* <int>[];    // a plain iterator that ends at once
  yield 4;
  yield* inner(1);   // the body ends right after a yield*
}

Iterable<int> failing() sync* {
  yield 5;
  throw StateError('inner');
}

Iterable<int> catching() sync* {
  try {
    yield* failing();
  } on StateError catch (e) {
    yield 6;
    print('caught in body: ${e.message}');
  }
  yield 7;
  yield 8;
}

Iterable<int> throwsDirect() sync* {
  yield 9;
  throw ArgumentError('direct');
}

// A nested state whose body pulls from a plain moveNext of another generator.
Iterable<int> pulling() sync* {
  final Iterator<int> source = inner(3).iterator;
  while (source.moveNext()) yield source.current * 2;
}

Iterable<int> outerOfPulling() sync* {
  yield 0;
  yield* pulling();
  yield 1;
}

void main() {
  print(mixed().toList());
  print(catching().toList());

  final Iterator<int> t = throwsDirect().iterator;
  print(t.moveNext());
  print(t.current);
  try {
    t.moveNext();
  } catch (e) {
    print('caught: $e');
  }
  print(t.moveNext());
  print(t.moveNext());

  final Iterator<int> m = mixed().iterator;
  int steps = 0;
  while (m.moveNext()) steps++;
  print('$steps ${m.moveNext()}');

  final Iterator<int> a = inner(3).iterator;
  final Iterator<int> b = inner(3).iterator;
  a.moveNext();
  b.moveNext();
  b.moveNext();
  a.moveNext();
  print('${a.current} ${b.current}');

  print(outerOfPulling().toList());
  print(outerOfPulling().take(3).toList());
}
