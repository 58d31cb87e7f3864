// Conformance: Classes — combined member signatures (dartLangSpec.tex, "Combined Member
// Signatures" in "Interfaces": when a class inherits a member from several superinterfaces, its
// interface has the most specific signature among them, here `f(Object)`).
// Expectations derived from the specification. Regression test for issue 9, B (combined member
// signatures).
import '../lib/expect.dart';

abstract class I1 {
  String f(int i);
}

abstract class I2 {
  String f(Object o);
}

abstract class C implements I1, I2 {}

class D implements C {
  String f(Object o) => 'f($o)';
}

void main() {
  C c = D();
  Expect.equals('f(hi)', c.f('hi'));
  Expect.equals('f(1)', c.f(1));
}
