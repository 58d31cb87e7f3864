int add(int a, int b) => a + b;

void main() {
  print(add(1));
}
