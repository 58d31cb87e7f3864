// Are We Fast Yet: Permute (see permute.dart).
#include <vector>

#include "harness.h"

namespace {

class Permute : public Benchmark {
 public:
  long benchmark() override {
    count_ = 0;
    v_.assign(6, 0);
    permute(6);
    return count_;
  }

 private:
  void permute(int n) {
    count_++;
    if (n != 0) {
      int n1 = n - 1;
      permute(n1);
      for (int i = n1; i >= 0; i--) {
        swap(n1, i);
        permute(n1);
        swap(n1, i);
      }
    }
  }

  void swap(int i, int j) {
    long tmp = v_[i];
    v_[i] = v_[j];
    v_[j] = tmp;
  }

  long count_ = 0;
  std::vector<long> v_;
};

}  // namespace

int main(int argc, char** argv) { return runBenchmark(argc, argv, std::make_unique<Permute>()); }
