Iterable<int> naturals() sync* {
  yield 1;
  yield 2;
}

void main() {
  print(naturals());
}
