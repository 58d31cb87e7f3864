void main() {
  int count = 'many';
  print(count);
}
