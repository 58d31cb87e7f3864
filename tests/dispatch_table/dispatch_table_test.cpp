// Row displacement on small, hand-checked inputs: edge cases, ordering, determinism, verify().
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "dispatch_table/dispatch_table.h"
#include "synthetic_program.h"

namespace dartc::dispatch {
namespace {

// A selector answered by every cid in [begin, end) with one implementation.
SelectorInput uniformSelector(SelectorId selector, ClassId begin, ClassId end,
                              ImplementationId implementation, uint64_t callCount = 0) {
  SelectorInput input{selector, {}, callCount};
  for (ClassId cid = begin; cid < end; ++cid) {
    input.implementations.push_back({cid, implementation});
  }
  return input;
}

TEST_CASE("dispatch table: empty input") {
  DispatchTable table = buildDispatchTable({});
  CHECK(table.size() == 0);
  CHECK(table.liveEntries() == 0);
  CHECK(table.fillRatio() == 1.0);
  CHECK(table.verify().ok());
  CHECK_FALSE(table.contains(0));
  CHECK_THROWS_AS(table.offset(0), std::out_of_range);
  CHECK(table.lookup(0, 0) == kEmpty);
}

TEST_CASE("dispatch table: a single implementation takes a single slot") {
  std::vector<SelectorInput> inputs{SelectorInput{5, {{900, 42}}, 1}};
  DispatchTable table = buildDispatchTable(inputs);
  CHECK(table.size() == 1);
  // Negative offsets let a row that starts at a high cid use the low slots.
  CHECK(table.offset(5) == -900);
  CHECK(table.lookup(900, 5) == 42);
  CHECK(table.lookup(899, 5) == kEmpty);
  CHECK(table.verify(inputs).ok());
}

TEST_CASE("dispatch table: a selector with an empty row needs no slots") {
  std::vector<SelectorInput> inputs{SelectorInput{3, {}, 10}, SelectorInput{4, {{0, 1}}, 0}};
  DispatchTable table = buildDispatchTable(inputs);
  CHECK(table.contains(3));
  CHECK(table.offset(3) == 0);
  CHECK(table.size() == 1);
  CHECK(table.lookup(0, 4) == 1);
  CHECK(table.verify(inputs).ok());
}

TEST_CASE("dispatch table: rows spanning all classes pack without holes") {
  constexpr ClassId kClasses = 100;
  std::vector<SelectorInput> inputs;
  for (SelectorId selector = 0; selector < 10; ++selector) {
    inputs.push_back(uniformSelector(selector, 0, kClasses, 1000 + selector));
  }
  DispatchTable table = buildDispatchTable(inputs);
  CHECK(table.size() == 10 * kClasses);
  CHECK(table.liveEntries() == 10 * kClasses);
  CHECK(table.fillRatio() == 1.0);
  // Same call count and size: selector id order.
  for (SelectorId selector = 0; selector < 10; ++selector) {
    CHECK(table.offset(selector) == SelectorOffset(selector * kClasses));
  }
  CHECK(table.verify(inputs).ok());
}

TEST_CASE("dispatch table: small rows fill the holes of earlier ones") {
  // Selector 1 is placed first (more cids) with a hole at cid 1; selector 2 fits in it.
  std::vector<SelectorInput> inputs{SelectorInput{1, {{0, 10}, {2, 11}}, 0},
                                    SelectorInput{2, {{5, 20}}, 0}};
  DispatchTable table = buildDispatchTable(inputs);
  CHECK(table.size() == 3);
  CHECK(table.offset(1) == 0);
  CHECK(table.offset(2) == -4);
  CHECK(table.entries() == std::vector<ImplementationId>{10, 20, 11});
  CHECK(table.verify(inputs).ok());
}

TEST_CASE("dispatch table: the most called selectors get the smallest offsets") {
  std::vector<SelectorInput> inputs{uniformSelector(1, 0, 50, 1, 5),
                                    uniformSelector(2, 0, 10, 2, 100),
                                    uniformSelector(3, 0, 50, 3, 5)};
  DispatchTable table = buildDispatchTable(inputs);
  CHECK(table.offset(2) == 0);   // called most, though smallest
  CHECK(table.offset(1) == 10);  // ties on calls and size: smaller selector id first
  CHECK(table.offset(3) == 60);
  CHECK(table.verify(inputs).ok());
}

TEST_CASE("dispatch table: the same input in any order gives the same table") {
  testing::RandomProgramShape shape;
  shape.classes = 200;
  shape.interfaces = 10;
  shape.interfacesPerClass = 0.3;
  testing::SyntheticProgram program = testing::randomProgram(shape);
  ClassIds ids = assignClassIds(program.hierarchy);
  std::vector<SelectorInput> inputs =
      testing::selectorInputs(program, ids, testing::resolveAnswers(program));
  DispatchTable first = buildDispatchTable(inputs);

  testing::Rng rng(99);
  for (SelectorInput& input : inputs) {
    auto& pairs = input.implementations;
    for (size_t i = pairs.size(); i > 1; --i) std::swap(pairs[i - 1], pairs[rng.below(i)]);
  }
  std::reverse(inputs.begin(), inputs.end());
  DispatchTable second = buildDispatchTable(inputs);

  CHECK(first.entries() == second.entries());
  for (const PlacedSelector& placed : first.selectors()) {
    CHECK(second.offset(placed.row.selector) == placed.offset);
  }
  CHECK(second.verify(inputs).ok());
}

TEST_CASE("dispatch table: malformed input is rejected") {
  std::vector<SelectorInput> twice{SelectorInput{1, {{0, 1}}, 0}, SelectorInput{1, {{1, 2}}, 0}};
  CHECK_THROWS_AS(buildDispatchTable(twice), std::invalid_argument);
  std::vector<SelectorInput> conflicting{SelectorInput{1, {{0, 1}, {0, 2}}, 0}};
  CHECK_THROWS_AS(buildDispatchTable(conflicting), std::invalid_argument);
}

TEST_CASE("dispatch table: verify() catches a broken table") {
  std::vector<SelectorInput> inputs{SelectorInput{1, {{0, 10}, {1, 11}}, 0},
                                    SelectorInput{2, {{0, 20}}, 0}};
  DispatchTable good = buildDispatchTable(inputs);
  REQUIRE(good.verify(inputs).ok());
  std::vector<PlacedSelector> selectors(good.selectors().begin(), good.selectors().end());

  SUBCASE("a wrong entry") {
    std::vector<ImplementationId> entries = good.entries();
    entries[0] = 99;
    DispatchTable bad(selectors, entries, good.liveEntries(), {});
    CHECK_FALSE(bad.verify().ok());
  }
  SUBCASE("two rows on one slot") {
    selectors[1].offset = selectors[0].offset;
    DispatchTable bad(selectors, good.entries(), good.liveEntries(), {});
    VerifyReport report = bad.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.front().find("claimed by selector") != std::string::npos);
  }
  SUBCASE("a stray entry") {
    std::vector<ImplementationId> entries = good.entries();
    entries.push_back(5);
    DispatchTable bad(selectors, entries, good.liveEntries(), {});
    CHECK_FALSE(bad.verify().ok());
  }
  SUBCASE("a row that does not match the input") {
    std::vector<SelectorInput> other = inputs;
    other[0].implementations.push_back({2, 12});
    CHECK_FALSE(good.verify(other).ok());
  }
}

}  // namespace
}  // namespace dartc::dispatch
