// A local declared in a function's body may have the name of one of its parameters: the body is
// a block scope inside the parameter scope (the language specification's scoping of function
// bodies; lrhn in dart-lang/sdk#29899: "legal in Dart"). Inside the block every use, also in a
// closure, means the local; the caller's argument is not changed.
int shadowed(int value) {
  var value = 10;
  value++;
  return value;
}

String nested(String s) {
  final before = s;
  {
    var s = 'inner';
    print('$before $s');
  }
  return s;
}

void main() {
  print(shadowed(1));
  print(nested('outer'));
  var f = (int n) {
    var n = 7;
    return () => n * 2;
  };
  print(f(3)());
}
