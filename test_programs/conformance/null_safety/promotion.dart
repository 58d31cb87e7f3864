// Conformance: flow analysis and type promotion (null safety feature spec, "flow-analysis.md"
// in accepted/2.12/nnbd; dartLangSpec.tex, "Type Promotion").
// Expectations derived from the specification: a local variable is promoted by `is` and `!=
// null` tests on the paths where the test held, through `&&`, `||`, `!`, early exits (return,
// throw, break, continue), `??=`, and assignment; an assignment of another type demotes it.
// The program must compile (promotion is static) and run the promoted members.
import '../lib/expect.dart';

abstract class Shape {}

class Circle extends Shape {
  final int r;
  Circle(this.r);
  int get diameter => 2 * r;
}

class Square extends Shape {
  final int side;
  Square(this.side);
}

int measure(Shape s) {
  if (s is Circle) return s.diameter;
  if (s is! Square) return -1;
  return s.side; // promoted by the early return of the negative test
}

int lengthOrZero(String? s) {
  if (s == null) return 0;
  return s.length;
}

int withAnd(Object o) => o is String && o.isNotEmpty ? o.length : 0;

int withOr(Object? o) {
  if (o is! int || o < 0) return 0;
  return o + 1;
}

int withThrow(int? x) {
  if (x == null) throw ArgumentError('null');
  return x * 2;
}

int inLoop(List<Object> items) {
  var total = 0;
  for (var item in items) {
    if (item is! int) continue;
    total += item;
  }
  return total;
}

int whileLoop(int? start) {
  var n = start;
  var steps = 0;
  while (n != null && n > 0) {
    n = n - 1; // stays promoted: the assigned int is a subtype of the promoted type
    steps++;
  }
  return steps;
}

String conditional(Object o) => o is int ? 'int ${o.isEven}' : 'other';

int nullAwareAssignment(int? x) {
  x ??= 10;
  return x + 1;
}

int afterAssignment() {
  Object o = 'abc';
  o = 42;
  o as int;
  return o.bitLength; // promoted by `as`
}

void main() {
  Expect.equals(4, measure(Circle(2)));
  Expect.equals(3, measure(Square(3)));
  Expect.equals(0, lengthOrZero(null));
  Expect.equals(3, lengthOrZero('abc'));
  Expect.equals(2, withAnd('ab'));
  Expect.equals(0, withAnd(2));
  Expect.equals(0, withOr(-5));
  Expect.equals(6, withOr(5));
  Expect.equals(0, withOr('x'));
  Expect.equals(8, withThrow(4));
  Expect.throwsArgumentError(() => withThrow(null));
  Expect.equals(6, inLoop([1, 'a', 2, 3.5, 3]));
  Expect.equals(3, whileLoop(3));
  Expect.equals(0, whileLoop(null));
  Expect.equals('int true', conditional(4));
  Expect.equals('other', conditional('4'));
  Expect.equals(11, nullAwareAssignment(null));
  Expect.equals(2, nullAwareAssignment(1));
  Expect.equals(6, afterAssignment());

  // Promotion of a nullable local by a non-null initializer / assignment.
  int? maybe = 5;
  Expect.equals(6, maybe + 1);
  String? s;
  s = 'now';
  Expect.equals(3, s.length);
}
