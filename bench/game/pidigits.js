// pidigits in JavaScript with node's BigInt (see pidigits.dart).
'use strict';

function main(n) {
  let numer = 1n, accum = 0n, denom = 1n;
  let out = [], line = '';
  let i = 0, k = 0;
  while (i < n) {
    k++;
    const k2 = BigInt(2 * k + 1);
    accum = (accum + (numer << 1n)) * k2;
    denom = denom * k2;
    numer = numer * BigInt(k);
    if (numer > accum) continue;
    const d3 = (numer * 3n + accum) / denom;
    const d4 = (numer * 4n + accum) / denom;
    if (d3 !== d4) continue;
    const d = Number(d3);
    line += d;
    i++;
    if (i % 10 === 0) {
      out.push(line + '\t:' + i);
      line = '';
    }
    accum = (accum - denom * BigInt(d)) * 10n;
    numer = numer * 10n;
  }
  if (line.length > 0) out.push(line.padEnd(10) + '\t:' + n);
  process.stdout.write(out.join('\n') + '\n');
}

main(process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1000);
