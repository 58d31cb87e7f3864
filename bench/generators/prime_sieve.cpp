// C++ counterpart of prime_sieve.dart: the same chain of lazy filters. C++ has no generators
// before C++23's std::generator, so each generator is an object with a virtual `next` that
// keeps its state in members, the way a C++ programmer writes a pull-based pipeline; each
// filter owns its source.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

struct Source {
  virtual ~Source() = default;
  virtual bool next(int64_t& out) = 0;
};

struct IntegersFrom final : Source {
  int64_t n;
  explicit IntegersFrom(int64_t start) : n(start) {}
  bool next(int64_t& out) override {
    out = n++;
    return true;
  }
};

struct WithoutMultiples final : Source {
  std::unique_ptr<Source> source;
  int64_t prime;
  WithoutMultiples(std::unique_ptr<Source> s, int64_t p) : source(std::move(s)), prime(p) {}
  bool next(int64_t& out) override {
    int64_t candidate;
    while (source->next(candidate)) {
      if (candidate % prime != 0) {
        out = candidate;
        return true;
      }
    }
    return false;
  }
};

struct Primes final : Source {
  std::unique_ptr<Source> candidates = std::make_unique<IntegersFrom>(2);
  bool next(int64_t& out) override {
    int64_t prime;
    if (!candidates->next(prime)) return false;
    candidates = std::make_unique<WithoutMultiples>(std::move(candidates), prime);
    out = prime;
    return true;
  }
};

int main(int argc, char** argv) {
  int64_t count = argc > 1 ? std::atoll(argv[1]) : 1000;
  int64_t sum = 0, last = 0, found = 0;
  Primes primes;
  int64_t p;
  while (found < count && primes.next(p)) {
    sum += p;
    last = p;
    found++;
  }
  std::printf("%lld %lld %lld\n", static_cast<long long>(found), static_cast<long long>(sum),
              static_cast<long long>(last));
  return 0;
}
