void main() {
  List<int> numbers = [1, 2, 'three'];
  print(numbers);
}
