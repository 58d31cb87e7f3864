class Point {
  final int x;
  Point(this.x);
}

void main() {
  print(Point(1).y);
}
