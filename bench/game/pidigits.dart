// The Computer Language Benchmarks Game's pidigits: the first `n` digits of pi by Gibbons'
// unbounded spigot (the step-by-step version the benchmark prescribes), on BigInt: each step
// multiplies the three state numbers by small factors, and each digit costs two divisions of
// numbers of thousands of digits. Printed ten digits a line with the count after a tab. The
// harness checks the MD5 of the output.
//   pidigits [n]     (default 1000)
void main(List<String> args) {
  int n = args.isEmpty ? 1000 : int.parse(args[0]);
  BigInt numer = BigInt.one, accum = BigInt.zero, denom = BigInt.one;
  BigInt three = BigInt.from(3), four = BigInt.from(4), ten = BigInt.from(10);
  StringBuffer out = StringBuffer();
  StringBuffer line = StringBuffer();
  int i = 0, k = 0;
  while (i < n) {
    k++;
    // Next term: accum = (accum + 2 numer) (2k + 1), denom *= 2k + 1, numer *= k.
    BigInt k2 = BigInt.from(2 * k + 1);
    accum = (accum + (numer << 1)) * k2;
    denom = denom * k2;
    numer = numer * BigInt.from(k);
    if (numer > accum) continue;
    // Extract the digit if (3 numer + accum) / denom and (4 numer + accum) / denom agree.
    BigInt d3 = (numer * three + accum) ~/ denom;
    BigInt d4 = (numer * four + accum) ~/ denom;
    if (d3 != d4) continue;
    int d = d3.toInt();
    line.write(d);
    i++;
    if (i % 10 == 0) {
      out.write("$line\t:$i\n");
      line.clear();
    }
    // Eliminate the digit: accum = 10 (accum - d denom), numer *= 10.
    accum = (accum - denom * BigInt.from(d)) * ten;
    numer = numer * ten;
  }
  if (line.length > 0) {
    out.write("${line.toString().padRight(10)}\t:$n\n");
  }
  print(out.toString().substring(0, out.length - 1));
}
