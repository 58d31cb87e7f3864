// BoxedIntRoundTrip at the end of the pipeline, then a cleanup where it fired (issue 10, closures).
//
// The run of BoxedIntRoundTrip after the whole optimizer (emit_object.cpp) folds the box and
// unbox of the comparator's result in the specialized sort only once the clone's dynamic-call
// paths are gone, that is after the last GVN and SimplifyCFG. What the fold leaves is then never
// cleaned up: the box's "fits in a Smi" branch to an empty block stays, and so does every load
// that the deleted dartrt_box_int call (which may write memory, as far as LLVM knows) kept from
// being merged with an earlier one: the insertion sort read `a[j - 1]` twice per step, once for
// the comparison and once for the move. So where the fold fired (only there: elsewhere the
// optimizer's own passes have run after everything changed), SimplifyCFG, EarlyCSE, GVN and
// InstCombine run once more on the function.
#include "late_round_trip_cleanup.h"

#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/EarlyCSE.h>
#include <llvm/Transforms/Scalar/GVN.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>

#include "boxed_int_round_trip.h"

namespace dartc::codegen {

void addCleanupPasses(llvm::FunctionPassManager& fpm) {
  fpm.addPass(llvm::SimplifyCFGPass());
  fpm.addPass(llvm::EarlyCSEPass(/*UseMemorySSA=*/true));
  fpm.addPass(llvm::GVNPass());
  fpm.addPass(llvm::InstCombinePass());
  fpm.addPass(llvm::SimplifyCFGPass());
}

llvm::PreservedAnalyses LateBoxedIntRoundTrip::run(llvm::Function& f, llvm::FunctionAnalysisManager& am) {
  llvm::PreservedAnalyses folded = BoxedIntRoundTrip().run(f, am);
  if (folded.areAllPreserved()) return folded;
  am.invalidate(f, folded);
  llvm::FunctionPassManager cleanup;
  addCleanupPasses(cleanup);
  cleanup.run(f, am);
  return llvm::PreservedAnalyses::none();
}

}  // namespace dartc::codegen
