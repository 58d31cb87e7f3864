int sign(int x) {
  if (x > 0) return 1;
  if (x < 0) return -1;
}

void main() {
  print(sign(3));
}
