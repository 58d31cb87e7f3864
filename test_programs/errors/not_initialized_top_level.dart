String greeting;

void main() {
  print(greeting);
}
