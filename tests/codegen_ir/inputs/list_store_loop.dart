// One loop of stores into a List<bool>, as in the inner loop of Are We Fast Yet's Sieve
// (bench/awfy/sieve.dart). Kept out of main (never-inline) so that the check reads its own
// optimized code: the loop must keep the list's length, its backing array and the covariant
// check of `[]=` (the list's type argument) out of the loop, and store `false` without a barrier.
@pragma('vm:never-inline')
int clearMultiples(List<bool> flags, int step) {
  var cleared = 0;
  for (var k = step + step; k <= flags.length; k += step) {
    flags[k - 1] = false;
    cleared++;
  }
  return cleared;
}

void main(List<String> args) {
  final flags = List<bool>.filled(100, true);
  print(clearMultiples(flags, 3 + args.length));
  print(flags.where((f) => f).length);
}
