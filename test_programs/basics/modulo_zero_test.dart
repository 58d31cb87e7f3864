// `a % b == 0` and `0 != a % b` are compiled as tests of the remainder (codegen-ir checks
// modulo-zero-test-remainder, modulo-nonzero-test-remainder): the answers must be those of
// Dart's `%`, whose result is never negative, for negative dividends and divisors, -1, the
// extreme ints, and a zero divisor (which throws). Expected output computed from the definition
// (truncated remainder r = a - (a ~/ b) * b; a negative r gets |b| added), as in the VM's
// int.% (sdk/lib/_internal/vm/lib/integers.dart).
@pragma('vm:never-inline')
bool divides(int b, int a) => a % b == 0;

@pragma('vm:never-inline')
bool notDivides(int b, int a) => 0 != a % b;

void main() {
  final List<int> values = [-9, -7, -6, -1, 0, 1, 6, 7, 9, 9223372036854775807, -9223372036854775808];
  final List<int> divisors = [7, -7, 3, -1, 1, 2];
  for (final int d in divisors) {
    final StringBuffer line = StringBuffer('$d:');
    for (final int v in values) {
      line.write(' ${v % d}/${divides(d, v) ? 'y' : 'n'}${notDivides(d, v) ? 'y' : 'n'}');
    }
    print(line);
  }
  try {
    print(divides(0, 5));
  } catch (e) {
    print('zero divisor throws');
  }
}
