// Constant instantiations of generic functions.
//
// Expectations derived from the language specification: an instantiation of a top-level or
// static generic function with constant type arguments (explicit `first<String>`, or implicit
// from a function type context) is a constant expression; equal constants are identical, and
// the instantiated function keeps its type arguments (`<T>[x]` is a `List<T>` at run time).
T first<T>(T a, T b) => a;

List<T> wrap<T>(T x) => <T>[x];

const int Function(int, int) f = first;
const g = first<String>;
const wrappers = [wrap<int>, wrap<String>];

class K {
  static const List<double> Function(double) w = wrap;
}

void main() {
  print(f(1, 2));
  print(g('a', 'b'));
  print(wrappers[0](1).runtimeType);
  print(wrappers[1]('s').runtimeType);
  print(K.w(1.5).runtimeType);
  print(identical(wrappers[0], wrap<int>));
  print(identical(f, first<int>));
  print(identical(g, first<int>));
}
