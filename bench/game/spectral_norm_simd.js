// spectral-norm in JavaScript (see spectral_norm_simd.dart): JavaScript has no SIMD type, so the
// two lanes are two scalar sums.
'use strict';

function denominator(i, j) {
  return (i + j) * (i + j + 1) / 2 + i + 1;
}

function multiplyAv(v, av) {
  const n = v.length;
  for (let i = 0; i < n; i += 2) {
    let s0 = 0.0, s1 = 0.0;
    for (let j = 0; j < n; j++) {
      s0 += v[j] / denominator(i, j);
      s1 += v[j] / denominator(i + 1, j);
    }
    av[i] = s0;
    av[i + 1] = s1;
  }
}

function multiplyAtv(v, atv) {
  const n = v.length;
  for (let i = 0; i < n; i += 2) {
    let s0 = 0.0, s1 = 0.0;
    for (let j = 0; j < n; j++) {
      s0 += v[j] / denominator(j, i);
      s1 += v[j] / denominator(j, i + 1);
    }
    atv[i] = s0;
    atv[i + 1] = s1;
  }
}

function multiplyAtAv(v, tmp, atAv) {
  multiplyAv(v, tmp);
  multiplyAtv(tmp, atAv);
}

const n = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 100;
const u = new Float64Array(n).fill(1.0);
const v = new Float64Array(n);
const tmp = new Float64Array(n);
for (let i = 0; i < 10; i++) {
  multiplyAtAv(u, tmp, v);
  multiplyAtAv(v, tmp, u);
}
let vBv = 0.0, vv = 0.0;
for (let i = 0; i < n; i++) {
  vBv += u[i] * v[i];
  vv += v[i] * v[i];
}
console.log(Math.sqrt(vBv / vv).toFixed(9));
