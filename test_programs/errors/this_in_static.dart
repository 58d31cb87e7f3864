class Counter {
  int count = 0;
  static void reset() {
    print(this);
  }
}

void main() {
  Counter.reset();
}
