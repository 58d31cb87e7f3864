void f({int a = 0}) {}

void main() {
  f(a: 1, a: 2);
}
