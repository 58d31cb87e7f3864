void main() {
  for (var i = 0; i < 3; i++) {
    if (i == 1) break outer;
  }
}
