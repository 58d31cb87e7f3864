// Arithmetic on values that come back from generic code (found while auditing unboxing for
// issue 9, A0): `id(3)` has the static type int but is returned as a value word by a generic
// function, and mixing it with a double must convert the int, not read the word as a double
// (this crashed). Also generic fields, list elements, and bool operators.
//
// Expectations derived by hand from the language specification (int + double is a double,
// int * int an int) and the VM's double formatting (a double prints with a fraction, 3.5, 2.0).

T id<T>(T x) => x;

class Box<T> {
  T v;
  Box(this.v);
}

void main() {
  print(id(3) + 0.5);
  print(id(3) * 2);
  print(0.5 + id(3));
  print(-id(4));
  print(~id(4));
  print(id(7) ~/ 2);
  print(id(7) / 2);
  print(id(2.5) + id(1));
  print(id(1) < 1.5);
  var b = Box<int>(4);
  print(b.v + 0.25);
  var bd = Box<double>(1.5);
  print(bd.v * b.v);
  List<int> l = [1, 2];
  print(l[1] + 0.5);
  print(id(true) & false);
  print(id(true) | false);
  double d = id(2.5);
  print(d - id(1));
}
