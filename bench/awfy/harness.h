// The shared part of the Are We Fast Yet benchmarks in C++: the benchmark interface, the runner
// used by main() (calls benchmark() `iterations` times and prints the sum of the results), and
// the suite's own pseudo-random numbers.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>

class Benchmark {
 public:
  virtual ~Benchmark() = default;
  virtual long benchmark() = 0;
};

inline int runBenchmark(int argc, char** argv, std::unique_ptr<Benchmark> bench) {
  long iterations = argc > 1 ? std::atol(argv[1]) : 1;
  long sum = 0;
  for (long i = 0; i < iterations; i++) sum += bench->benchmark();
  std::printf("%ld\n", sum);
  return 0;
}

// The suite's linear congruential generator, so that every language draws the same numbers.
class Random {
 public:
  int next() {
    seed_ = ((seed_ * 1309) + 13849) & 65535;
    return seed_;
  }

 private:
  int seed_ = 74755;
};
