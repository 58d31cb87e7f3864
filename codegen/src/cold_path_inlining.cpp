// LLVM's inliner counts every reachable instruction of a callee against the threshold (225 at
// -O2), the cold paths too. Dart code has many of those: each list access has a bounds check
// whose failure calls _throwRangeError, each function a stack check whose failure calls
// _throwStackOverflow, a `throw StateError(...)` is an inline allocation, a constructor call
// and dartrt_throw, and the write barrier's slow path and the unlikely side of a class-id guard
// carry branch weights that make them rare. A small method such as towers' pushDisk (6 loads and
// 2 stores on the path that returns) cost 605 that way, 465 of it cold, so it stayed a call in
// every caller, with its prologue, epilogue and stack check.
//
// This advisor is LLVM's default one with the callee's cold cost (the estimated inline cost of
// its reachable blocks from which no `ret` is reachable or that run under 2 % as often as its
// entry) added to the default threshold of the call site: what is weighed against the
// threshold is then, roughly, the hot path. The bonus is capped, so a callee's cold code is
// copied into a caller only up to a bounded size. Call sites LLVM itself deems cold (in a block
// ending in `unreachable`, or rarely run) take the minimum of the raised threshold and their own
// small one, so they get nothing. A callee that cannot return at all gets no bonus.
//
// Inlining preserves semantics whatever the advice, so this only moves where code goes; the
// stack check and bounds checks a callee brings along are simplified by the passes that already
// run after inlining (stack_check_elimination.cpp, InstCombine, GVN). docs/codegen-inlining.md.
#include "cold_path_inlining.h"

#include <algorithm>

#include <llvm/ADT/DepthFirstIterator.h>
#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/Analysis/AssumptionCache.h>
#include <llvm/Analysis/BlockFrequencyInfo.h>
#include <llvm/Analysis/InlineAdvisor.h>
#include <llvm/Analysis/InlineCost.h>
#include <llvm/Analysis/OptimizationRemarkEmitter.h>
#include <llvm/Analysis/ProfileSummaryInfo.h>
#include <llvm/Analysis/TargetLibraryInfo.h>
#include <llvm/Analysis/TargetTransformInfo.h>
#include <llvm/IR/CFG.h>
#include <llvm/IR/DiagnosticInfo.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

namespace dartc::codegen {

namespace {

// LLVM's defaults for `-inline-instr-cost` and `-inline-call-penalty`.
constexpr int kInstrCost = 5;
constexpr int kCallPenalty = 25;
// At most this much cold code (about 180 instructions) is let in per inlined call site.
constexpr int kMaxColdBonus = 900;
// A block run less often than this percentage of the function's entries is cold, as a call
// site is for LLVM's inliner (its `-cold-callsite-rel-freq`).
constexpr int kColdRelativeFrequency = 2;

int instructionCost(const llvm::Instruction& inst, const llvm::TargetTransformInfo& tti) {
  if (auto* br = llvm::dyn_cast<llvm::BranchInst>(&inst)) return br->isConditional() ? kInstrCost : 0;
  if (llvm::isa<llvm::UnreachableInst>(inst)) return 0;
  if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst); call && !llvm::isa<llvm::IntrinsicInst>(call)) {
    // The call, its argument setup and the penalty, as InlineCost counts them.
    return kInstrCost + kCallPenalty + kInstrCost * static_cast<int>(call->arg_size());
  }
  return tti.getInstructionCost(&inst, llvm::TargetTransformInfo::TCK_SizeAndLatency) ==
                 llvm::TargetTransformInfo::TCC_Free
             ? 0
             : kInstrCost;
}

class ColdPathInlineAdvisor : public llvm::InlineAdvisor {
 public:
  ColdPathInlineAdvisor(llvm::Module& m, llvm::FunctionAnalysisManager& fam, llvm::InlineParams params,
                        llvm::InlineContext ic)
      : llvm::InlineAdvisor(m, fam, ic), params_(params) {}

