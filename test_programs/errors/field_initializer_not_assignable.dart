class Temperature {
  final double celsius;
  Temperature(String text) : celsius = text;
}

void main() {
  print(Temperature('20').celsius);
}
