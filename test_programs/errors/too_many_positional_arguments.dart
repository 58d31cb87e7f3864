int square(int x) => x * x;

void main() {
  print(square(2, 3));
}
