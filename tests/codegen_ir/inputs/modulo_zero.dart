// `a % b == 0` tests the remainder: no sign fix-up of Dart's non-negative modulo (llvm.abs of
// the divisor and a select), which cannot change whether the result is 0.
// Outputs are checked by the golden basics/modulo_zero_test.
@pragma('vm:never-inline')
bool divides(int b, int a) => a % b == 0;

@pragma('vm:never-inline')
bool notDivides(int b, int a) => 0 != a % b;

void main(List<String> args) {
  int count = 0;
  for (int a = -20; a <= 20 + args.length; a++) {
    // Divisors from the arguments, so that no constant divisor folds the division away.
    if (divides(3 + args.length, a)) count++;
    if (notDivides(-4 - args.length, a)) count++;
  }
  print(count);
}
