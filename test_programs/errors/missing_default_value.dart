void greet([String name]) {
  print(name);
}

void main() {
  greet();
}
