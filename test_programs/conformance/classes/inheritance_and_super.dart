// Conformance: Classes — inheritance, overriding, `super` invocations, abstract members and
// implicit interfaces (dartLangSpec.tex, "Superclasses", "Inheritance and Overriding", "Super
// Invocations", "Superinterfaces", "Abstract Instance Members").
// Expectations derived from the specification: calls dispatch on the run-time class; `super.m()`
// calls the superclass implementation whatever the run-time class; a class that `implements`
// another inherits no implementation.
import '../lib/expect.dart';

abstract class Base {
  String name();
  String greet() => 'hello ${name()}';
  String get kind => 'base';
  int count = 0;
  void bump() => count++;
}

class Middle extends Base {
  String name() => 'middle';
  String get kind => 'middle(${super.kind})';
  void bump() {
    super.bump();
    count += 10;
  }
}

class Leaf extends Middle {
  String name() => 'leaf';
  String greet() => '${super.greet()}!';
  String get kind => 'leaf(${super.kind})';
}

class Impl implements Middle {
  int count = 100;
  String name() => 'impl';
  String greet() => 'impl greets';
  String get kind => 'impl';
  void bump() => count--;
}

class Counter {
  int _n = 0;
  int get n => _n;
  set n(int v) => _n = v;
}

class LoggingCounter extends Counter {
  final log = <int>[];
  @override
  set n(int v) {
    log.add(v);
    super.n = v;
  }
}

void main() {
  Base b = Leaf();
  Expect.equals('hello leaf!', b.greet(), 'dynamic dispatch, super call to the base method');
  Expect.equals('leaf(middle(base))', b.kind);
  b.bump();
  Expect.equals(11, b.count);

  Middle m = Impl();
  Expect.equals('impl greets', m.greet());
  m.bump();
  Expect.equals(99, m.count);
  Expect.isTrue(m is Base, 'implements Middle makes Impl a Base too');

  var c = LoggingCounter();
  c.n = 3;
  c.n += 2;
  Expect.equals(5, c.n);
  Expect.deepEquals([3, 5], c.log, 'super setter from an overriding setter');
}
