void main() {
  var x = 1;
  var x = 2;
  print(x);
}
