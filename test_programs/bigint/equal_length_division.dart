// Divisions whose dividend and divisor have the same number of 64-bit limbs: the runtime's
// one-limb-quotient path (div_same_length in bigint_limbs.cpp, no normalized copies). Cases
// that stress the quotient estimate: a divisor whose top limb is all ones (no normalization
// shift) or 1 (a shift of 63), equal top limbs, a == b, a < b, a = q b + (b - 1) and
// a = q b - 1, all sign combinations of ~/, remainder and %; then 300 digits of pi by the
// pidigits spigot (bench/game/pidigits.dart), which divides numbers of nearly equal size.
// Expected output computed with Python 3's integers (test_programs/bigint/expected.py
// re-creates it; Dart's ~/ and remainder truncate toward zero, % is never negative).
final BigInt modulus = BigInt.parse("1000000000000000009");
BigInt state = BigInt.from(12345);

final BigInt multiplier = BigInt.from(3).pow(2501);  // odd, about 3964 bits: state fills at once

// The top `bits` bits of a 4096-bit linear congruential generator.
BigInt random(int bits) {
  state = (state * multiplier + BigInt.parse("1442695040888963407")) % (BigInt.one << 4096);
  return state >> (4096 - bits);
}

void divide(String label, BigInt a, BigInt b) {
  for (BigInt x in [a, -a]) {
    for (BigInt y in [b, -b]) {
      BigInt q = x ~/ y, r = x.remainder(y), m = x % y;
      print("$label: q $q r ${r % modulus} ${r.sign} m ${m % modulus} check ${q * y + r == x} ${r.abs() < y.abs()}");
    }
  }
}

void main() {
  for (int n in [2, 3, 5, 17, 40]) {
    int low = 64 * (n - 1);
    BigInt base = BigInt.one << low;  // the smallest n-limb number
    BigInt b = base + random(low);
    divide("n$n random", base + random(low), b);
    divide("n$n top all ones", (base << 1) - BigInt.one - random(low), ((base << 1) - BigInt.one) - random(low - 1));
    BigInt topOne = base + random(low);
    divide("n$n top one", (base << 64) - BigInt.one - random(32), topOne);  // q near 2^64
    BigInt sameTop = base * BigInt.from(12345) + random(low);
    divide("n$n same top", base * BigInt.from(12345) + random(low), sameTop);
    divide("n$n equal", b, b);
    divide("n$n smaller", b - BigInt.one, b);
    for (int q in [1, 2, 9, 1000003]) {
      BigInt d = base + random(low);
      divide("n$n q $q b-1", d * BigInt.from(q) + d - BigInt.one, d);
      divide("n$n q $q -1", d * BigInt.from(q) - BigInt.one, d);
    }
  }
  // pidigits, 300 digits.
  BigInt numer = BigInt.one, accum = BigInt.zero, denom = BigInt.one;
  StringBuffer digits = StringBuffer();
  int i = 0, k = 0;
  while (i < 300) {
    k++;
    BigInt k2 = BigInt.from(2 * k + 1);
    accum = (accum + (numer << 1)) * k2;
    denom = denom * k2;
    numer = numer * BigInt.from(k);
    if (numer > accum) continue;
    BigInt d3 = (numer * BigInt.from(3) + accum) ~/ denom;
    BigInt d4 = (numer * BigInt.from(4) + accum) ~/ denom;
    if (d3 != d4) continue;
    int d = d3.toInt();
    digits.write(d);
    i++;
    accum = (accum - denom * BigInt.from(d)) * BigInt.from(10);
    numer = numer * BigInt.from(10);
  }
  print("pi: $digits");
  print("k $k, denominator bits ${denom.bitLength}");
}
