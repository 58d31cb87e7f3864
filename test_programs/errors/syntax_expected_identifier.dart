void main() {
  var = 3;
}
