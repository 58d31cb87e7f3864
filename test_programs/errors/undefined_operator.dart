class Money {}

void main() {
  print(Money() + Money());
}
