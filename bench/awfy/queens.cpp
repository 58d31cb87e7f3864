// Are We Fast Yet: Queens (see queens.dart).
#include <vector>

#include "harness.h"

namespace {

class Queens : public Benchmark {
 public:
  long benchmark() override {
    bool result = true;
    for (int i = 0; i < 10; i++) result = result && queens();
    return result ? 1 : 0;
  }

 private:
  bool queens() {
    freeRows_.assign(8, true);
    freeMaxs_.assign(16, true);
    freeMins_.assign(16, true);
    queenRows_.assign(8, -1);
    return placeQueen(0);
  }

  bool placeQueen(int c) {
    for (int r = 0; r < 8; r++) {
      if (getRowColumn(r, c)) {
        queenRows_[r] = c;
        setRowColumn(r, c, false);
        if (c == 7) return true;
        if (placeQueen(c + 1)) return true;
        setRowColumn(r, c, true);
      }
    }
    return false;
  }

  bool getRowColumn(int r, int c) const { return freeRows_[r] && freeMaxs_[c + r] && freeMins_[c - r + 7]; }

  void setRowColumn(int r, int c, bool v) {
    freeRows_[r] = v;
    freeMaxs_[c + r] = v;
    freeMins_[c - r + 7] = v;
  }

  // std::vector<char> rather than the bit-packed std::vector<bool>: one element per flag, as in
  // the other languages.
  std::vector<char> freeRows_, freeMaxs_, freeMins_;
  std::vector<int> queenRows_;
};

}  // namespace

int main(int argc, char** argv) { return runBenchmark(argc, argv, std::make_unique<Queens>()); }
