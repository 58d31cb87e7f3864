// Conformance: Statements — "Switch" with constant objects of a user class as case values
// (dartLangSpec.tex, "Switch", "Constants"; Dart 3 patterns: a constant pattern matches with
// `constant == value`, and const objects are canonicalized).
// Expectations derived from the specification.
import '../lib/expect.dart';

class Point {
  final int x, y;
  const Point(this.x, this.y);
}

const origin = Point(0, 0);

String where(Point p) {
  switch (p) {
    case origin:
      return 'origin';
    case const Point(1, 0):
      return 'east';
    default:
      return 'elsewhere';
  }
}

void main() {
  Expect.equals('origin', where(const Point(0, 0)));
  Expect.equals('east', where(const Point(1, 0)));
  Expect.equals('elsewhere', where(Point(0, 0)), 'a new object is not identical to the constant');
  Expect.equals('elsewhere', where(const Point(0, 1)));
}
