// Conformance: Classes — "Generative Constructors", "Initializer Lists", "Superinitializers"
// (dartLangSpec.tex, "Instance Creation" and "Generative Constructors").
// Expectations derived from the specification: creating an instance runs, for each class from
// the subclass up: the instance variable initializers of the class in declaration order, its
// initializing formals, then its initializer list in order (the superinitializer's arguments
// are evaluated where the superinitializer appears, which must be last); then the superclass is
// initialized the same way; constructor bodies run afterwards from the superclass down. A
// redirecting constructor evaluates its arguments, then runs the target constructor.
import '../lib/expect.dart';

final t = Trace();

int v(String name, int value) => t.log(name, value);

class A {
  int a1 = v('A.a1', 1);
  int a2;
  int a3 = v('A.a3', 3);
  A(int x) : a2 = v('A.init', x) {
    t.add('A.body');
  }
}

class B extends A {
  int b1 = v('B.b1', 1);
  final int b2;
  int b3;
  B(this.b2) : b3 = v('B.init', 3), super(v('B.superArg', 2)) {
    t.add('B.body');
  }

  B.redirect(int x) : this(v('B.redirectArg', x));
}

class C extends B {
  int c1 = v('C.c1', 1);
  C() : super(v('C.superArg', 9)) {
    t.add('C.body');
  }
}

class D {
  final int x;
  final int y;
  D(int p) : x = p * 2, y = p * 2 + 1;
}

class Fact {
  final int v;
  Fact._(this.v) {
    t.add('Fact._');
  }
  factory Fact(int v) {
    t.add('factory');
    return Fact._(v + 1);
  }
}

class WithSuperParams extends A {
  WithSuperParams(super.x) {
    t.add('W.body');
  }
}

void main() {
  var b = B(v('arg', 5));
  t.expect('arg B.b1 B.init B.superArg A.a1 A.a3 A.init A.body B.body', 'B(...)');
  Expect.equals(5, b.b2);
  Expect.equals(3, b.b3);
  Expect.equals(2, b.a2);

  B.redirect(v('arg', 4));
  t.expect('arg B.redirectArg B.b1 B.init B.superArg A.a1 A.a3 A.init A.body B.body',
      'redirecting constructor');

  C();
  t.expect('C.c1 C.superArg B.b1 B.init B.superArg A.a1 A.a3 A.init A.body B.body C.body',
      'three levels');

  var d = D(3);
  Expect.equals(6, d.x);
  Expect.equals(7, d.y);

  var f = Fact(1);
  t.expect('factory Fact._');
  Expect.equals(2, f.v);

  var w = WithSuperParams(v('arg', 8));
  t.expect('arg A.a1 A.a3 A.init A.body W.body', 'super parameters');
  Expect.equals(8, w.a2);
}
