// Covariant parameters of type int, double or bool are checked before they are used (found while
// auditing unboxing for issue 9, A0): a call through the overridden member's type may pass any
// value of its parameter type (a double for `num x`, null for `Object? o`), which crashed or was
// read as the wrong bits. Covers `covariant` parameters, named ones, fields and their implicit
// setters, tear-offs, overrides of covariant parameters that don't repeat the keyword
// (covariant-by-declaration is inherited) and overrides of generic-covariant parameters
// (`add(int x)` overriding `add(T x)` of `Box<int>`, covariant-by-class).
//
// Expectations derived by hand from the language specification (a covariant parameter is
// checked against its declared type at run time; a parameter overriding a covariant or
// generic-covariant one is checked too) and the VM's message for parameter checks, "type 'A' is
// not a subtype of type 'B' of 'name'", where the implicit setter of a field names its parameter
// 'value' (runtime/vm/compiler/frontend/scope_builder.cc).

class A {
  num n = 0;
  void f(num x) => print('A.f $x');
  void g(Object? o) => print('A.g $o');
  void h({num k = 1}) => print('A.h $k');
}

class B extends A {
  covariant int n = 5;
  void f(covariant int x) => print('B.f ${x + 1}');
  void g(covariant double o) => print('B.g ${o * 2}');
  void h({covariant int k = 2}) => print('B.h ${k * 10}');
}

class D extends B {
  void f(int x) => print('D.f ${x * 3}');
}

class Box<T> {
  void add(T x) => print('Box.add $x');
}

class IntBox extends Box<int> {
  void add(int x) => print('IntBox.add ${x + 1}');
}

class Flag<T> {
  void set(T v) => print('Flag.set $v');
}

class BoolFlag extends Flag<bool> {
  void set(bool v) => print('BoolFlag.set ${!v}');
}

void attempt(void Function() f) {
  try {
    f();
  } on TypeError catch (e) {
    print('TypeError: $e');
  }
}

void main() {
  for (A a in [A(), B(), D()]) {
    print('-- ${a.runtimeType}');
    attempt(() => a.f(1.5));
    attempt(() => a.f(2));
    attempt(() => a.g(null));
    attempt(() => a.g(2.5));
    attempt(() => a.g('s'));
    attempt(() => a.h(k: 0.5));
    attempt(() => a.h());
    attempt(() {
      a.n = 2.5;
      print(a.n);
    });
    attempt(() {
      a.n = 7;
      print(a.n);
    });
    void Function(num) tear = a.f;
    attempt(() => tear(4.5));
  }
  print('-- generic');
  Box<num> box = IntBox();
  attempt(() => box.add(1.5));
  attempt(() => box.add(1));
  Box<Object?> anyBox = IntBox();
  attempt(() => anyBox.add(null));
  Flag<Object> flag = BoolFlag();
  attempt(() => flag.set('yes'));
  attempt(() => flag.set(false));
}
