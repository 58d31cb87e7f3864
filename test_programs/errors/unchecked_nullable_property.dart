void main() {
  String? name = null;
  print(name.length);
}
