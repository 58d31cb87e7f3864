// Conformance: Patterns — evaluation order and caching (dart-lang/language
// accepted/3.0/patterns/feature-specification.md, "Switch statement", "Switch expression",
// "If-case statement", "Pattern matching caching", "Matching"). Expectations derived from the
// specification: the scrutinee is evaluated once; cases are tried in order; subpatterns left to
// right; a guard runs only when its pattern matched and before later cases; a getter, `length`,
// `[]` or operator call with the same receiver and arguments runs at most once per switch;
// `&&` and `||` short-circuit; a pattern assignment evaluates the right side fully first.
import '../lib/expect.dart';

final log = <String>[];

T note<T>(String what, T value) {
  log.add(what);
  return value;
}

class Node {
  final String name;
  final int _a, _b;
  Node(this.name, this._a, this._b);
  int get a => note('$name.a', _a);
  int get b => note('$name.b', _b);
}

class CountingList {
  final List<int> items;
  CountingList(this.items);
}

void main() {
  // The scrutinee once; the cases in order; a guard after its pattern, only when it matched.
  log.clear();
  var r = switch (note('subject', Node('n', 1, 2))) {
    Node(a: 2) => 'first',
    Node(b: var b) when note('guard1', b > 5) => 'second',
    Node(a: 1, b: 2) when note('guard2', true) => 'third',
    _ => 'fourth',
  };
  Expect.equals('third', r);
  Expect.equals('subject,n.a,n.b,guard1,guard2', log.join(','));

  // Subpatterns left to right, stopping at the first failure.
  log.clear();
  if (Node('m', 0, 0) case Node(b: 1, a: _)) Expect.fail('b is 0');
  Expect.equals('m.b', log.join(','), 'a is not read after b failed');

  // `||` tries the right side only when the left failed; `&&` the right only when the left matched.
  log.clear();
  if (Node('o', 1, 1) case Node(a: 1) || Node(b: 1)) {}
  Expect.equals('o.a', log.join(','));
  log.clear();
  if (Node('p', 0, 1) case Node(a: 1) && Node(b: 1)) Expect.fail('a is 0');
  Expect.equals('p.a', log.join(','));

  // Caching across cases: each getter runs once for the whole switch.
  log.clear();
  switch (Node('q', 3, 4)) {
    case Node(a: 1):
    case Node(a: 2, b: 4):
    case Node(b: 5):
      Expect.fail('no case matches');
    case Node(a: 3, b: 4):
      log.add('matched');
  }
  Expect.equals('q.a,q.b,matched', log.join(','));

  // Guards are not cached: each runs every time its pattern matched.
  log.clear();
  var n = Node('s', 1, 1);
  var s = switch (n) {
    Node() when note('g', false) => 1,
    Node() when note('g', false) => 2,
    _ => 3,
  };
  Expect.equals(3, s);
  Expect.equals('g,g', log.join(','));

  // A pattern assignment evaluates the right side before assigning anything.
  var x = 1, y = 2;
  (x, y) = (y, x);
  Expect.equals(2, x);
  Expect.equals(1, y);
  var list = [10, 20, 30];
  var i = 0;
  [i, _, _] = [list[i + 2], list[i + 1], list[i]];
  Expect.equals(30, i);

  // A declaration's initializer is evaluated once, before any variable is bound.
  log.clear();
  var (p1, p2) = note('init', (1, 2));
  Expect.equals('init', log.join(','));
  Expect.equals(3, p1 + p2);

  // if-case: no match runs the else branch, and the guard only after a match.
  log.clear();
  if (note('value', 5) case int v when note('guard', v > 10)) {
    Expect.fail('guard is false');
  } else {
    log.add('else');
  }
  Expect.equals('value,guard,else', log.join(','));
}
