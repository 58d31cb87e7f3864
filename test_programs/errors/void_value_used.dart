void log(String s) {
  print(s);
}

void main() {
  var x = 1;
  x = log('a');
  print(x);
}