 private:
  // DefaultInlineAdvisor's, with the threshold of each call site raised by its callee's cold
  // cost.
  std::unique_ptr<llvm::InlineAdvice> getAdviceImpl(llvm::CallBase& cb) override {
    llvm::Function& caller = *cb.getCaller();
    llvm::OptimizationRemarkEmitter& ore = FAM.getResult<llvm::OptimizationRemarkEmitterAnalysis>(caller);
    llvm::ProfileSummaryInfo* psi = FAM.getResult<llvm::ModuleAnalysisManagerFunctionProxy>(caller)
                                        .getCachedResult<llvm::ProfileSummaryAnalysis>(*caller.getParent());
    auto assumptions = [&](llvm::Function& f) -> llvm::AssumptionCache& {
      return FAM.getResult<llvm::AssumptionAnalysis>(f);
    };
    auto frequencies = [&](llvm::Function& f) -> llvm::BlockFrequencyInfo& {
      return FAM.getResult<llvm::BlockFrequencyAnalysis>(f);
    };
    auto libraryInfo = [&](llvm::Function& f) -> const llvm::TargetLibraryInfo& {
      return FAM.getResult<llvm::TargetLibraryAnalysis>(f);
    };
    // Also asked about the calls of the caller when LLVM weighs deferring this inlining.
    auto inlineCost = [&](llvm::CallBase& site) {
      llvm::Function& callee = *site.getCalledFunction();
      llvm::TargetTransformInfo& tti = FAM.getResult<llvm::TargetIRAnalysis>(callee);
      llvm::InlineParams params = params_;
      if (!callee.isDeclaration()) {
        params.DefaultThreshold += std::min(coldPathInlineCost(callee, tti, frequencies(callee)), kMaxColdBonus);
      }
      bool remarks = callee.getContext().getDiagHandlerPtr()->isMissedOptRemarkEnabled("inline");
      return llvm::getInlineCost(site, params, tti, assumptions, libraryInfo, frequencies, psi,
                                 remarks ? &ore : nullptr);
    };
    std::optional<llvm::InlineCost> cost =
        llvm::shouldInline(cb, inlineCost, ore, params_.EnableDeferral.value_or(false));
    return std::make_unique<llvm::DefaultInlineAdvice>(this, cb, cost, ore);
  }

  llvm::InlineParams params_;
};

llvm::InlineAdvisor* makeAdvisor(llvm::Module& m, llvm::FunctionAnalysisManager& fam, llvm::InlineParams params,
                                 llvm::InlineContext ic) {
  return new ColdPathInlineAdvisor(m, fam, params, ic);
}

}  // namespace

int coldPathInlineCost(const llvm::Function& f, const llvm::TargetTransformInfo& tti,
                       const llvm::BlockFrequencyInfo& frequencies) {
  if (f.isDeclaration()) return 0;
  // The blocks from which a `ret` is reachable, walking back from each.
  llvm::SmallPtrSet<const llvm::BasicBlock*, 32> returning;
  llvm::SmallVector<const llvm::BasicBlock*, 32> work;
  for (const llvm::BasicBlock& bb : f) {
    if (llvm::isa<llvm::ReturnInst>(bb.getTerminator()) && returning.insert(&bb).second) work.push_back(&bb);
  }
  if (work.empty()) return 0;
  while (!work.empty()) {
    const llvm::BasicBlock* bb = work.pop_back_val();
    for (const llvm::BasicBlock* pred : llvm::predecessors(bb)) {
      if (returning.insert(pred).second) work.push_back(pred);
    }
  }
  // The cold blocks the inliner would see: reachable from the entry, and either not returning
  // or rarely run by the branch weights (a barrier's slow path, a class-id guard's unlikely
  // side).
  const llvm::BranchProbability rare(kColdRelativeFrequency, 100);
  const llvm::BlockFrequency rarelyRun = frequencies.getEntryFreq() * rare;
  int cost = 0;
  for (const llvm::BasicBlock* bb : llvm::depth_first(&f.getEntryBlock())) {
    if (returning.contains(bb) && !(frequencies.getBlockFreq(bb) < rarelyRun)) continue;
    for (const llvm::Instruction& inst : *bb) cost += instructionCost(inst, tti);
  }
  return cost;
}

void registerColdPathInlineAdvisor(llvm::ModuleAnalysisManager& mam) {
  mam.registerPass([] { return llvm::PluginInlineAdvisorAnalysis(&makeAdvisor); });
}

}  // namespace dartc::codegen
