// Are We Fast Yet: Sieve (see sieve.dart).
'use strict';
const { Benchmark, runBenchmark } = require('./harness.js');

class Sieve extends Benchmark {
  benchmark() {
    const flags = new Array(5000).fill(true);
    return this.sieve(flags, 5000);
  }

  sieve(flags, size) {
    let primeCount = 0;
    for (let i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        primeCount++;
        let k = i + i;
        while (k <= size) {
          flags[k - 1] = false;
          k += i;
        }
      }
    }
    return primeCount;
  }
}

runBenchmark(() => new Sieve());
