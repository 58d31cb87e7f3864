// BigInt bit operations and shifts on negative numbers (two's complement, as
// sdk/lib/core/bigint.dart specifies), toUnsigned/toSigned, bitLength (with the VM's result for
// negative numbers, computed over 32-bit digits in sdk/lib/_internal/vm/lib/bigint_patch.dart),
// toInt (the VM clamps to int's range), isValidInt, toDouble (rounded to nearest, ties to even)
// and BigInt.from(double). Expected values computed with Python 3 (python3 on the build
// machine; test_programs/bigint/expected.py), whose ints have the same infinite two's
// complement semantics for & | ^ ~ >>.
void main() {
  List<BigInt> values = [
    BigInt.zero,
    BigInt.one,
    BigInt.from(-1),
    BigInt.from(-2),
    BigInt.parse("18446744073709551615"),
    BigInt.parse("-18446744073709551616"),
    BigInt.parse("-18446744073709551617"),
    BigInt.parse("-340282366920938463463374607431768211455"),
    BigInt.parse("12345678901234567890123456789"),
    BigInt.parse("-98765432109876543210987654321098765432109876543210"),
  ];
  for (BigInt a in values) {
    for (BigInt b in values) {
      print("$a $b: & ${a & b} | ${a | b} ^ ${a ^ b}");
    }
  }
  for (BigInt a in values) {
    print("$a: ~ ${~a} bitLength ${a.bitLength} toInt ${a.toInt()} valid ${a.isValidInt} "
        "<<1 ${a << 1} <<64 ${a << 64} <<100 ${a << 100} >>1 ${a >> 1} >>63 ${a >> 63} >>64 ${a >> 64} >>65 ${a >> 65} >>200 ${a >> 200} "
        "unsigned8 ${a.toUnsigned(8)} unsigned70 ${a.toUnsigned(70)} signed8 ${a.toSigned(8)} signed70 ${a.toSigned(70)}");
  }
  // The VM's negative bitLength: over 32-bit digits, the top digit minus one.
  for (String s in ["-4294967296", "-4294967297", "-8589934593", "-18446744073709551617", "-18446744073709551616", "-36893488147419103233", "-79228162514264337593543950337"]) {
    print("$s bitLength ${BigInt.parse(s).bitLength}");
  }
  print("int range: ${BigInt.parse("9223372036854775807").isValidInt} ${BigInt.parse("9223372036854775808").isValidInt} "
      "${BigInt.parse("-9223372036854775808").isValidInt} ${BigInt.parse("-9223372036854775809").isValidInt}");
  print("toInt clamps: ${BigInt.parse("9223372036854775808").toInt()} ${BigInt.parse("-9223372036854775809").toInt()} "
      "${BigInt.parse("-9223372036854775808").toInt()} ${BigInt.two.pow(100).toInt()} ${(-BigInt.two.pow(100)).toInt()}");
  print("from int: ${BigInt.from(-9223372036854775807 - 1)} ${BigInt.from(9223372036854775807)}");
  // toDouble rounding, shown exactly through BigInt.from.
  List<BigInt> toRound = [
    BigInt.two.pow(53) + BigInt.one,                 // tie, even below: down
    BigInt.two.pow(53) + BigInt.from(3),             // tie, odd: up
    BigInt.two.pow(54) + BigInt.from(2),             // tie: down
    BigInt.two.pow(54) + BigInt.from(6),             // tie: up
    BigInt.two.pow(100) + BigInt.two.pow(47),        // tie: down
    BigInt.two.pow(100) + BigInt.two.pow(47) + BigInt.one, // above the tie: up
    BigInt.two.pow(100) + BigInt.two.pow(48) + BigInt.two.pow(47), // tie, odd: up
    BigInt.two.pow(64) - BigInt.one,                 // rounds up to 2^64
    BigInt.parse("123456789012345678901234567890123"),
    -(BigInt.two.pow(200) - BigInt.one),
  ];
  for (BigInt x in toRound) {
    print("$x toDouble ${BigInt.from(x.toDouble())}");
  }
  print(BigInt.two.pow(1023).toDouble());
  print((BigInt.two.pow(1024) - BigInt.two.pow(970)).toDouble());
  print((BigInt.two.pow(1024) - BigInt.two.pow(971)).toDouble());
  print((-BigInt.two.pow(1024)).toDouble());
  print(BigInt.from(12345).toDouble());
  print(BigInt.zero.toDouble());
  // BigInt.from(double): truncated toward zero.
  for (double d in [0.0, -0.0, 1.5, -1.5, 4294967296.5, -4294967297.9, 1e18, 9.3e18, -9.3e18, 1e19, 1e100, -1.7976931348623157e308, 123456789.987]) {
    print("$d -> ${BigInt.from(d)}");
  }
  for (double d in [double.nan, double.infinity, double.negativeInfinity]) {
    try {
      print(BigInt.from(d));
    } catch (e) {
      print(e);
    }
  }
  for (int shift in [-1, -100]) {
    try {
      print(BigInt.one << shift);
    } catch (e) {
      print(e);
    }
    try {
      print(BigInt.one >> shift);
    } catch (e) {
      print(e);
    }
  }
  try {
    print(BigInt.two.pow(-1));
  } catch (e) {
    print(e);
  }
  for (BigInt d in [BigInt.one, BigInt.from(-5)]) {
    try {
      print(d ~/ BigInt.zero);
    } catch (e) {
      print(e);
    }
    try {
      print(d % BigInt.zero);
    } catch (e) {
      print(e);
    }
    try {
      print(d.remainder(BigInt.zero));
    } catch (e) {
      print(e is UnsupportedError);
    }
  }
  print(BigInt.one / BigInt.zero);
}
