class Counter {
  int count = 0;
  void increment() => count++;
}

void main() {
  Counter.increment();
}
