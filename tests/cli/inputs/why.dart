abstract class Shape {
  double area();
}

class Circle extends Shape {
  final double r;
  Circle(this.r);
  double area() => 3.0 * r * r;
}

class Square extends Shape {
  final double side;
  Square(this.side);
  double area() => side * side;
}

class Unused {
  void never() {}
}

double total(List<Shape> shapes) {
  var t = 0.0;
  for (var s in shapes) {
    t += s.area();
  }
  return t;
}

void main() {
  print(total([Circle(1), Square(2)]));
}
