int twice(int x) => 2 * x;

void main() {
  print(twice('21'));
}
