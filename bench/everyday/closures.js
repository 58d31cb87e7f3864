// Everyday code: closures in JavaScript (see closures.dart): map/filter/reduce, some/every,
// sort with a comparator, composed arrow functions.
'use strict';

function compose(f, g) {
  return (x) => f(g(x));
}

function round(numbers, r) {
  let checksum = numbers.map((x) => x * 3 + r).filter((x) => x % 2 !== 0).reduce((sum, x) => sum + x, 0);
  checksum += numbers.filter((x) => x % 3 === 0).map((x) => Math.trunc(x / 3)).length;
  if (numbers.some((x) => x > 998)) checksum++;
  if (numbers.every((x) => x >= 0)) checksum++;
  const descending = numbers.slice().sort((a, b) => b - a);
  checksum += descending[0] - descending[descending.length - 1];
  const addThenDouble = compose((x) => x * 2, (x) => x + r);
  for (const x of numbers) checksum += addThenDouble(x);
  return checksum;
}

const rounds = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
const numbers = [];
for (let i = 0; i < 1000; i++) numbers.push((i * 7919) % 1000);
let checksum = 0;
for (let r = 0; r < rounds; r++) checksum += round(numbers, r);
console.log(String(checksum));
