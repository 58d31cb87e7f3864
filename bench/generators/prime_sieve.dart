// Coroutines: the "sieve of Eratosthenes" through chained lazy generators (issue 13). Each prime
// found adds one more filtering sync* generator in front of the candidates, so the n-th prime
// travels through n - 1 suspended generators; every candidate is pulled through the chain one
// moveNext at a time. The C++ and JavaScript versions (prime_sieve.cpp, prime_sieve.js) build
// the same chain: C++ with a lazy filter object per prime, JavaScript with function* generators.
// Prints the number of primes, their sum and the last one.
//   prime_sieve [count]     (default 1000)

Iterable<int> integersFrom(int n) sync* {
  while (true) {
    yield n;
    n++;
  }
}

Iterable<int> withoutMultiples(Iterator<int> source, int prime) sync* {
  while (source.moveNext()) {
    int candidate = source.current;
    if (candidate % prime != 0) yield candidate;
  }
}

Iterable<int> primes() sync* {
  Iterator<int> candidates = integersFrom(2).iterator;
  while (candidates.moveNext()) {
    int prime = candidates.current;
    yield prime;
    candidates = withoutMultiples(candidates, prime).iterator;
  }
}

void main(List<String> args) {
  int count = args.isNotEmpty ? int.parse(args[0]) : 1000;
  int sum = 0;
  int last = 0;
  int found = 0;
  for (int p in primes().take(count)) {
    sum += p;
    last = p;
    found++;
  }
  print('$found $sum $last');
}
