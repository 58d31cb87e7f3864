// Conformance: Expressions — invocations on receivers of static type `dynamic`
// (dartLangSpec.tex, "Method Invocation" / "Type dynamic", "Binding Actuals to Formals"): the
// member is looked up at run time; arguments are checked against the parameter types (a
// TypeError when they do not match); a wrong number or names of arguments, or a missing member,
// throws NoSuchMethodError; getters returning functions are called through `call`.
// Expectations derived from the specification.
import '../lib/expect.dart';

class Target {
  int add(int a, [int b = 10]) => a + b;
  String named({required String who, String greeting = 'hi'}) => '$greeting $who';
  int Function(int) get doubler => (x) => x * 2;
  int field = 1;
  T echo<T>(T x) => x;
  int operator [](int i) => i * 100;
  Target operator +(Target o) => this;
}

void main() {
  dynamic t = Target();
  Expect.equals(3, t.add(1, 2));
  Expect.equals(11, t.add(1));
  Expect.equals('hi bob', t.named(who: 'bob'));
  Expect.equals('yo bob', t.named(greeting: 'yo', who: 'bob'));
  Expect.equals(8, t.doubler(4), 'a getter returning a function');
  Expect.equals(1, t.field);
  t.field = 5;
  Expect.equals(5, t.field);
  t.field += 1;
  Expect.equals(6, t.field);
  Expect.equals(300, t[3]);
  Expect.identical(t, t + t);
  Expect.equals('x', t.echo('x'));
  Expect.equals(3, t.echo<int>(3));

  Expect.throwsTypeError(() => t.add('1'), 'argument of the wrong type');
  Expect.throwsTypeError(() => t.field = 'x', 'setter argument of the wrong type');
  Expect.throwsNoSuchMethodError(() => t.add(), 'too few arguments');
  Expect.throwsNoSuchMethodError(() => t.add(1, 2, 3), 'too many arguments');
  Expect.throwsNoSuchMethodError(() => t.named(), 'missing required named argument');
  Expect.throwsNoSuchMethodError(() => t.named(who: 'x', other: 1), 'unknown named argument');
  Expect.throwsNoSuchMethodError(() => t.missing, 'unknown getter');
  Expect.throwsNoSuchMethodError(() => t - t, 'unknown operator');

  dynamic n = 5;
  Expect.equals(8, n + 3);
  Expect.equals(2.5, n / 2);
  Expect.isTrue(n > 4);
  Expect.equals('5', n.toString());
  Expect.equals(-5, -n);
  Expect.throwsTypeError(() => n + 'x');
  dynamic s = 'ab';
  Expect.equals('abab', s * 2);
  Expect.equals('b', s[1]);
  dynamic f = (int x) => x + 1;
  Expect.equals(2, f(1));
  Expect.throwsNoSuchMethodError(() => f(1, 2));
  // Argument type checks of closures called dynamically: dynamic_closure_arguments.dart.
}
