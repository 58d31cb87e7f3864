// A switch on an Object, Object? or dynamic value with case constants of different types (issue
// 9, A1): each case is a constant pattern, which matches when `constant == value` is true (Dart 3
// patterns specification, "Constant" under "Matching": the constant's own `==` is called, with
// the switch value as its argument; `==` with null on one side is true only for null).
//
// Expectations derived by hand from that rule and the core library's `==`: ints and doubles
// compare numerically (1 == 1.0), NaN equals nothing, strings by their code units, enum values
// and const objects without their own `==` by identity, and a const object whose class defines
// `==` by calling it (so a non-const P(7) matches `case const P(7)`, and the call is visible).

class P {
  final int x;
  const P(this.x);
  @override
  bool operator ==(Object other) {
    print('  P($x) == $other');
    return other is P && other.x == x;
  }

  @override
  int get hashCode => x;

  @override
  String toString() => 'P($x)';
}

class Q {
  final int y;
  const Q(this.y);
}

enum Color { red, green }

String classify(Object? v) {
  switch (v) {
    case 1:
      return 'int 1';
    case 2.5:
      return 'double 2.5';
    case 'x':
      return 'string x';
    case true:
      return 'true';
    case null:
      return 'null';
    case Color.green:
      return 'green';
    case const P(7):
      return 'P(7)';
    case const Q(3):
      return 'Q(3)';
    case const [1, 2]:
      return 'const list';
  }
  return 'no match';
}

void main() {
  dynamic v = 1;
  switch (v) {
    case 1:
      print('one');
  }
  Object o = 2;
  switch (o) {
    case 'x':
      print('x');
  }
  print('done');

  for (Object? x in [1, 1.0, 2.5, 'x', 'xy'.substring(0, 1), 'y', true, false, null]) {
    print('$x: ${classify(x)}');
  }
  print('green: ${classify(Color.green)}');
  print('red: ${classify(Color.red)}');
  print('P(7): ${classify(P(7))}');
  print('P(8): ${classify(P(8))}');
  print('const Q(3): ${classify(const Q(3))}');
  print('new Q(3): ${classify(Q(3))}');
  print('const list: ${classify(const [1, 2])}');
  print('new list: ${classify([1, 2])}');

  num n = 2;
  switch (n) {
    case 2.0:
      print('num 2 matches 2.0');
  }
  double nan = double.nan;
  switch (nan) {
    case double.nan:
      print('nan');
    default:
      print('nan matches nothing');
  }
  dynamic s = 'ab';
  switch (s + 'c') {
    case 3:
      print('three');
    case 'abc':
      print('abc');
  }
}
