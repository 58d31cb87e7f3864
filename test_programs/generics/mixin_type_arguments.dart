// Type arguments inside the members a generic mixin contributes (issue 9, A4): a field
// initializer, a method body and a list literal in `mixin M<T>` see the type argument of the
// class that applies the mixin, through `class C<V> = Object with M<V>`, `extends Object with
// M<W>` and a non-generic `with M<String>`.
//
// Expectations derived by hand from the language specification (a mixin application's members
// are the mixin's members with the mixin's type parameters replaced by the actual type
// arguments) and the VM's runtimeType names (user classes print with their type arguments, a
// list literal prints as List<E>).

class A<U> {}

mixin M<T> {
  var f = A<T>();
  List<T> g = <T>[];
  A<T> make() => A<T>();
  bool holds(Object? x) => x is T;
}

class C<V> = Object with M<V>;

class D<W> extends Object with M<W> {}

class E with M<String> {}

void main() {
  print(C<int>().f is A<int>);
  print(C<int>().f is A<String>);
  print(C<int>().f.runtimeType);
  print(C<int>().g.runtimeType);
  print(C<int>().make().runtimeType);
  print(C<int>().holds(1));
  print(C<int>().holds('1'));
  print(D<double>().f.runtimeType);
  print(D<double>().make().runtimeType);
  print(E().f.runtimeType);
  print(E().g.runtimeType);
  print(E().holds('s'));
}
