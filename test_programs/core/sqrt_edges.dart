// math.sqrt at the edges on values the compiler cannot see (issue 10: sqrt of a double is the
// llvm.sqrt intrinsic, one instruction). The VM's sqrt is the C library's / the sqrtsd
// instruction on the argument converted with toDouble (sdk/lib/_internal/vm/lib/math_patch.dart):
// IEEE 754 square root, so a negative argument gives NaN, -0.0 gives -0.0, infinity gives
// infinity; an int argument is converted first (2^53 + 1 rounds to 2^53). double.toString's
// format from sdk/lib/core/double.dart ("NaN", "Infinity", "-0.0", exponent from 1e21).
//
// Expectations derived by hand from IEEE 754 and those sources.
import 'dart:math' as math;

void main(List<String> args) {
  final z = args.length;  // 0, unknown to the compiler
  final doubles = <double>[4.0, 2.0, -1.0, -0.0, 0.0, double.infinity, double.negativeInfinity, double.nan, 1e300, 5e-324];
  for (final d in doubles) {
    final x = d * (1 + z);  // (not d + z: -0.0 + 0 is 0.0)
    print('sqrt($x) = ${math.sqrt(x)}');
  }
  final ints = <int>[0, 1, 16, -4, 0x7fffffffffffffff, 9007199254740993];
  for (final i in ints) {
    print('sqrt(${i + z}) = ${math.sqrt(i + z)}');
  }
  num n = z == 0 ? -9 : 9.0;
  print('sqrt(num -9) = ${math.sqrt(n)}');
  final r = math.sqrt(-2.0 + z);
  print('NaN == NaN: ${r == r}, isNaN: ${r.isNaN}');
}
