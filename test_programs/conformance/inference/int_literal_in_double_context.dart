// Conformance: Expressions — "Numbers": an integer literal whose context type is `double` (or
// `double?`) denotes a double (dartLangSpec.tex, "Numbers": "if the context type is double,
// the literal evaluates to a double").
// Expectations derived from the specification.
import '../lib/expect.dart';

double half(double x) => x / 2;

void main() {
  double d = 1;
  Expect.isTrue((d as Object) is double);
  Expect.equals('1.0', '$d');
  double? nd = 3;
  Expect.equals('3.0', '$nd');
  Expect.equals(0.5, half(1));
  var list = <double>[1, 2];
  Expect.equals('[1.0, 2.0]', '$list');
  double neg = -5;
  Expect.equals('-5.0', '$neg');
  Expect.equals('4.0', '${[1.0, 2].fold<double>(1, (a, b) => a + b)}');
  const double c = 10;
  Expect.equals('10.0', '$c');
  double big = 9007199254740992; // 2^53 (a literal that is not exactly a double is an error)
  Expect.equals('9007199254740992.0', '$big');
  double hex = 0x10;
  Expect.equals('16.0', '$hex');
  num n = 1;
  Expect.isTrue((n as Object) is int, 'num context keeps an int');
}
