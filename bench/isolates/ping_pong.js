// node: the same with worker_threads and MessagePort.postMessage.
const { Worker } = require('worker_threads');
const n = Number(process.argv[2] || 200000);
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => { if (m === -1) parentPort.close(); else parentPort.postMessage(m); });
`, { eval: true });
let received = 0, sent = 0, window = 0, done = null, start = 0n;
worker.on('message', (m) => {
  received++;
  if (received === n) { done(); return; }
  if (window === 0) worker.postMessage(received);
  else if (sent < n) worker.postMessage(sent++);
});
async function main() {
  for (const w of [0, 0, 100, 100]) {
    window = w; received = 0;
    const p = new Promise((r) => (done = r));
    start = process.hrtime.bigint();
    if (w === 0) worker.postMessage(0); else for (sent = 0; sent < w; sent++) worker.postMessage(sent);
    await p;
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    if (w === 0) console.log(`round trips: ${Math.round(n / s)} per second (${(s * 1e6 / n).toFixed(2)} us each)`);
    else console.log(`pipelined (window ${w}): ${Math.round(2 * n / s)} messages per second`);
  }
  worker.postMessage(-1);
  worker.unref();
}
main();
