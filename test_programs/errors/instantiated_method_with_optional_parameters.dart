// A generic instance method torn off with type arguments becomes a closure that calls the
// method; with optional parameters it would have to pass the defaults of whichever override
// runs, which dartc can't yet, so it says so instead of guessing.
class A {
  String show<T>(T x, [int pad = 0]) => '$T $x $pad';
}

void main() {
  String Function(int) f = A().show;
  print(f(1));
}
