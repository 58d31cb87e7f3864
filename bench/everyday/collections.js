// Everyday code: collections in JavaScript (see collections.dart): arrays with a numeric sort,
// Map and Set, string keys built with template literals.
'use strict';

let seed = 12345;

function nextRandom() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

function round() {
  const n = 20000;
  const numbers = [];
  for (let i = 0; i < n; i++) numbers.push(nextRandom() % 10000);
  let checksum = 0;

  const sorted = numbers.slice().sort((a, b) => a - b);
  checksum += sorted[0] + sorted[n >> 1] + sorted[n - 1];

  const counts = new Map();
  for (const x of numbers) counts.set(x, (counts.get(x) ?? 0) + 1);
  let mostFrequent = 0;
  for (const c of counts.values()) {
    if (c > mostFrequent) mostFrequent = c;
  }
  checksum += counts.size + mostFrequent;

  const distinct = new Set(numbers);
  let hits = 0;
  for (let i = 0; i < 10000; i++) {
    if (distinct.has(i)) hits++;
  }
  for (const x of numbers) {
    if (x % 2 === 0) distinct.delete(x);
  }
  checksum += hits + distinct.size;

  const byName = new Map();
  for (let i = 0; i < 1000; i++) byName.set(`key${i}`, i);
  for (const x of numbers) checksum += byName.get(`key${x % 1000}`);
  return checksum;
}

const rounds = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
let checksum = 0;
for (let r = 0; r < rounds; r++) checksum += round();
console.log(String(checksum));
