// Are We Fast Yet: Sieve (see sieve.dart).
#include <vector>

#include "harness.h"

namespace {

class Sieve : public Benchmark {
 public:
  long benchmark() override {
    std::vector<char> flags(5000, true);  // one byte per flag, as in the other languages
    return sieve(flags, 5000);
  }

 private:
  static long sieve(std::vector<char>& flags, int size) {
    long primeCount = 0;
    for (int i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        primeCount++;
        int k = i + i;
        while (k <= size) {
          flags[k - 1] = false;
          k += i;
        }
      }
    }
    return primeCount;
  }
};

}  // namespace

int main(int argc, char** argv) { return runBenchmark(argc, argv, std::make_unique<Sieve>()); }
