// LLVM's inliner with the cost of a callee's throw paths taken off the callee's cost
// (cold_path_inlining.cpp).
#pragma once

#include <llvm/IR/PassManager.h>

namespace llvm {
class BlockFrequencyInfo;
class Function;
class TargetTransformInfo;
}  // namespace llvm

namespace dartc::codegen {

// Makes the inliner of every later pipeline run with a ModuleAnalysisManager use the cold-path
// advisor. Register it on each ModuleAnalysisManager that runs LLVM's inliner: once the advisor
// plugin is registered in the process, an inliner whose manager lacks it fails.
void registerColdPathInlineAdvisor(llvm::ModuleAnalysisManager& mam);

// The inline cost, in LLVM's units, of `f`'s cold blocks: those from which no `ret` is
// reachable (every path ends in `unreachable`: a throw, a failed check) and those the branch
// weights make rare; 0 when `f` cannot return at all.
int coldPathInlineCost(const llvm::Function& f, const llvm::TargetTransformInfo& tti,
                       const llvm::BlockFrequencyInfo& frequencies);

}  // namespace dartc::codegen
