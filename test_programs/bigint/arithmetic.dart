// BigInt arithmetic with both signs: truncating division, remainder, Euclidean modulo, pow,
// comparison and hashCode, and products large enough for Karatsuba (thousands of limbs).
// Expected output computed with Python 3 (python3 on the build machine;
// test_programs/bigint/expected.py re-creates it). Dart's ~/ and remainder truncate toward
// zero and % is never negative (sdk/lib/core/bigint.dart); Python's // and % floor, so the
// script converts.
void main() {
  List<BigInt> values = [
    BigInt.parse("123456789012345678901234567890"),
    BigInt.parse("-98765432109876543210"),
    BigInt.from(7),
    BigInt.from(-3),
    BigInt.parse("18446744073709551616"),  // 2^64
    BigInt.parse("-18446744073709551615"), // -(2^64 - 1)
    BigInt.parse("340282366920938463463374607431768211457"), // 2^128 + 1
  ];
  for (BigInt a in values) {
    for (BigInt b in values) {
      print("$a $b: + ${a + b} - ${a - b} * ${a * b} ~/ ${a ~/ b} rem ${a.remainder(b)} % ${a % b} "
          "cmp ${a.compareTo(b)} < ${a < b} <= ${a <= b} > ${a > b} >= ${a >= b} == ${a == b}");
    }
  }
  for (BigInt a in values) {
    print("$a: neg ${-a} abs ${a.abs()} sign ${a.sign} even ${a.isEven} odd ${a.isOdd} "
        "negative ${a.isNegative} pow3 ${a.pow(3)} pow0 ${a.pow(0)} hash ${a.hashCode} "
        "double ${BigInt.from(a.toDouble())}");
  }
  print("equal values, equal hashes: ${BigInt.parse("-18446744073709551615").hashCode == (-(BigInt.two.pow(64) - BigInt.one)).hashCode}");
  print("zero hash ${BigInt.zero.hashCode}, -0 is 0: ${BigInt.parse("-0") == BigInt.zero} ${BigInt.parse("-0").isNegative}");
  print("BigInt == int: ${BigInt.one == (1 as Object)}");
  print("7 / 2 = ${BigInt.from(7) / BigInt.two}");
  // Large operands: 3^20000 has 31700 bits (496 limbs), its square needs Karatsuba.
  BigInt x = BigInt.from(3).pow(20000);
  BigInt y = BigInt.from(7).pow(15000) + BigInt.one;
  BigInt xy = x * y;
  BigInt m = BigInt.parse("1000000000000000000000000000057");
  print("3^20000 bits ${x.bitLength}, 7^15000+1 bits ${y.bitLength}");
  print("x*y mod m ${xy % m}, x*y bits ${xy.bitLength}");
  print("x*x == 3^40000: ${x * x == BigInt.from(3).pow(40000)}");
  print("(x*y) ~/ y == x: ${xy ~/ y == x}, remainder ${xy.remainder(y)}");
  BigInt z = xy + BigInt.from(12345);
  print("(x*y+12345) ~/ x == y: ${z ~/ x == y}, remainder ${z.remainder(x)}");
  BigInt q = x ~/ y;
  BigInt r = x.remainder(y);
  print("x = q*y + r: ${q * y + r == x}, 0 <= r < y: ${r >= BigInt.zero && r < y}, q bits ${q.bitLength}");
  print("x ~/ (y+7) low digits ${(x ~/ (y + BigInt.from(7))) % m}");
  print("(-x) ~/ y == -(x ~/ y): ${(-x) ~/ y == -q}, (-x) % y == y - r: ${(-x) % y == y - r}");
  BigInt k = (BigInt.one << 4000) - BigInt.one;
  print("(2^4000-1)^2 mod m ${(k * k) % m}, digits ${(k * k).toString().length}");
}
