// The analyzer's UNDEFINED_GETTER for a positional field a record type doesn't have.
void main() {
  var pair = (1, 2);
  print(pair.$3);
  var named = (x: 1, y: 2);
  print(named.z);
}
