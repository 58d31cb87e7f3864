void main() {
  int total;
  for (var i = 0; i < 3; i++) {}
  print(total);
}
