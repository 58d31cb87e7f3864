// Whole-stage checks on synthetic programs: every typed call's (class, selector) pair reaches the
// right implementation, no two entries collide, the table is much smaller than the naive
// classes x selectors matrix. Sizes are printed with MESSAGE (run with -s, or see
// docs/dispatch-table.md); placement speed is measured by tools/bench/dispatch_table_bench, not
// here (unit tests don't time things).
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "dispatch_table/dispatch_table.h"
#include "synthetic_program.h"

namespace dartc::dispatch {
namespace {

using testing::SyntheticProgram;

struct Expectations {
  double minimumCompression = 0.0;  // naive matrix size / table size, when > 0
};

DispatchTable checkProgram(const std::string& name, const SyntheticProgram& program,
                           Expectations expectations) {
  ClassIds ids = assignClassIds(program.hierarchy);
  testing::Answers answers = testing::resolveAnswers(program);
  std::vector<SelectorInput> inputs = testing::selectorInputs(program, ids, answers);

  auto start = std::chrono::steady_clock::now();
  DispatchTable table = buildDispatchTable(inputs);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  VerifyReport report = table.verify(inputs);
  for (const std::string& problem : report.problems) FAIL_CHECK(problem);

  // The ground truth, class by class, independent of the rows the table was built from.
  size_t wrong = 0;
  for (SelectorId selector = 0; selector < answers.size(); ++selector) {
    for (auto [cls, implementation] : answers[selector]) {
      wrong += table.lookup(ids.cid(cls), selector) != implementation;
    }
  }
  CHECK(wrong == 0);

  double naive = double(ids.cidCount()) * double(program.selectorCount());
  double compression = table.size() == 0 ? 0.0 : naive / double(table.size());
  MESSAGE(name << ": " << program.classCount() << " classes, " << program.selectorCount()
               << " selectors, " << table.liveEntries() << " live entries; table " << table.size()
               << " slots (fill " << table.fillRatio() << "), naive matrix " << naive << " ("
               << compression << "x larger); built in " << seconds * 1e3 << " ms, "
               << table.stats().blocksTried << " blocks of 64 offsets tried, "
               << table.stats().shapeCacheHits << " shape-cache hits");
  if (expectations.minimumCompression > 0) CHECK(compression >= expectations.minimumCompression);
  return table;
}

TEST_CASE("synthetic: deep chain of 1000 levels") {
  // A chain's rows are nested suffixes: selector i is answered by every concrete class below
  // level i, so the live entries alone fill half of the naive matrix (all concrete) and no
  // table can be 3x smaller. What we can ask is that the table be no larger than it must be.
  SUBCASE("every level concrete: suffix rows pack without holes") {
    DispatchTable table =
        checkProgram("deep chain, all concrete", testing::deepChain(1000, 1.0, 0.3, 12), {});
    CHECK(table.size() == table.liveEntries());
  }
  // With abstract levels in between, every row is the same random pattern of cids (density
  // 1/4) cut at a different level; two long shifted copies of a random pattern almost always
  // collide, so rows barely interleave and the table is about the sum of the rows' spans.
  // This is row displacement's known weak spot; see docs/dispatch-table.md.
  SUBCASE("a quarter of the levels concrete") {
    checkProgram("deep chain, 1/4 concrete", testing::deepChain(1000, 0.25, 0.3, 11), {2.0});
  }
}

TEST_CASE("synthetic: wide fan-out of one root with 2000 subclasses") {
  checkProgram("wide fan-out", testing::wideFanOut(2000, 40, 0.2, 21), {3.0});
}

TEST_CASE("synthetic: many interfaces with scattered rows") {
  testing::RandomProgramShape shape;
  shape.classes = 2000;
  shape.roots = 20;
  shape.selectorsPerClass = 1.0;
  shape.interfaces = 400;
  shape.selectorsPerInterface = 5;
  shape.interfacesPerClass = 1.5;
  shape.seed = 31;
  checkProgram("many interfaces", testing::randomProgram(shape), {3.0});
}

TEST_CASE("synthetic: random hierarchies with random overrides") {
  for (uint64_t seed = 1; seed <= 10; ++seed) {
    CAPTURE(seed);
    testing::RandomProgramShape shape;
    shape.classes = 300;
    shape.roots = 1 + uint32_t(seed % 3);
    shape.overridesPerClass = double(seed % 4);
    shape.interfaces = uint32_t(seed % 2) * 20;
    shape.interfacesPerClass = 0.5;
    shape.seed = seed;
    checkProgram("random #" + std::to_string(seed), testing::randomProgram(shape), {3.0});
  }
}

TEST_CASE("synthetic: a typical program of 1000 classes and 5000 selectors") {
  testing::RandomProgramShape shape;
  shape.classes = 1000;
  shape.roots = 1;
  shape.selectorsPerClass = 4.5;
  shape.overridesPerClass = 2.0;
  shape.interfaces = 100;
  shape.selectorsPerInterface = 5;
  shape.interfacesPerClass = 0.3;
  shape.seed = 41;
  checkProgram("typical", testing::randomProgram(shape), {3.0});
}

TEST_CASE("synthetic: worst case of 5000 classes and 20000 selectors") {
  testing::RandomProgramShape shape;
  shape.classes = 5000;
  shape.roots = 5;
  shape.selectorsPerClass = 3.5;
  shape.overridesPerClass = 3.0;
  shape.interfaces = 500;
  shape.selectorsPerInterface = 5;
  shape.interfacesPerClass = 1.0;
  shape.seed = 51;
  checkProgram("worst case", testing::randomProgram(shape), {3.0});
}

}  // namespace
}  // namespace dartc::dispatch
