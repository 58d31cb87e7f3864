int f() {
  return;
}

void main() {
  print(f());
}
