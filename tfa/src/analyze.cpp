// tfa::analyze: runs type-flow analysis (or Rapid Type Analysis for `--no-tfa`), times it, and
// decides which functions need stack overflow checks.
#include <chrono>

#include "analyses.h"

namespace dartc::tfa {

namespace {

// `Function.apply`'s intrinsic (core/object.dart): it calls any closure with any arguments, which
// type-flow analysis does not model.
const kernel::Procedure* applyFunctionIntrinsic(const kernel::Program& program) {
  for (const kernel::Library* lib : program.libraries) {
    if (!lib->isCore) continue;
    for (const kernel::Class* c : lib->classes) {
      if (c->name != "Function") continue;
      for (const kernel::Procedure* p : c->procedures) {
        if (p->name == "_applyFunction") return p;
      }
    }
  }
  return nullptr;
}

}  // namespace

std::unique_ptr<FlowFacts> analyze(const kernel::Program& program, const AnalysisOptions& options) {
  auto start = std::chrono::steady_clock::now();
  auto facts = std::make_unique<FlowFacts>();
  bool typeFlow = options.typeFlow;
  if (typeFlow) {
    // Type-flow analysis runs the recursion analysis itself: stack checks may make the stack
    // overflow helper reachable, which the analysis must then see.
    runTypeFlowAnalysis(program, options, *facts);
    // A program that may call Function.apply passes closures arguments the analysis cannot see:
    // its facts would be unsound, so Rapid Type Analysis decides instead.
    const kernel::Procedure* apply = applyFunctionIntrinsic(program);
    if (apply && facts->mayRun(apply)) {
      facts = std::make_unique<FlowFacts>();
      typeFlow = false;
    }
  }
  if (!typeFlow) {
    runRapidTypeAnalysis(program, *facts);
    findRecursion(program, *facts);
    AnalysisStats& s = facts->stats_;
    s.keptMembers = facts->reachableMembers().size();
    s.totalMembers = facts->memberCount();
    s.keptClasses = facts->usedClasses().size();
    s.totalClasses = facts->classCount();
  }
  facts->stats_.typeFlow = typeFlow;
  facts->stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return facts;
}

}  // namespace dartc::tfa
