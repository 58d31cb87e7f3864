// Conformance: Classes — "Constructors": generative, named, initializing formals, optional and
// named parameters with defaults, redirecting generative, factory and redirecting factory
// constructors, const constructors and canonicalization, constructor tear-offs
// (dartLangSpec.tex, "Constructors", "Constant Constructors", "Instance Creation"; feature
// spec constructor-tearoffs).
// Expectations derived from the specification.
import '../lib/expect.dart';

class Point {
  final int x, y;
  Point(this.x, [this.y = 0]);
  Point.origin() : this(0, 0);
  Point.named({required this.x, this.y = 5});
  factory Point.fromList(List<int> l) => Point(l[0], l[1]);
  factory Point.redirect(int x, int y) = Point;
  String toString() => '($x, $y)';
}

class Const {
  final int v;
  const Const(this.v);
  const Const.twice(int v) : v = v * 2;
}

abstract class Shape {
  factory Shape(int sides) = Polygon;
  int get sides;
}

class Polygon implements Shape {
  final int sides;
  Polygon(this.sides);
}

class Singleton {
  static final Singleton _instance = Singleton._();
  Singleton._();
  factory Singleton() => _instance;
}

void main() {
  Expect.equals('(1, 0)', '${Point(1)}');
  Expect.equals('(1, 2)', '${Point(1, 2)}');
  Expect.equals('(0, 0)', '${Point.origin()}');
  Expect.equals('(3, 5)', '${Point.named(x: 3)}');
  Expect.equals('(3, 4)', '${Point.named(y: 4, x: 3)}');
  Expect.equals('(7, 8)', '${Point.fromList([7, 8])}');
  Expect.equals('(9, 1)', '${Point.redirect(9, 1)}', 'redirecting factory');
  Expect.isTrue(Shape(3) is Polygon);
  Expect.equals(3, Shape(3).sides);
  Expect.identical(Singleton(), Singleton());

  Expect.identical(const Const(1), const Const(1));
  Expect.identical(const Const(2), const Const.twice(1), 'same state, same constant');
  Expect.notIdentical(Const(1), Const(1), 'new instances without const');
  const c = Const(3);
  Expect.identical(c, const Const(3));

  // Constructor tear-offs.
  var make = Point.new;
  Expect.equals('(4, 0)', '${make(4)}');
  var origin = Point.origin;
  Expect.equals('(0, 0)', '${origin()}');
  var points = [1, 2].map(Point.new).toList();
  Expect.equals('[(1, 0), (2, 0)]', '$points');
  Expect.equals(Point.new, Point.new, 'constructor tear-offs are equal');
}
