// node: the same split over worker_threads.
const { Worker } = require('worker_threads');
const code = `
  const { parentPort, workerData: { size, first, step } } = require('worker_threads');
  let sum = 0;
  for (let y = first; y < size; y += step) {
    const ci = 2.0 * y / size - 1.0;
    for (let x = 0; x < size; x++) {
      const cr = 2.0 * x / size - 1.5;
      let zr = 0.0, zi = 0.0, i = 0;
      while (i < 50 && zr * zr + zi * zi <= 4.0) { const t = zr * zr - zi * zi + cr; zi = 2.0 * zr * zi + ci; zr = t; i++; }
      sum += i;
    }
  }
  parentPort.postMessage(sum);`;
function part(size, first, step) {
  return new Promise((resolve) => new Worker(code, { eval: true, workerData: { size, first, step } }).on('message', resolve));
}
async function run(size, workers) {
  const parts = [];
  for (let w = 0; w < workers; w++) parts.push(part(size, w, workers));
  return (await Promise.all(parts)).reduce((a, b) => a + b, 0);
}
async function main() {
  const size = Number(process.argv[2] || 3000);
  let one = 0, two = 0;
  for (let round = 0; round < 3; round++) {
    for (const workers of [1, 2]) {
      const start = process.hrtime.bigint();
      const checksum = await run(size, workers);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (round > 0) { if (workers === 1) one += ms; else two += ms; }
      if (round === 2) console.log(`${workers} worker(s): ${ms.toFixed(1)} ms, checksum ${checksum}`);
    }
  }
  console.log(`speedup: ${(one / two).toFixed(2)}x`);
}
main();
