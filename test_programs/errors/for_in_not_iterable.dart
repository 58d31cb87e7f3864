void main() {
  for (var c in 42) {
    print(c);
  }
}
