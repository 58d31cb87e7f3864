// Everyday code: loops in JavaScript (see loops.dart): an indexed for loop, for-of and forEach.
'use strict';

function round(ints, doubles) {
  let checksum = 0;
  for (let i = 0; i < ints.length; i++) checksum += ints[i];
  for (const x of ints) checksum += x >> 1;
  ints.forEach((x) => {
    checksum += x & 7;
  });

  let total = 0.0;
  for (let i = 0; i < doubles.length; i++) total += doubles[i];
  for (const d of doubles) total -= d * 0.5;
  doubles.forEach((d) => {
    total += d * 0.25;
  });
  return checksum + Math.trunc(total);
}

const rounds = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
const ints = [];
const doubles = [];
for (let i = 0; i < 10000; i++) {
  ints.push(i * 3);
  doubles.push(i * 0.5);
}
let checksum = 0;
for (let r = 0; r < rounds; r++) checksum += round(ints, doubles);
console.log(String(checksum));
