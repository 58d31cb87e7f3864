void main() {
  print('a';
}
