// node counterpart of await_loop.dart: `await` of an already resolved promise in a loop.
async function awaitLoop(n) {
  const one = Promise.resolve(1);
  await one;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += i + await one;
  }
  return sum;
}

function plainLoop(n) {
  const one = 1;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i + one;
  return sum;
}

(async () => {
  const mode = process.argv[2] || 'await';
  const n = parseInt(process.argv[3] || '10000000');
  console.log(mode === 'plain' ? plainLoop(n) : await awaitLoop(n));
})();
