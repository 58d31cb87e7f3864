// Conformance: Classes and Functions — callable objects (dartLangSpec.tex, "Function
// Expression Invocation": an object with a `call` method can be invoked like a function;
// "Implicit Tear-offs": in a function-type context the object is replaced by its `call`
// tear-off).
// Expectations derived from the specification.
import '../lib/expect.dart';

class Adder {
  final int n;
  Adder(this.n);
  int call(int x) => x + n;
}

class Greeter {
  String call(String name, {String greeting = 'hello'}) => '$greeting $name';
}

int apply(int Function(int) f, int v) => f(v);

void main() {
  var add2 = Adder(2);
  Expect.equals(5, add2(3));
  Expect.equals(5, add2.call(3));
  Expect.equals(7, apply(add2, 5), 'implicit .call tear-off');
  Expect.deepEquals([3, 4], [1, 2].map(add2).toList());
  int Function(int) f = add2;
  Expect.equals(12, f(10));
  var g = Greeter();
  Expect.equals('hello bob', g('bob'));
  Expect.equals('hi bob', g('bob', greeting: 'hi'));
  dynamic d = add2;
  Expect.equals(4, d(2), 'dynamic invocation of a callable object');
}
