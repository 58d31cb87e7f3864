class Circle {
  double radius = 1;
  double get area => 3.14 * radius * radius;
}

void main() {
  Circle().area = 2;
}
