// node: the same with worker_threads (a Worker running an empty script; time until 'exit').
const { Worker } = require('worker_threads');
async function main() {
  const n = Number(process.argv[2] || 200);
  for (let round = 0; round < 2; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      await new Promise((resolve) => new Worker('', { eval: true }).on('exit', resolve));
    }
    const us = Number(process.hrtime.bigint() - start) / 1000 / n;
    if (round === 1) console.log(`spawn+exit: ${us.toFixed(1)} us per worker (${n} workers)`);
  }
}
main();
