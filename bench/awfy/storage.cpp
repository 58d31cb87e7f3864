// Are We Fast Yet: Storage (see storage.dart). An array is a vector of owning pointers to arrays;
// the leaves hold nulls.
#include <memory>
#include <vector>

#include "harness.h"

namespace {

struct Array {
  explicit Array(int length) : elements(length) {}
  std::vector<std::unique_ptr<Array>> elements;
};

class Storage : public Benchmark {
 public:
  long benchmark() override {
    Random random;
    count_ = 0;
    buildTreeDepth(7, random);
    return count_;
  }

 private:
  std::unique_ptr<Array> buildTreeDepth(int depth, Random& random) {
    count_++;
    if (depth == 1) return std::make_unique<Array>(random.next() % 10 + 1);
    auto arr = std::make_unique<Array>(4);
    for (int i = 0; i < 4; i++) arr->elements[i] = buildTreeDepth(depth - 1, random);
    return arr;
  }

  long count_ = 0;
};

}  // namespace

int main(int argc, char** argv) { return runBenchmark(argc, argv, std::make_unique<Storage>()); }
