// node counterpart of prime_sieve.dart: the same chain of lazy filters, as function* generators.
function* integersFrom(n) {
  while (true) {
    yield n;
    n++;
  }
}

function* withoutMultiples(source, prime) {
  for (;;) {
    const r = source.next();
    if (r.done) return;
    if (r.value % prime !== 0) yield r.value;
  }
}

function* primes() {
  let candidates = integersFrom(2);
  for (;;) {
    const r = candidates.next();
    if (r.done) return;
    const prime = r.value;
    yield prime;
    candidates = withoutMultiples(candidates, prime);
  }
}

const count = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1000;
let sum = 0;
let last = 0;
let found = 0;
for (const p of primes()) {
  if (found === count) break;
  sum += p;
  last = p;
  found++;
}
console.log(`${found} ${sum} ${last}`);
