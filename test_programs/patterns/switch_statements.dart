// Switch statements with patterns: every case kind, guards, cases sharing a body (and the
// variables all of them declare), `break`, no implicit fall-through, `default` anywhere.
// Expected output derived from the patterns feature specification (dart-lang/language
// accepted/3.0/patterns/feature-specification.md, "Switch statement": cases are tried in source
// order, a guard runs only after its pattern matched, an empty case shares the next body, a
// non-empty case never falls through; "Matching" for each pattern kind).

class Point {
  final int x, y;
  const Point(this.x, this.y);
}

String describe(Object? o) {
  switch (o) {
    case null:
      return 'null';
    case 0:
      return 'zero';
    case int n when n.isNegative:
      return 'negative $n';
    case int(isEven: true) && var n:
      return 'even $n';
    case int n:
      return 'odd $n';
    case 'a' || 'b':
      return 'a or b';
    case String(length: > 3) && var s:
      return 'long string $s';
    case String s:
      return 'short string $s';
    case Point(x: 0, y: 0):
      return 'origin';
    case Point(:var x, y: 0) || Point(x: 0, y: var x):
      return 'on an axis at $x';
    case Point p:
      return 'point ${p.x},${p.y}';
    case (int a, int b):
      return 'int pair $a $b';
    case (x: var x, y: var y):
      return 'named pair $x $y';
    case [int first, ...]:
      return 'int list starting with $first';
    case <String>[]:
      return 'empty string list';
    case {'id': int id}:
      return 'map with id $id';
    case double d when d.isNaN:
      return 'NaN';
  }
  return 'something else: $o';
}

void shared(Object o) {
  switch (o) {
    case (int v, _):
    case [int v, _]:
    case {'v': int v}:
      print('shared v=$v');
    case int():
    default:
      print('default for $o');
  }
}

void breaks(List<int> list) {
  for (var x in list) {
    switch (x) {
      case > 10:
        print('$x: big, leaving the switch');
        break;
      case var n when n % 2 == 0:
        if (n == 4) break;
        print('$n: even');
      default:
        print('$x: other');
    }
  }
}

enum Color { red, green, blue }

// Exhaustive without a default: the code after the switch is unreachable and needs no return.
String name(Color c) {
  switch (c) {
    case Color.red:
      return 'R';
    case Color.green || Color.blue:
      return 'G or B';
  }
}

void main() {
  for (var o in [null, 0, -5, 4, 7, 'a', 'b', 'hello', 'hi', const Point(0, 0), Point(3, 0), Point(0, 9),
      Point(1, 2), (1, 2), (x: 'p', y: true), (1, 'not int'), [5, 6], <String>[], <int>[], {'id': 42}, {'id': 'x'},
      double.nan, 1.5]) {
    print(describe(o));
  }
  shared((1, 2));
  shared([3, 'x']);
  shared({'v': 4});
  shared(5);
  shared('s');
  breaks([12, 2, 4, 3]);
  for (var c in Color.values) print(name(c));
}
