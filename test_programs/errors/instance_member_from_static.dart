class Counter {
  int count = 0;
  static int read() => count;
}

void main() {
  print(Counter.read());
}
