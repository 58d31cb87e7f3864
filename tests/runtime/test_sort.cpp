// dartrt_sort_smis (List.sort() of small ints): sorts exactly when every element is a Smi, into
// the one ascending order (checked against std::sort of the values), on the inputs that make
// naive quicksorts quadratic too.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "fixture.h"

namespace {

// Sorts `values` as Smis in a DartArray and returns them unboxed.
std::vector<int64_t> sort_smis(const std::vector<int64_t>& values, int64_t* result) {
  DartArray* a = new_array((int64_t)values.size());
  for (size_t i = 0; i < values.size(); ++i) dart_array_data(a)[i] = dart_smi_from(values[i]);
  *result = dartrt_sort_smis(reinterpret_cast<dart_word>(a), (int64_t)values.size());
  std::vector<int64_t> out;
  for (size_t i = 0; i < values.size(); ++i) out.push_back(dart_smi_value(dart_array_data(a)[i]));
  return out;
}

void check_sorts(std::vector<int64_t> values) {
  int64_t result = 0;
  std::vector<int64_t> sorted = sort_smis(values, &result);
  CHECK(result == 1);
  std::sort(values.begin(), values.end());
  CHECK(sorted == values);
}

}  // namespace

TEST_CASE("List.sort of Smis: every shape of input ends in ascending order") {
  check_sorts({});
  check_sorts({5});
  check_sorts({2, 1});
  check_sorts({3, -1, 3, 0, -1, 3});
  int64_t smi_max = (int64_t{1} << 62) - 1, smi_min = -(int64_t{1} << 62);
  check_sorts({smi_max, 0, smi_min, -1, 1, smi_max, smi_min});
  for (int64_t n : {25, 100, 1000, 20000}) {
    std::vector<int64_t> ascending, descending, equal, organ, sawtooth, random;
    uint64_t seed = 12345;
    for (int64_t i = 0; i < n; ++i) {
      ascending.push_back(i);
      descending.push_back(n - i);
      equal.push_back(7);
      organ.push_back(i < n / 2 ? i : n - i);
      sawtooth.push_back(i % 17);
      seed = seed * 6364136223846793005u + 1442695040888963407u;
      random.push_back((int64_t)(seed >> 33) - (int64_t{1} << 30));
    }
    check_sorts(ascending);
    check_sorts(descending);
    check_sorts(equal);
    check_sorts(organ);
    check_sorts(sawtooth);
    check_sorts(random);
  }
}

TEST_CASE("List.sort of Smis: an array with anything else is left as it was") {
  DartArray* a = new_array(4);
  dart_word* d = dart_array_data(a);
  d[0] = dart_smi_from(3);
  d[1] = dart_smi_from(1);
  d[2] = DART_NULL;
  d[3] = dart_smi_from(2);
  CHECK(dartrt_sort_smis(reinterpret_cast<dart_word>(a), 4) == 0);
  CHECK(dart_smi_value(d[0]) == 3);
  CHECK(dart_smi_value(d[1]) == 1);
  CHECK(d[2] == DART_NULL);
  CHECK(dart_smi_value(d[3]) == 2);
}
