// tfa::analyze: runs type-flow analysis (or Rapid Type Analysis for `--no-tfa`), times it, and
// decides which functions need stack overflow checks.
#include <chrono>

#include "analyses.h"

namespace dartc::tfa {

std::unique_ptr<FlowFacts> analyze(const kernel::Program& program, const AnalysisOptions& options) {
  auto start = std::chrono::steady_clock::now();
  auto facts = std::make_unique<FlowFacts>();
  if (options.typeFlow) {
    // Type-flow analysis runs the recursion analysis itself: stack checks may make the stack
    // overflow helper reachable, which the analysis must then see.
    runTypeFlowAnalysis(program, options, *facts);
  } else {
    runRapidTypeAnalysis(program, *facts);
    findRecursion(program, *facts);
    AnalysisStats& s = facts->stats_;
    s.keptMembers = facts->reachableMembers().size();
    s.totalMembers = facts->memberCount();
    s.keptClasses = facts->usedClasses().size();
    s.totalClasses = facts->classCount();
  }
  facts->stats_.typeFlow = options.typeFlow;
  facts->stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return facts;
}

}  // namespace dartc::tfa
