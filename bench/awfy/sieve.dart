// Are We Fast Yet: Sieve. The sieve of Eratosthenes up to 5000 (669 primes per call).
import 'harness.dart';

class Sieve extends Benchmark {
  @override
  int benchmark() {
    final flags = List<bool>.filled(5000, true);
    return sieve(flags, 5000);
  }

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
}

void main(List<String> args) => runBenchmark(args, Sieve.new);
