// Products by one 64-bit limb (the runtime's mul_1: a mulx/adc loop four limbs at a time on
// x86-64 CPUs with BMI2, the portable loop elsewhere) and additions and subtractions whose
// carry runs past the shorter operand (add/sub unrolled by eight, the rest of the longer operand
// copied once the carry stops). Operands of 1 to 19 limbs cover every remainder of both
// unrollings; all-one limbs make every product and every sum carry; all sign combinations.
// Each value is checked against an identity computed another way (shifts, repeated addition,
// division) and printed modulo a prime, so that a wrong limb anywhere shows.
// Expected output computed with Python 3's integers (test_programs/bigint/expected.py
// re-creates it; the printed residues are Euclidean, as Dart's %).
final BigInt modulus = BigInt.parse("1000000000000000009");
final BigInt allOnesLimb = (BigInt.one << 64) - BigInt.one;

// 2^(64 n) - 1: n all-one limbs.
BigInt ones(int n) => (BigInt.one << (64 * n)) - BigInt.one;

// A number of n limbs with mixed limbs: powers of 3 cut to n limbs, top limb set.
BigInt mixed(int n) => (BigInt.from(3).pow(41 * n) % (BigInt.one << (64 * n))) | (BigInt.one << (64 * n - 1));

void product(String label, BigInt a, BigInt k) {
  BigInt p = a * k;
  // Independent checks: p / k gives a back exactly, and for k = 2^64 - 1, p = a << 64 - a.
  bool exact = k == BigInt.zero ? p == BigInt.zero : (p ~/ k == a && p.remainder(k) == BigInt.zero);
  bool byShift = k != allOnesLimb || p == (a << 64) - a;
  bool signs = (-a) * k == -p && a * (-k) == -p && (-a) * (-k) == p && k * a == p;
  print("$label: ${p % modulus} ${p.bitLength} $exact $byShift $signs");
}

void main() {
  List<BigInt> multipliers = [
    BigInt.zero, BigInt.one, BigInt.two, BigInt.from(10), BigInt.from(2 * 33333 + 1),
    BigInt.one << 63, allOnesLimb, allOnesLimb - BigInt.one, BigInt.parse("12345678901234567891"),
  ];
  for (int n = 1; n <= 19; n++) {
    for (int m = 0; m < multipliers.length; m++) {
      product("ones($n) * k$m", ones(n), multipliers[m]);
      product("mixed($n) * k$m", mixed(n), multipliers[m]);
    }
    // a * 7 is a + a + a + a + a + a + a (add's chain, no product).
    BigInt a = mixed(n), sum = BigInt.zero;
    for (int i = 0; i < 7; i++) sum += a;
    print("mixed($n) * 7 == seven additions: ${a * BigInt.from(7) == sum}");
  }
  // Carries through the longer operand's tail: all the way (2^(64 n) - 1 + 1), or stopping in
  // its first limb (then the rest is copied); borrows through zero limbs.
  for (int n = 1; n <= 19; n++) {
    BigInt top = BigInt.one << (64 * n);
    BigInt allCarry = ones(n) + BigInt.one;
    BigInt shortCarry = (top + BigInt.from(5)) + BigInt.from(7);
    BigInt allBorrow = top - BigInt.one;
    BigInt mixedSum = mixed(n) + mixed((n + 1) ~/ 2);
    BigInt mixedDiff = mixed(n) - mixed((n + 1) ~/ 2);
    print("tails($n): ${allCarry == top} ${shortCarry - top} ${allBorrow == ones(n)} "
        "${allBorrow.bitLength} ${mixedSum % modulus} ${mixedDiff % modulus} "
        "${mixedSum - mixed((n + 1) ~/ 2) == mixed(n)} ${mixedDiff + mixed((n + 1) ~/ 2) == mixed(n)} "
        "${-ones(n) - BigInt.one == -top} ${BigInt.one - top == -allBorrow}");
  }
  // Known values: (2^64 - 1)^2 = 2^128 - 2^65 + 1, 9 (10^40 - 1) = 8 followed by 39 nines and 1.
  print(allOnesLimb * allOnesLimb);
  print((BigInt.from(10).pow(40) - BigInt.one) * BigInt.from(9));
  // 30! one small factor at a time: 265252859812191058636308480000000.
  BigInt f = BigInt.one;
  for (int i = 2; i <= 30; i++) f *= BigInt.from(i);
  print(f);
}
