void f() {
  return 3;
}

void main() {
  f();
}
