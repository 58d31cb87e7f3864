// Conformance: Functions and Classes — closures created in a constructor's initializer list
// and body (dartLangSpec.tex, "Generative Constructors": the formal parameters are one scope
// shared by the initializer list and the body, so a closure in the initializer list sees the
// body's later assignments to a parameter; `this` is not accessible in initializers but is in
// the body and in closures created there; late fields may hold closures over `this`).
// Expectations derived from the specification.
import '../lib/expect.dart';

class A {
  final int Function() f;
  int x;
  A(int p)
      : x = p,
        f = (() => p * 10) {
    p++;
  }
  int get viaThis => (() => this.x + 1)();
}

class B {
  int v = 1;
  late final int Function() g = () => v * 2;
}

class Registry {
  final List<String Function()> callbacks = [];
  String name;
  Registry(this.name) {
    callbacks.add(() => 'hello $name');
    name = '$name!';
  }
}

void main() {
  var a = A(1);
  Expect.equals(20, a.f(), 'the initializer closure sees the body\'s p++');
  Expect.equals(2, a.viaThis);
  var b = B();
  b.v = 5;
  Expect.equals(10, b.g());
  b.v = 6;
  Expect.equals(12, b.g(), 'the closure reads the field each time');
  var r = Registry('x');
  Expect.equals('hello x!', r.callbacks.single(), 'closures capture this, not the value');
}
