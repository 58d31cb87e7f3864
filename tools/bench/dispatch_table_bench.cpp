// Times the dispatch table's placement on the synthetic hierarchies of the unit tests (typical
// and worst-case program shapes). Run: build/tools/bench/dispatch_table_bench
#include <chrono>
#include <cstdio>

#include "dispatch_table/dispatch_table.h"
#include "synthetic_program.h"

using namespace dartc::dispatch;

int main() {
  struct Case {
    const char* name;
    testing::SyntheticProgram program;
  };
  std::vector<Case> cases;
  testing::RandomProgramShape typical;
  typical.classes = 1000;
  typical.selectorsPerClass = 4.5;
  typical.overridesPerClass = 2.0;
  typical.interfaces = 100;
  typical.selectorsPerInterface = 5;
  typical.interfacesPerClass = 0.5;
  cases.push_back({"typical: 1000 classes", testing::randomProgram(typical)});
  testing::RandomProgramShape large;
  large.classes = 5000;
  large.roots = 5;
  large.selectorsPerClass = 3.5;
  large.overridesPerClass = 3.0;
  large.interfaces = 500;
  large.selectorsPerInterface = 5;
  large.interfacesPerClass = 1.0;
  cases.push_back({"large: 5000 classes", testing::randomProgram(large)});
  for (Case& c : cases) {
    ClassIds ids = assignClassIds(c.program.hierarchy);
    testing::Answers answers = testing::resolveAnswers(c.program);
    std::vector<SelectorInput> inputs = testing::selectorInputs(c.program, ids, answers);
    double best = 1e9;
    size_t size = 0;
    for (int run = 0; run < 5; ++run) {
      auto start = std::chrono::steady_clock::now();
      DispatchTable table = buildDispatchTable(inputs);
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (s < best) best = s;
      size = table.size();
    }
    std::printf("%-40s %8.2f ms (best of 5), %zu slots\n", c.name, best * 1e3, size);
  }
  return 0;
}
