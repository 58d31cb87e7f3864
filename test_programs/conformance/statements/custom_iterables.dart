// Conformance: Statements — "For-in" over user-defined Iterable classes (dartLangSpec.tex,
// "For-in": `for (var x in e)` calls `e.iterator`, then `moveNext()` and `current`), and the
// Iterable API inherited from dart:collection's IterableMixin/IterableBase working through the
// same iterator (spread, `map`, `toList`, `length`, `contains`).
// Expectations derived from the specification and the dart:collection documentation.
import 'dart:collection';
import '../lib/expect.dart';

class Countdown extends IterableBase<int> {
  final int from;
  Countdown(this.from);
  @override
  Iterator<int> get iterator => _CountdownIterator(from);
}

class _CountdownIterator implements Iterator<int> {
  int _next;
  int? _current;
  _CountdownIterator(this._next);
  @override
  int get current => _current!;
  @override
  bool moveNext() {
    if (_next < 0) return false;
    _current = _next--;
    return true;
  }
}

class Evens with IterableMixin<int> {
  final int limit;
  Evens(this.limit);
  @override
  Iterator<int> get iterator => [for (var i = 0; i < limit; i += 2) i].iterator;
}

void main() {
  var seen = <int>[];
  for (var x in Countdown(3)) {
    seen.add(x);
  }
  Expect.deepEquals([3, 2, 1, 0], seen);
  Expect.deepEquals([3, 2, 1, 0], [...Countdown(3)]);
  Expect.deepEquals([6, 4, 2, 0], Countdown(3).map((x) => x * 2).toList());
  Expect.equals(4, Countdown(3).length);
  Expect.isTrue(Countdown(3).contains(2));
  Expect.equals(3, Countdown(3).first);
  Expect.equals(0, Countdown(3).last);
  Expect.equals('(2, 1, 0)', Countdown(2).toString());
  Expect.deepEquals([0, 2, 4], Evens(6).toList());
  Expect.equals(6, Evens(6).fold<int>(0, (a, b) => a + b));
  Expect.deepEquals({0, 2}, Evens(4).toSet());
  Expect.isTrue(Evens(0).isEmpty);
  Expect.deepEquals([3, 2], Countdown(3).take(2).toList());
  Expect.deepEquals([0, 2, 3, 2, 1, 0], [...Evens(4), ...Countdown(3)]);
}
