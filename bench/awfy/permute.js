// Are We Fast Yet: Permute (see permute.dart).
'use strict';
const { Benchmark, runBenchmark } = require('./harness.js');

class Permute extends Benchmark {
  constructor() {
    super();
    this.count = 0;
    this.v = null;
  }

  benchmark() {
    this.count = 0;
    this.v = new Array(6).fill(0);
    this.permute(6);
    return this.count;
  }

  permute(n) {
    this.count++;
    if (n !== 0) {
      const n1 = n - 1;
      this.permute(n1);
      for (let i = n1; i >= 0; i--) {
        this.swap(n1, i);
        this.permute(n1);
        this.swap(n1, i);
      }
    }
  }

  swap(i, j) {
    const tmp = this.v[i];
    this.v[i] = this.v[j];
    this.v[j] = tmp;
  }
}

runBenchmark(() => new Permute());
