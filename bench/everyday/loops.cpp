// Everyday code: loops in C++ (see loops.dart): an indexed for loop, a range-for loop and
// std::for_each with a lambda, over std::vector<long> and std::vector<double>.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

long round(const std::vector<long>& ints, const std::vector<double>& doubles) {
  long checksum = 0;
  for (size_t i = 0; i < ints.size(); i++) checksum += ints[i];
  for (long x : ints) checksum += x >> 1;
  std::for_each(ints.begin(), ints.end(), [&checksum](long x) { checksum += x & 7; });

  double total = 0.0;
  for (size_t i = 0; i < doubles.size(); i++) total += doubles[i];
  for (double d : doubles) total -= d * 0.5;
  std::for_each(doubles.begin(), doubles.end(), [&total](double d) { total += d * 0.25; });
  return checksum + static_cast<long>(total);
}

}  // namespace

int main(int argc, char** argv) {
  long rounds = argc > 1 ? std::atol(argv[1]) : 1;
  std::vector<long> ints;
  std::vector<double> doubles;
  for (long i = 0; i < 10000; i++) {
    ints.push_back(i * 3);
    doubles.push_back(i * 0.5);
  }
  long checksum = 0;
  for (long r = 0; r < rounds; r++) checksum += round(ints, doubles);
  std::printf("%ld\n", checksum);
  return 0;
}
