// The shared part of the Are We Fast Yet benchmarks in JavaScript: the benchmark interface, the
// runner used by each program (calls benchmark() `iterations` times and prints the sum of the
// results), and the suite's own pseudo-random numbers.
'use strict';

class Benchmark {
  benchmark() {
    throw new Error('subclass responsibility');
  }
}

function runBenchmark(create) {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const bench = create();
  let sum = 0;
  for (let i = 0; i < iterations; i++) {
    sum += bench.benchmark();
  }
  console.log(String(sum));
}

// The suite's linear congruential generator, so that every language draws the same numbers.
class Random {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

module.exports = { Benchmark, runBenchmark, Random };
