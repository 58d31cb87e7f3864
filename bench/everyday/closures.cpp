// Everyday code: closures in C++ (see closures.dart): lambdas with C++20 ranges (views::transform,
// views::filter), std::any_of/all_of, std::sort with a comparator, composed lambdas.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ranges>
#include <vector>

namespace {

template <typename F, typename G>
auto compose(F f, G g) {
  return [=](long x) { return f(g(x)); };
}

long round(const std::vector<long>& numbers, long r) {
  long checksum = 0;
  for (long x : numbers | std::views::transform([r](long x) { return x * 3 + r; }) |
                    std::views::filter([](long x) { return x % 2 != 0; })) {
    checksum += x;
  }
  std::vector<long> thirds;
  for (long x : numbers | std::views::filter([](long x) { return x % 3 == 0; }) |
                    std::views::transform([](long x) { return x / 3; })) {
    thirds.push_back(x);
  }
  checksum += static_cast<long>(thirds.size());
  if (std::any_of(numbers.begin(), numbers.end(), [](long x) { return x > 998; })) checksum++;
  if (std::all_of(numbers.begin(), numbers.end(), [](long x) { return x >= 0; })) checksum++;
  std::vector<long> descending(numbers);
  std::sort(descending.begin(), descending.end(), [](long a, long b) { return b < a; });
  checksum += descending.front() - descending.back();
  auto addThenDouble = compose([](long x) { return x * 2; }, [r](long x) { return x + r; });
  for (long x : numbers) checksum += addThenDouble(x);
  return checksum;
}

}  // namespace

int main(int argc, char** argv) {
  long rounds = argc > 1 ? std::atol(argv[1]) : 1;
  std::vector<long> numbers;
  for (long i = 0; i < 1000; i++) numbers.push_back((i * 7919) % 1000);
  long checksum = 0;
  for (long r = 0; r < rounds; r++) checksum += round(numbers, r);
  std::printf("%ld\n", checksum);
  return 0;
}
