// BigInt identities on factorials and Fibonacci numbers. Expected output computed with Python 3's
// arbitrary-precision ints (python3 on the build machine; test_programs/bigint/expected.py
// re-creates every .expected of this folder).
void main() {
  BigInt f = BigInt.one;
  for (int i = 1; i <= 100; i++) {
    f *= BigInt.from(i);
  }
  print("100! = $f");
  print("100! bits ${f.bitLength} hash ${f.hashCode}");
  BigInt g = f;
  for (int i = 101; i <= 1000; i++) {
    g *= BigInt.from(i);
  }
  String s = g.toString();
  print("1000! has ${s.length} digits: ${s.substring(0, 30)}...${s.substring(s.length - 260, s.length - 249)}");
  int digitSum = 0;
  for (int i = 0; i < s.length; i++) {
    digitSum += s.codeUnitAt(i) - 48;
  }
  print("digit sum $digitSum");
  // 1000! / 100! is the product 101 * ... * 1000, exactly.
  BigInt q = g ~/ f;
  print("1000!/100! remainder ${g.remainder(f)}, quotient bits ${q.bitLength}");
  BigInt p = BigInt.one;
  for (int i = 101; i <= 1000; i++) {
    p *= BigInt.from(i);
  }
  print("quotient is the product: ${q == p}");
  // Trailing zeros of 1000!: 249.
  int zeros = 0;
  BigInt ten = BigInt.from(10);
  BigInt t = g;
  while ((t % ten) == BigInt.zero) {
    t = t ~/ ten;
    zeros++;
  }
  print("trailing zeros $zeros");
  // Fibonacci: F(n) iteratively, and the identity F(2n) = F(n) * (2 F(n+1) - F(n)).
  BigInt a = BigInt.zero, b = BigInt.one;
  List<BigInt> fib = [a];
  for (int i = 1; i <= 1000; i++) {
    BigInt c = a + b;
    a = b;
    b = c;
    fib.add(a);
  }
  print("F(100) = ${fib[100]}");
  print("F(500) = ${fib[500]}");
  print("F(1000) = ${fib[1000]}");
  bool ok = true;
  for (int n = 1; n <= 500; n += 7) {
    if (fib[2 * n] != fib[n] * (BigInt.two * fib[n + 1] - fib[n])) ok = false;
  }
  print("doubling identity holds: $ok");
  // Cassini: F(n-1) F(n+1) - F(n)^2 = (-1)^n.
  print("Cassini 999: ${fib[998] * fib[1000] - fib[999] * fib[999]}");
  print("Cassini 998: ${fib[997] * fib[999] - fib[998].pow(2)}");
  print("gcd(F(600), F(400)) == F(200): ${fib[600].gcd(fib[400]) == fib[200]}");
}
