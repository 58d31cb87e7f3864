// Conformance: Expressions — integer operators (dartLangSpec.tex, "Numbers", "Multiplicative
// Expressions", "Shift", "Bitwise Expressions"; dart:core int documentation): 64-bit two's
// complement arithmetic with wrap-around on the VM; `~/` truncates toward zero; `%` is the
// Euclidean modulo (never negative), `remainder` has the sign of the dividend; `>>` is
// arithmetic, `>>>` logical; shifts by 64 or more saturate.
// Expectations derived from the documentation (native, non-web semantics).
import '../lib/expect.dart';

void main() {
  const max = 9223372036854775807;
  const min = -9223372036854775808;
  Expect.equals(min, max + 1, 'wrap-around');
  Expect.equals(max, min - 1);
  Expect.equals(min, -min, 'negating the minimum wraps to itself');
  Expect.equals(0x8000000000000000, min, 'hex literal for 2^63 is the minimum');
  Expect.equals(-2, max * 2);
  Expect.equals(1_000_000, 1000000, 'digit separators');

  Expect.equals(3, 7 ~/ 2);
  Expect.equals(-3, -7 ~/ 2, '~/ truncates toward zero');
  Expect.equals(-3, 7 ~/ -2);
  Expect.equals(1, 7 % 2);
  Expect.equals(1, -7 % 2, '% is never negative');
  Expect.equals(1, 7 % -2);
  Expect.equals(1, -7 % -2);
  Expect.equals(-1, -7.remainder(2), 'remainder keeps the sign of the dividend');
  Expect.equals(1, 7.remainder(-2));
  Expect.equals(3.5, 7 / 2, '/ on ints gives a double');
  Expect.equals(min, min ~/ 1);
  Expect.equals(min, min ~/ -1, 'the one overflowing division wraps');

  Expect.equals(-1, -1 >> 1, '>> is arithmetic');
  Expect.equals(max, -1 >>> 1, '>>> is logical');
  Expect.equals(0, 1 << 64, 'shifting out every bit');
  Expect.equals(min, 1 << 63);
  Expect.equals(-1, -1 >> 100);
  Expect.equals(0, 1 >> 100);
  Expect.equals(0, -1 >>> 64);

  Expect.equals(-1, ~0);
  Expect.equals(0x0f, 0xff & 0x0f);
  Expect.equals(0xff, 0xf0 | 0x0f);
  Expect.equals(0xf0, 0xff ^ 0x0f);
  Expect.equals(-8, -5 & -4);

  Expect.equals(3, 12.gcd(-9));
  Expect.equals(6, 63.bitLength);
  Expect.equals(0, 0.bitLength);
  Expect.equals(64, min.bitLength + 1);
  Expect.equals(4, 10.modPow(3, 6));
  Expect.equals(5, (-5).abs());
  Expect.equals(min, min.abs(), 'abs of the minimum wraps');
  Expect.equals(-1, (-5).sign);
  Expect.equals(3, 7.clamp(0, 3));
  Expect.isTrue(4.isEven);
  Expect.isTrue((-3).isOdd);
  Expect.equals(-1, 3.compareTo(4));
  Expect.equals('ff', 255.toRadixString(16));
  Expect.equals('-1010', (-10).toRadixString(2));
  Expect.equals('9223372036854775807', '$max');
  Expect.equals('-9223372036854775808', '$min');
  Expect.equals(max, int.parse('9223372036854775807'));
  Expect.equals(min, int.parse('-9223372036854775808'));
  Expect.isNull(int.tryParse('9223372036854775808'), 'out of range');
  Expect.equals(255, int.parse('ff', radix: 16));
  Expect.equals(-255, int.parse('-0xff'));
  Expect.equals(42, int.parse(' 42 '.trim()));
}
