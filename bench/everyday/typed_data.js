// Everyday code: typed-data copies in JavaScript (see typed_data.dart): Uint8Array.from,
// set, slice, Int32Array.from and Float64Array.from.
'use strict';

function copies(list, bytes, doubles) {
  const size = bytes.length;
  const a = Uint8Array.from(list);
  const b = new Uint8Array(size);
  b.set(bytes);
  const c = bytes.slice(size >> 2, size >> 1);
  const d = Int32Array.from(list);
  const e = Float64Array.from(doubles);
  return a[size - 1] + b[size >> 1] + c.length + c[0] + d[Math.trunc(size / 3)] + Math.trunc(e[Math.trunc(size / 5)]);
}

const rounds = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
let checksum = 0;
for (const size of [256, 16384]) {
  const list = [];
  const doubles = [];
  for (let i = 0; i < size; i++) {
    list.push((i * 31) & 0xff);
    doubles.push(i * 0.5);
  }
  const bytes = Uint8Array.from(list);
  const repeat = 16384 / size;
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < repeat; k++) checksum += copies(list, bytes, doubles);
  }
}
console.log(String(checksum));
