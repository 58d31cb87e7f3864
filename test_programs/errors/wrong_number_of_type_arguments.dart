void main() {
  Map<String> names = {};
  print(names);
}
