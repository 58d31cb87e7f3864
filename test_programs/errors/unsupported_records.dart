void main() {
  var pair = const (1, 'one');
  print(pair);
}
