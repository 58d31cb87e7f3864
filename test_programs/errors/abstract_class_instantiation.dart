abstract class Shape {
  double area();
}

void main() {
  var s = Shape();
  print(s);
}
