// Conformance: Variables — `final` and `const` variables (dartLangSpec.tex, "Variables",
// "Constants"): a final variable is bound once; a const variable is a compile-time constant,
// canonicalized; constant expressions over numbers, strings and booleans are evaluated at
// compile time with run-time semantics.
// Expectations derived from the specification.
import '../lib/expect.dart';

const int a = 7;
const b = a * 6;
const s = 'x' + 'y';
const interpolated = '$a-$b';
const list = [a, b];
const cond = a > 5 ? 'big' : 'small';
const shift = 1 << 40;
const div = -7 ~/ 2;
const mod = -7 % 2;
const len = 'four'.length;
const isNull = null ?? 'default';
const notB = !true;
const dbl = 1.5 * 2;

class K {
  static const scale = 3;
  final int v;
  const K(this.v);
  K times() => K(v * scale);
}

void main() {
  Expect.equals(42, b);
  Expect.equals('xy', s);
  Expect.equals('7-42', interpolated);
  Expect.deepEquals([7, 42], list);
  Expect.equals('big', cond);
  Expect.equals(1099511627776, shift);
  Expect.equals(-3, div);
  Expect.equals(1, mod);
  Expect.equals(4, len);
  Expect.equals('default', isNull);
  Expect.isFalse(notB);
  Expect.equals(3.0, dbl);
  Expect.isTrue((dbl as Object) is double);
  Expect.identical(const K(3), const K(a - 4));
  Expect.equals(9, const K(3).times().v);

  final now = [1];
  now.add(2); // final binds the variable, not the object
  Expect.deepEquals([1, 2], now);
}
