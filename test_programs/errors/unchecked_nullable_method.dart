int? find(List<int> xs) => xs.isEmpty ? null : xs[0];

void main() {
  print(find([1]).isEven);
  print(find([2]).abs());
}
