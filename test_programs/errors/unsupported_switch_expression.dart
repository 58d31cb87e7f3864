void main() {
  var n = 2;
  var name = switch (n) { 1 => 'one', _ => 'many' };
  print(name);
}
