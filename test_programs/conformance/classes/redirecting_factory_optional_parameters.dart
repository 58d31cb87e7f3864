// Conformance: Classes — optional parameters of a redirecting factory constructor
// (dartLangSpec.tex, "Redirecting Factory Constructors": a redirecting factory may not declare
// default values; an omitted argument takes the redirectee's default, so an optional parameter
// of non-nullable type without a default is allowed there — see dart-lang/language#3110, where
// the language team confirms `factory Foo({int x}) = FooImpl;` is valid).
// Expectations derived from the specification.
import '../lib/expect.dart';

class Point {
  final int x, y;
  Point(this.x, [this.y = 7]);
  factory Point.redirect(int x, [int y]) = Point;
  factory Point.chained(int x, [int y]) = Point.redirect;
}

abstract class Shape {
  factory Shape({int sides}) = Polygon;
  int get sides;
}

class Polygon implements Shape {
  final int sides;
  Polygon({this.sides = 3});
}

void main() {
  Expect.equals(7, Point.redirect(1).y, "the redirectee's default");
  Expect.equals(2, Point.redirect(1, 2).y);
  Expect.equals(3, Shape().sides);
  Expect.equals(4, Shape(sides: 4).sides);
  Expect.equals(7, Point.chained(1).y, 'through two redirections');
  // A tear-off of the factory forwards the same defaults.
  var redirect = Point.redirect;
  Expect.equals(7, redirect(1).y, 'tear-off');
  var shape = Shape.new;
  Expect.equals(3, shape().sides, 'tear-off of a named-parameter factory');
}
