void main() {
  var x = undefinedThing;
  print(x.length);
  print(x + 1);
  x.foo();
}
