// Are We Fast Yet: Storage (see storage.dart).
'use strict';
const { Benchmark, runBenchmark, Random } = require('./harness.js');

class Storage extends Benchmark {
  constructor() {
    super();
    this.count = 0;
  }

  benchmark() {
    const random = new Random();
    this.count = 0;
    this.buildTreeDepth(7, random);
    return this.count;
  }

  buildTreeDepth(depth, random) {
    this.count++;
    if (depth === 1) {
      return new Array(random.next() % 10 + 1).fill(null);
    }
    const arr = new Array(4).fill(null);
    for (let i = 0; i < 4; i++) {
      arr[i] = this.buildTreeDepth(depth - 1, random);
    }
    return arr;
  }
}

runBenchmark(() => new Storage());
