void main() {
  print(count);
}
