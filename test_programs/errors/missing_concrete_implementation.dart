abstract class Shape {
  double area();
}

class Square extends Shape {
  final double side;
  Square(this.side);
}

void main() {
  print(Square(2).side);
}
