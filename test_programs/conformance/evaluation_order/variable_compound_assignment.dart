// Conformance: Expressions — "Compound Assignment", "Assignment", "Postfix Expressions" on local
// variables (dartLangSpec.tex).
// Expectations derived from the specification: `v op= e` is `v = v op e`, so v is read before e
// is evaluated; `v++` yields the old value and the increment happens before the rest of the
// enclosing expression continues.
import '../lib/expect.dart';

int global = 0;

int setGlobal(int v) {
  global = v;
  return v;
}

void main() {
  var x = 1;
  x += (x = 10);
  Expect.equals(11, x, 'x is read before the right operand assigns it');

  var y = 2;
  y = y + (y = 5);
  Expect.equals(7, y);

  var i = 1;
  var r = i++ + i;
  Expect.equals(3, r, 'i++ + i is 1 + 2');
  Expect.equals(2, i);

  var j = 1;
  var r2 = j + j++ + ++j;
  Expect.equals(1 + 1 + 3, r2);
  Expect.equals(3, j);

  global = 1;
  global += setGlobal(100);
  Expect.equals(101, global, 'top-level variable read before the right operand');

  var list = [1, 2, 3];
  var k = 0;
  list[k] = k++;
  Expect.deepEquals([0, 2, 3], list, 'index evaluated before the right-hand side');
  Expect.equals(1, k);

  var a = 5;
  var b = a = a * 2;
  Expect.equals(10, a);
  Expect.equals(10, b);

  var n = 10;
  n -= n -= 3;
  Expect.equals(3, n, 'n = 10 - (n = 10 - 3)');

  String? s;
  s ??= 'first';
  s ??= 'second';
  Expect.equals('first', s);
}
