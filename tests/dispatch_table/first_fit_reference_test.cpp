// Placement tests 64 offsets at a time with bit tricks; this checks it against the plainest
// first fit (offset by offset, cid by cid), which must choose exactly the same offsets.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "dispatch_table/dispatch_table.h"
#include "synthetic_program.h"

namespace dartc::dispatch {
namespace {

std::vector<SelectorOffset> referenceOffsets(const std::vector<SelectorInput>& inputs) {
  std::vector<SelectorRow> rows;
  for (const SelectorInput& input : inputs) rows.push_back(buildSelectorRow(input));
  std::vector<size_t> order;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].empty()) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (rows[a].callCount != rows[b].callCount) return rows[a].callCount > rows[b].callCount;
    if (rows[a].cidCount != rows[b].cidCount) return rows[a].cidCount > rows[b].cidCount;
    return rows[a].selector < rows[b].selector;
  });

  std::vector<bool> taken;
  auto isTaken = [&](SelectorOffset slot) { return size_t(slot) < taken.size() && taken[slot]; };
  std::vector<SelectorOffset> offsets(rows.size(), 0);
  for (size_t index : order) {
    const SelectorRow& row = rows[index];
    for (SelectorOffset offset = -SelectorOffset(row.minCid());; ++offset) {
      bool fits = true;
      for (const CidInterval& interval : row.intervals) {
        for (ClassId cid = interval.begin; cid < interval.end && fits; ++cid) {
          fits = !isTaken(offset + cid);
        }
      }
      if (!fits) continue;
      for (const CidInterval& interval : row.intervals) {
        for (ClassId cid = interval.begin; cid < interval.end; ++cid) {
          if (size_t(offset + cid) >= taken.size()) taken.resize(offset + cid + 1, false);
          taken[offset + cid] = true;
        }
      }
      offsets[index] = offset;
      break;
    }
  }
  return offsets;
}

// Rows mixing single cids, short runs and runs longer than a 64-slot word, anywhere in the cid
// space, so every path of the block test is taken.
std::vector<SelectorInput> randomRows(testing::Rng& rng, size_t selectorCount, ClassId cidCount) {
  std::vector<SelectorInput> inputs;
  for (SelectorId selector = 0; selector < selectorCount; ++selector) {
    SelectorInput input{selector, {}, rng.below(3)};
    for (uint64_t runs = 1 + rng.below(6); runs > 0; --runs) {
      uint64_t kind = rng.below(3);
      ClassId length = ClassId(kind == 0 ? 1 : kind == 1 ? 2 + rng.below(63) : 60 + rng.below(200));
      ClassId begin = ClassId(rng.below(cidCount));
      for (ClassId cid = begin; cid < std::min(cidCount, begin + length); ++cid) {
        input.implementations.push_back({cid, ImplementationId(selector)});
      }
    }
    inputs.push_back(std::move(input));
  }
  return inputs;
}

TEST_CASE("first fit: block placement matches the offset-by-offset reference") {
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    testing::Rng rng(seed);
    std::vector<SelectorInput> inputs = randomRows(rng, 40 + rng.below(100), 400);
    std::vector<SelectorOffset> expected = referenceOffsets(inputs);
    DispatchTable table = buildDispatchTable(inputs);
    size_t mismatches = 0;
    for (const SelectorInput& input : inputs) {
      mismatches += table.offset(input.selector) != expected[input.selector];
    }
    CHECK(mismatches == 0);
    CHECK(table.verify(inputs).ok());
  }
}

TEST_CASE("first fit: random programs match the reference too") {
  for (uint64_t seed = 1; seed <= 6; ++seed) {
    CAPTURE(seed);
    testing::RandomProgramShape shape;
    shape.classes = 250;
    shape.interfaces = 15;
    shape.interfacesPerClass = 0.5;
    shape.seed = seed;
    testing::SyntheticProgram program = testing::randomProgram(shape);
    ClassIds ids = assignClassIds(program.hierarchy);
    std::vector<SelectorInput> inputs =
        testing::selectorInputs(program, ids, testing::resolveAnswers(program));
    std::vector<SelectorOffset> expected = referenceOffsets(inputs);
    DispatchTable table = buildDispatchTable(inputs);
    size_t mismatches = 0;
    for (const SelectorInput& input : inputs) {
      mismatches += table.offset(input.selector) != expected[input.selector];
    }
    CHECK(mismatches == 0);
  }
}

}  // namespace
}  // namespace dartc::dispatch
