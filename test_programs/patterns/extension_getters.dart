// Extension getters in object patterns (Dart 3 patterns specification, "Object pattern": a
// field's getter is looked up on the pattern's type as a member access would be, so an
// extension getter applies when the type has no member of that name). Expected output by hand:
// Point(1, -1) has sum 0; Point(2, 2) is on the diagonal with sum 4; Point(1, 2) falls to the
// last case. The sealed family's `area` extension getter (side*side, 3*r*r) is read in the
// patterns of an exhaustive switch whose subpatterns match every int, and a relational
// subpattern on an extension getter in an if-case refutes values <= 10.
class Point {
  final int x, y;
  Point(this.x, this.y);
}

extension on Point {
  int get sum => x + y;
  bool get onDiagonal => x == y;
}

sealed class Shape {}

class Square extends Shape {
  final int side;
  Square(this.side);
}

class Circle extends Shape {
  final int r;
  Circle(this.r);
}

extension ShapeArea on Shape {
  int get area => switch (this) { Square(:var side) => side * side, Circle(:var r) => 3 * r * r };
}

String describe(Point p) => switch (p) {
      Point(sum: 0) => 'zero sum',
      Point(onDiagonal: true, :var sum) => 'diagonal $sum',
      Point(:var sum) => 'sum $sum',
    };

int area(Shape s) => switch (s) {
      Square(:var area) => area,
      Circle(area: int a) => a,
    };

void main() {
  print(describe(Point(1, -1)));
  print(describe(Point(2, 2)));
  print(describe(Point(1, 2)));
  print(area(Square(3)));
  print(area(Circle(2)));
  for (final Object o in [Point(5, 6), Point(1, 1), 'text']) {
    if (o case Point(sum: > 10, :var x)) {
      print('big $x');
    } else {
      print('not big');
    }
  }
}
