// `%` and `remainder` of ints whose operands are both in [0, 2^32) take a 32-bit unsigned
// division on x86-64 (codegen/src/intrinsics.cpp), the others the 64-bit one with its -1 fix-up.
// Every pair of the values below, on both sides of each boundary: 0, 1, 2^31, 2^32 - 1, 2^32,
// negative operands, -1, the extremes. Expected output computed with Python's integers
// (`%`: the Euclidean modulo, never negative; `remainder`: the sign of the dividend).
@pragma('vm:never-inline')
int mod(int a, int b) => a % b;

@pragma('vm:never-inline')
int rem(int a, int b) => a.remainder(b);

@pragma('vm:never-inline')
bool divides(int a, int b) => a % b == 0;

void main() {
  final values = <int>[
    0, 1, 2, 3, 7, 10, 2147483647, 2147483648, 4294967295, 4294967296, 4294967297,
    6442450943, 9223372036854775807, -1, -2, -3, -7, -2147483648, -4294967295, -4294967296,
    -9223372036854775807, -9223372036854775808
  ];
  int checksum = 0;
  for (final a in values) {
    final line = StringBuffer('$a:');
    for (final b in values) {
      if (b == 0) {
        try {
          mod(a, b);
          line.write(' no-error');
        } on UnsupportedError {
          line.write(' E');
        }
        continue;
      }
      final m = mod(a, b), r = rem(a, b);
      line.write(' $m/$r${divides(a, b) ? '!' : ''}');
      checksum = (checksum * 31 + m + 7 * r) & 0xFFFFFFFFFFFF;
    }
    print(line);
  }
  print(checksum);
}
