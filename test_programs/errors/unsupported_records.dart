void main() {
  var pair = (1, 'one');
  print(pair);
}
