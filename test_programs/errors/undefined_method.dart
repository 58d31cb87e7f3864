class Counter {
  int value = 0;
}

void main() {
  Counter().increment();
}
