// Everyday code: collections in C++ (see collections.dart): std::vector and std::sort,
// std::unordered_map and std::unordered_set, string keys built with std::to_string.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

long seed = 12345;

long nextRandom() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

long round() {
  const int n = 20000;
  std::vector<long> numbers;
  for (int i = 0; i < n; i++) numbers.push_back(nextRandom() % 10000);
  long checksum = 0;

  std::vector<long> sorted(numbers);
  std::sort(sorted.begin(), sorted.end());
  checksum += sorted.front() + sorted[n / 2] + sorted.back();

  std::unordered_map<long, long> counts;
  for (long x : numbers) counts[x]++;
  long mostFrequent = 0;
  for (const auto& [key, c] : counts) {
    if (c > mostFrequent) mostFrequent = c;
  }
  checksum += static_cast<long>(counts.size()) + mostFrequent;

  std::unordered_set<long> distinct(numbers.begin(), numbers.end());
  long hits = 0;
  for (long i = 0; i < 10000; i++) {
    if (distinct.count(i)) hits++;
  }
  for (long x : numbers) {
    if (x % 2 == 0) distinct.erase(x);
  }
  checksum += hits + static_cast<long>(distinct.size());

  std::unordered_map<std::string, long> byName;
  for (long i = 0; i < 1000; i++) byName["key" + std::to_string(i)] = i;
  for (long x : numbers) checksum += byName.at("key" + std::to_string(x % 1000));
  return checksum;
}

}  // namespace

int main(int argc, char** argv) {
  long rounds = argc > 1 ? std::atol(argv[1]) : 1;
  long checksum = 0;
  for (long r = 0; r < rounds; r++) checksum += round();
  std::printf("%ld\n", checksum);
  return 0;
}
