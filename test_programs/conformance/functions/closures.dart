// Conformance: Functions — closures and captured variables (dartLangSpec.tex, "Function
// Expressions", "For Loop": a closure captures variables, not values; each iteration of a
// `for (var i ...)` loop and of a `for-in` loop has a fresh variable).
// Expectations derived from the specification.
import '../lib/expect.dart';

Function makeCounter() {
  var count = 0;
  return () => ++count;
}

void main() {
  var c1 = makeCounter(), c2 = makeCounter();
  Expect.equals(1, c1());
  Expect.equals(2, c1());
  Expect.equals(1, c2(), 'each call of makeCounter has its own variable');

  var x = 1;
  int read() => x;
  x = 2;
  Expect.equals(2, read(), 'captured by reference');
  void write() => x = 10;
  write();
  Expect.equals(10, x);

  var fs = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    fs.add(() => i);
  }
  Expect.deepEquals([0, 1, 2], fs.map((f) => f()).toList(), 'fresh variable per iteration');

  var gs = <int Function()>[];
  for (var e in [5, 6]) {
    gs.add(() => e);
  }
  Expect.deepEquals([5, 6], gs.map((f) => f()).toList());

  // The per-iteration copy is taken before the increment: a closure that writes the loop
  // variable in the body affects that iteration's variable, then the next starts from it.
  var hs = <int Function()>[];
  for (var i = 0; i < 6; i++) {
    hs.add(() => i);
    i++;
  }
  Expect.deepEquals([1, 3, 5], hs.map((f) => f()).toList());

  // A variable declared outside the loop is shared.
  var shared = <int Function()>[];
  var j = 0;
  while (j < 3) {
    shared.add(() => j);
    j++;
  }
  Expect.deepEquals([3, 3, 3], shared.map((f) => f()).toList());

  // Nested closures.
  var adders = [for (var k = 1; k <= 2; k++) (int v) => (int w) => v + w + k];
  Expect.equals(1 + 2 + 1, adders[0](1)(2));
  Expect.equals(1 + 2 + 2, adders[1](1)(2));

  // Recursive local function.
  int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
  Expect.equals(55, fib(10));
}
