// BigInt modPow, modInverse and gcd, and their errors (texts from the VM's
// sdk/lib/_internal/vm/lib/bigint_patch.dart). Expected output computed with Python 3's pow(b,
// e, m), pow(b, -1, m) and math.gcd (python3 on the build machine;
// test_programs/bigint/expected.py re-creates it).
void main() {
  BigInt p = BigInt.parse("170141183460469231731687303715884105727"); // 2^127 - 1, prime
  BigInt m = BigInt.parse("1000000000000000000000000000000000000000000000000000000007");
  BigInt b = BigInt.parse("-123456789123456789123456789");
  print(BigInt.from(4).modPow(BigInt.from(13), BigInt.from(497)));
  print(BigInt.two.modPow(p - BigInt.one, p));
  print(BigInt.from(3).modPow(BigInt.parse("123456789012345678901234567890"), m));
  print(b.modPow(BigInt.from(65537), m));
  print(b.modPow(BigInt.from(3), BigInt.from(1000)));
  print(BigInt.from(5).modPow(BigInt.zero, BigInt.one));
  print(BigInt.from(5).modPow(BigInt.one, BigInt.one));
  print(BigInt.from(12345).modPow(BigInt.from(678), BigInt.from(65536)));
  print(m.modPow(BigInt.from(10), p));
  print(BigInt.zero.modPow(BigInt.from(5), BigInt.from(7)));
  BigInt big = BigInt.from(7).pow(300);
  print(big.modPow(big, (BigInt.one << 521) - BigInt.one));
  print(BigInt.from(3).modInverse(BigInt.from(11)));
  print(b.modInverse(m));
  print(BigInt.from(-7).modInverse(BigInt.from(100)));
  print(BigInt.from(5).modInverse(BigInt.one));
  print(p.modInverse(m));
  print((b.modInverse(m) * b) % m);
  print(BigInt.from(12).gcd(BigInt.from(18)));
  print(BigInt.from(-12).gcd(BigInt.from(18)));
  print(BigInt.zero.gcd(BigInt.from(-5)));
  print(BigInt.from(-5).gcd(BigInt.zero));
  print(BigInt.zero.gcd(BigInt.zero));
  print((BigInt.two.pow(200) * BigInt.from(3).pow(50)).gcd(BigInt.two.pow(150) * BigInt.from(3).pow(80)));
  print(m.gcd(p));
  void attempt(String what, Object? Function() f) {
    try {
      print("$what: ${f()}");
    } catch (e) {
      print("$what: $e");
    }
  }
  attempt("modPow negative exponent", () => BigInt.two.modPow(BigInt.from(-1), BigInt.from(5)));
  attempt("modPow zero modulus", () => BigInt.two.modPow(BigInt.one, BigInt.zero));
  attempt("modPow negative modulus", () => BigInt.two.modPow(BigInt.one, BigInt.from(-5)));
  attempt("modInverse not coprime", () => BigInt.from(6).modInverse(BigInt.from(9)));
  attempt("modInverse of zero", () => BigInt.zero.modInverse(BigInt.from(9)));
  attempt("modInverse multiple", () => BigInt.from(18).modInverse(BigInt.from(9)));
  attempt("modInverse zero modulus", () => BigInt.from(3).modInverse(BigInt.zero));
  attempt("modInverse negative modulus", () => BigInt.from(3).modInverse(BigInt.from(-7)));
}
