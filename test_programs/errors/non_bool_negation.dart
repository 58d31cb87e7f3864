void main() {
  var s = 'yes';
  print(!s);
}
