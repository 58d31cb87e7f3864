// The inner loop of Are We Fast Yet's Sieve (bench/awfy/sieve.dart): stores into a List<bool>.
// Kept out of main (never-inline) so that the check reads its own optimized code.
@pragma('vm:never-inline')
int sieve(List<bool> flags, int size) {
  var primeCount = 0;
  for (var i = 2; i <= size; i++) {
    if (flags[i - 1]) {
      primeCount++;
      var k = i + i;
      while (k <= size) {
        flags[k - 1] = false;
        k += i;
      }
    }
  }
  return primeCount;
}

void main(List<String> args) {
  print(sieve(List<bool>.filled(5000, true), 5000 - args.length));
}
