int value() => 1;
int value() => 2;

void main() {
  print(value());
}
