extension type E(int i) {
  final int f = 0;
}

void main() {
  print(E(1).i);
}
