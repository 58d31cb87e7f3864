void main() {
  var n = 3;
  n();
}
