// mandelbrot (Benchmarks Game) in JavaScript (see mandelbrot_pbm.dart).
'use strict';
const fs = require('fs');

function main() {
  const n = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 200;
  const bytesPerRow = Math.floor((n + 7) / 8);
  const image = new Uint8Array(bytesPerRow * n);
  let index = 0;
  for (let y = 0; y < n; y++) {
    const ci = 2.0 * y / n - 1.0;
    let bits = 0;
    let bitNum = 0;
    for (let x = 0; x < n; x++) {
      const cr = 2.0 * x / n - 1.5;
      let zr = 0.0;
      let zi = 0.0;
      let tr = 0.0;
      let ti = 0.0;
      let i = 0;
      while (i < 50 && tr + ti <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
        i++;
      }
      bits <<= 1;
      if (tr + ti <= 4.0) bits |= 1;
      bitNum++;
      if (bitNum === 8) {
        image[index++] = bits;
        bits = 0;
        bitNum = 0;
      }
    }
    if (bitNum !== 0) image[index++] = bits << (8 - bitNum);
  }
  fs.writeSync(1, `P4\n${n} ${n}\n`);
  let written = 0;
  while (written < image.length) written += fs.writeSync(1, image, written, image.length - written);
}

main();
