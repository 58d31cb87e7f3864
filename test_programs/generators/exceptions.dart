// Exceptions and finally in sync* bodies (expected output derived by hand from the language
// specification and the VM's _SyncStarIterator.moveNext, sdk/lib/_internal/vm/lib/
// async_patch.dart): an exception escaping the body propagates out of the moveNext that ran it,
// and the iterator is then done (moveNext returns false); `finally` blocks run when the body
// leaves them (by completing, by `return;`, or by an exception); an exception escaping a nested
// sync* body, or a nested iterator of yield*, is thrown in the outer body at its `yield*`, so a
// `try` around the `yield*` catches it and the outer body may go on yielding. A body abandoned
// at a `yield` (iteration stopped early) does not run its `finally`.
Iterable<int> failing(int after) sync* {
  try {
    for (int i = 0;; i++) {
      if (i == after) throw StateError('failed at $i');
      yield i;
    }
  } finally {
    print('failing: finally');
  }
}

Iterable<int> returns() sync* {
  try {
    yield 1;
    return;
  } finally {
    print('returns: finally');
  }
}

Iterable<int> catching() sync* {
  try {
    yield* failing(2);
  } on StateError catch (e) {
    print('caught at yield*: ${e.message}');
    yield 100;
  }
  try {
    yield* ThrowingIterable();
  } on FormatException catch (e) {
    print('caught iterator error: ${e.message}');
  }
  yield 200;
}

Iterable<int> rethrowing() sync* {
  try {
    yield* failing(1);
  } finally {
    print('rethrowing: finally');
  }
}

Iterable<int> innerCatch() sync* {
  try {
    throw ArgumentError('inside');
  } on ArgumentError catch (e) {
    yield 5;
    print('caught inside: ${e.message}');
  }
  yield 6;
}

class ThrowingIterator implements Iterator<int> {
  int _n = 0;
  int get current => _n;
  bool moveNext() {
    _n++;
    if (_n == 2) throw FormatException('iterator broke');
    return true;
  }
}

class ThrowingIterable extends Iterable<int> {
  Iterator<int> get iterator => ThrowingIterator();
}

Iterable<int> abandoned() sync* {
  try {
    yield 1;
    yield 2;
  } finally {
    print('abandoned: finally');
  }
}

void main() {
  Iterator<int> it = failing(2).iterator;
  print(it.moveNext());
  print(it.moveNext());
  try {
    it.moveNext();
  } on StateError catch (e) {
    print('caught: ${e.message}');
  }
  print(it.moveNext());
  print(it.moveNext());
  print(returns().toList());
  print(catching().toList());
  try {
    print(rethrowing().toList());
  } on StateError catch (e) {
    print('caught outside: ${e.message}');
  }
  print(innerCatch().toList());
  print(abandoned().first);
  try {
    failing(0).length;
  } catch (e) {
    print(e);
  }
}
