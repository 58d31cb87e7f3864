// spectral-norm in JavaScript (see spectral_norm.dart).
'use strict';

function a(i, j) {
  return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

function multiplyAv(v, av) {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0.0;
    for (let j = 0; j < n; j++) sum += a(i, j) * v[j];
    av[i] = sum;
  }
}

function multiplyAtv(v, atv) {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0.0;
    for (let j = 0; j < n; j++) sum += a(j, i) * v[j];
    atv[i] = sum;
  }
}

function multiplyAtAv(v, tmp, atAv) {
  multiplyAv(v, tmp);
  multiplyAtv(tmp, atAv);
}

function main() {
  const n = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 100;
  const u = new Array(n).fill(1.0);
  const v = new Array(n).fill(0.0);
  const tmp = new Array(n).fill(0.0);
  for (let i = 0; i < 10; i++) {
    multiplyAtAv(u, tmp, v);
    multiplyAtAv(v, tmp, u);
  }
  let vBv = 0.0;
  let vv = 0.0;
  for (let i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  console.log(Math.sqrt(vBv / vv).toFixed(9));
}

main();
