class Point {
  Point();
}

void main() {
  print(Point.origin());
}
