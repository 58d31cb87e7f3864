class Box {
  final int size = 1;
}

void main() {
  Box().size = 2;
}
