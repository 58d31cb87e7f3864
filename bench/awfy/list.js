// Are We Fast Yet: List (see list.dart).
'use strict';
const { Benchmark, runBenchmark } = require('./harness.js');

class Element {
  constructor(v) {
    this.val = v;
    this.next = null;
  }

  length() {
    return this.next === null ? 1 : 1 + this.next.length();
  }
}

class List extends Benchmark {
  benchmark() {
    return this.tail(this.makeList(15), this.makeList(10), this.makeList(6)).length();
  }

  makeList(length) {
    if (length === 0) return null;
    const e = new Element(length);
    e.next = this.makeList(length - 1);
    return e;
  }

  isShorterThan(x, y) {
    let xTail = x;
    let yTail = y;
    while (yTail !== null) {
      if (xTail === null) return true;
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  tail(x, y, z) {
    if (this.isShorterThan(y, x)) {
      return this.tail(this.tail(x.next, y, z), this.tail(y.next, z, x), this.tail(z.next, x, y));
    }
    return z;
  }
}

runBenchmark(() => new List());
