// A program bigger than hello world (classes with overrides, a map, sorting, string
// interpolation), so that comparing their size reports shows growth.
abstract class Shape {
  double area();
  String describe() => '$runtimeType ${area().toStringAsFixed(2)}';
}

class Circle extends Shape {
  final double r;
  Circle(this.r);
  @override
  double area() => 3.0 * r * r;
}

class Square extends Shape {
  final double side;
  Square(this.side);
  @override
  double area() => side * side;
}

void main() {
  final shapes = <Shape>[Circle(1.5), Square(2), Circle(0.5)];
  final areas = <String, double>{};
  for (final s in shapes) {
    areas[s.describe()] = s.area();
  }
  final names = areas.keys.toList()..sort();
  for (final n in names) {
    print('$n: ${areas[n]}');
  }
}
