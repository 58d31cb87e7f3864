// Everyday code: typed-data copies in C++ (see typed_data.dart): std::vector of uint8_t, int32_t
// and double built from another container, std::copy into a new vector, and a sub-range copy.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

long copies(const std::vector<long>& list, const std::vector<uint8_t>& bytes, const std::vector<double>& doubles) {
  size_t size = bytes.size();
  std::vector<uint8_t> a(list.begin(), list.end());
  std::vector<uint8_t> b(size);
  std::copy(bytes.begin(), bytes.end(), b.begin());
  std::vector<uint8_t> c(bytes.begin() + size / 4, bytes.begin() + size / 2);
  std::vector<int32_t> d(list.begin(), list.end());
  std::vector<double> e(doubles.begin(), doubles.end());
  return a[size - 1] + b[size / 2] + static_cast<long>(c.size()) + c[0] + d[size / 3] +
         static_cast<long>(e[size / 5]);
}

}  // namespace

int main(int argc, char** argv) {
  long rounds = argc > 1 ? std::atol(argv[1]) : 1;
  long checksum = 0;
  for (size_t size : {256, 16384}) {
    std::vector<long> list;
    std::vector<double> doubles;
    for (size_t i = 0; i < size; i++) {
      list.push_back((i * 31) & 0xff);
      doubles.push_back(i * 0.5);
    }
    std::vector<uint8_t> bytes(list.begin(), list.end());
    size_t repeat = 16384 / size;
    for (long r = 0; r < rounds; r++) {
      for (size_t k = 0; k < repeat; k++) checksum += copies(list, bytes, doubles);
    }
  }
  std::printf("%ld\n", checksum);
  return 0;
}
