void main() {
  var x = 3
  print(x);
}
