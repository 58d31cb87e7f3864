void main() {
  if (true) {
    continue;
  }
}
