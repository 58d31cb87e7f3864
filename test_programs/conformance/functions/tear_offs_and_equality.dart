// Conformance: Functions — tear-offs and function equality (dartLangSpec.tex, "Function
// Closurization", "Method Closurization", "Equality": tear-offs of the same top-level or static
// function are equal (and constant); tear-offs of the same method from the same receiver are
// equal; from different receivers they are not).
// Expectations derived from the specification.
import '../lib/expect.dart';

int top(int x) => x + 1;

class K {
  final int n;
  K(this.n);
  int add(int x) => x + n;
  static int st(int x) => x * 2;
}

void main() {
  Expect.equals(top, top);
  Expect.identical(top, top, 'top-level tear-offs are canonical constants');
  Expect.equals(K.st, K.st);
  var k = K(1);
  Expect.equals(k.add, k.add, 'same receiver, same method');
  Expect.notEquals(k.add, K(1).add, 'different receivers');
  Expect.equals(k.add.hashCode, k.add.hashCode);

  var f = k.add;
  Expect.equals(3, f(2));
  var g = top;
  Expect.equals(3, g(2));
  Expect.deepEquals([2, 4], [1, 2].map(K.st).toList());

  // Tear-offs of instance methods of built-in types.
  var upper = 'abc'.toUpperCase;
  Expect.equals('ABC', upper());
  var addTo = <int>[].add;
  addTo(1);

  // A closure is not equal to another closure with the same code.
  int Function(int) c1 = (x) => x, c2 = (x) => x;
  Expect.notEquals(c1, c2);
  Expect.equals(c1, c1);

  Expect.isTrue(top is Function);
  Expect.isTrue((f as Object) is Function);
}
