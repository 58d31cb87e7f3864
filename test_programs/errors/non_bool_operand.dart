void main() {
  var n = 1;
  print(n && true);
}
