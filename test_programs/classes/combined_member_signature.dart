// Combined member signatures (issue 9, B): a class that inherits several members of one name
// from its superinterfaces has the most specific of them on its interface.
//
// Expectations derived from the Dart language specification, "Combined Member Signatures"
// (the member whose function type is a subtype of all the others is the combined signature):
// `void f(Object)` is a subtype of `void f(int)`, so `C.f` takes an Object and `c.f('hi')`
// type-checks; the call runs the implementation of the object's class. For getters the most
// specific return type wins (`int get n` over `num get n`).
abstract class I1 {
  void f(int i);
  num get n;
}

abstract class I2 {
  void f(Object o);
  int get n;
}

abstract class C implements I1, I2 {}

class D implements C {
  @override
  void f(Object o) => print('D.f $o');
  @override
  int get n => 41;
}

abstract class E extends I1 implements I2 {}

class F extends E {
  @override
  void f(Object o) => print('F.f $o');
  @override
  int get n => 1;
}

void main() {
  C c = D();
  c.f('hi');
  c.f(3);
  print(c.n + 1);
  print(c.n.isOdd);
  E e = F();
  e.f(true);
  print(e.n.isOdd);
}
