// A named parameter may only be narrowed in an override when it is covariant (marked here or
// in an overridden member).
class Shape {
  void scale({num factor = 1}) {}
  void move({covariant num by = 0}) {}
}

class Square extends Shape {
  void scale({int factor = 1}) {}
  void move({int by = 0}) {}
}

void main() {
  Square().scale(factor: 2);
}
