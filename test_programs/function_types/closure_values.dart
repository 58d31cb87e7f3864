// Closures as values: toString, generic closure values instantiated explicitly and by a
// function type context, and generic functions called through closure values with inferred
// type arguments, which the callee reifies.
//
// Expected output derived from the Dart VM: a closure's toString is "Closure: " followed by its
// instantiated signature (Closure::ToCString in runtime/vm/object.cc; only tear-offs add
// " from <function>", and none is printed here), signatures printed by FunctionType::Print.
// Instantiating a generic function value with type arguments (explicit, or inferred from the
// context type as the language specification's generic function instantiation says) gives a
// non-generic function whose type is the generic one's with the arguments substituted. A
// generic closure called without explicit type arguments gets them inferred from its
// arguments (type inference), so `T` inside is the inferred type.

T id<T>(T x) => x;

void main() {
  print((int x) => x);
  String describe(Object o, {bool loud = false}) => loud ? '$o!' : '$o';
  print(describe);
  print(<T>(List<T> xs) => xs.length);

  T Function<T>(T) g = id;
  print(g.runtimeType);
  print(g<int>.runtimeType);
  String Function(String) s = g;
  print(s.runtimeType);
  print(s('x'));

  List<T> wrap<T>(T x) => <T>[x];
  var w = wrap;
  print(w(1).runtimeType);
  print(w('a').runtimeType);
  print(w<num>(1).runtimeType);
  var typeOf = <T>(T x) => T;
  print(typeOf(1.5));
  print(typeOf([1]));
  Object f = wrap<bool>;
  print(f.runtimeType);
  print(f is List<bool> Function(bool));
  print(f is List<Object> Function(bool));
  print(f is List<bool> Function(Object));
}
