const origin = (0, 0);

void main() {
  var pair = const (1, 'one');
  print(pair);
  print(origin);
  print(const [(1, 2)]);
}
