void main() {
  Map<String, int> ages = {'ada': 36, 'alan': 'forty-one'};
  print(ages);
}
