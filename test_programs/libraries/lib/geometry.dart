// Imported with a prefix by the test: `geo.distance`, `geo.origin`.
class Point {
  final int x, y;
  const Point(this.x, this.y);
  String toString() => '($x, $y)';
}

const origin = Point(0, 0);

int distance(Point a, Point b) => (a.x - b.x).abs() + (a.y - b.y).abs();
