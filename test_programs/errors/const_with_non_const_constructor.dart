class Point {
  final int x;
  Point(this.x);
}

void main() {
  const p = Point(1);
  print(p.x);
}
