class A {
  final int x;
  A(String this.x);
}

void main() {
  print(A('a').x);
}
