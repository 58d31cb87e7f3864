class Point {
  int x = 0;
}

void main() {
  Point().z = 2;
}
