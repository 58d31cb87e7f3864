void main() {
  var n = 3;
  if (n) {
    print(n);
  }
  while (n) {}
}
