#include "emit_object.h"
#include "aligned_constant_folding.h"
#include "allocated_class_ids.h"
#include "allocation_elimination.h"
#include "barrier_elimination.h"
#include "boxed_int_round_trip.h"
#include "closure_specialization.h"
#include "cold_path_inlining.h"
#include "decrement_compare_folding.h"
#include "known_closure_inlining.h"
#include "late_round_trip_cleanup.h"
#include "resume_calling_convention.h"
#include "stack_check_elimination.h"
#include "type_args_folding.h"
#include "unboxed_int_rebox.h"

#include <chrono>
#include <cstdlib>

#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/PassManager.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Passes/StandardInstrumentations.h>
#include <llvm/Support/CommandLine.h>
#include <llvm/Transforms/Coroutines/CoroCleanup.h>
#include <llvm/Transforms/Coroutines/CoroEarly.h>
#include <llvm/Transforms/Coroutines/CoroSplit.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Triple.h>

namespace dartc::codegen {

std::string targetTriple(TargetArch arch) {
  return arch == TargetArch::X64 ? "x86_64-unknown-linux-gnu" : "aarch64-unknown-linux-gnu";
}

namespace {

bool llvmArgsGiven() { return std::getenv("DARTC_LLVM_ARGS") != nullptr; }

void initializeTargets() {
  static bool done = false;
  if (done) return;
  done = true;
  LLVMInitializeX86TargetInfo();
  LLVMInitializeX86Target();
  LLVMInitializeX86TargetMC();
  LLVMInitializeX86AsmPrinter();
  LLVMInitializeAArch64TargetInfo();
  LLVMInitializeAArch64Target();
  LLVMInitializeAArch64TargetMC();
  LLVMInitializeAArch64AsmPrinter();
  // LLVM's own options for the people who work on dartc, like clang's -mllvm:
  // DARTC_LLVM_ARGS="-time-passes" shows where an -O2 compile spends its time
  // (docs/compile-time.md). Not a user-facing flag: the options are LLVM's and may change.
  if (llvmArgsGiven()) {
    const char* argv0[] = {"dartc"};
    llvm::cl::ParseCommandLineOptions(1, argv0, "", nullptr, "DARTC_LLVM_ARGS");
  }
}

std::unique_ptr<llvm::TargetMachine> makeTargetMachine(TargetArch arch, int optLevel, std::string& error) {
  initializeTargets();
  std::string triple = targetTriple(arch);
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) return nullptr;
  llvm::TargetOptions options;
  llvm::CodeGenOptLevel level = optLevel == 0 ? llvm::CodeGenOptLevel::None
                                : optLevel == 1 ? llvm::CodeGenOptLevel::Less
                                : optLevel == 2 ? llvm::CodeGenOptLevel::Default
                                                : llvm::CodeGenOptLevel::Aggressive;
  // A portable baseline CPU: the executable runs on any machine of the architecture.
  const char* cpu = arch == TargetArch::X64 ? "x86-64" : "generic";
  return std::unique_ptr<llvm::TargetMachine>(
      target->createTargetMachine(triple, cpu, "", options, llvm::Reloc::PIC_, std::nullopt, level));
}

bool emitWith(llvm::TargetMachine& tm, llvm::Module& module, std::vector<char>& object, std::string& error) {
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream os(buffer);
  llvm::legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, os, nullptr, llvm::CodeGenFileType::ObjectFile)) {
    error = "the target can't emit object files";
    return false;
  }
  pm.run(module);
  object.assign(buffer.begin(), buffer.end());
  return true;
}

}  // namespace

bool configureTarget(llvm::Module& module, TargetArch arch, std::string& error) {
  auto tm = makeTargetMachine(arch, 2, error);
  if (!tm) return false;
  module.setTargetTriple(targetTriple(arch));
  module.setDataLayout(tm->createDataLayout());
  return true;
}

bool optimize(llvm::Module& module, const Options& options, Output& out, std::string& error) {
  auto tm = makeTargetMachine(options.arch, options.optLevel, error);
  if (!tm) return false;
  auto start = std::chrono::steady_clock::now();
  bool hasCoroutines = false;
  for (const llvm::Function& f : module) hasCoroutines |= f.isPresplitCoroutine();
  if (options.optLevel == 0 && hasCoroutines) {
    // Async functions are LLVM coroutines (docs/async.md): they must be split even at -O0.
    llvm::LoopAnalysisManager lam;
    llvm::FunctionAnalysisManager fam;
    llvm::CGSCCAnalysisManager cgam;
    llvm::ModuleAnalysisManager mam;
    llvm::PassBuilder pb(tm.get());
    pb.registerModuleAnalyses(mam);
    pb.registerCGSCCAnalyses(cgam);
    pb.registerFunctionAnalyses(fam);
    pb.registerLoopAnalyses(lam);
    pb.crossRegisterProxies(lam, fam, cgam, mam);
    llvm::ModulePassManager mpm;
    mpm.addPass(llvm::CoroEarlyPass());
    mpm.addPass(llvm::createModuleToPostOrderCGSCCPassAdaptor(llvm::CoroSplitPass(false)));
    mpm.addPass(llvm::CoroCleanupPass());
    mpm.addPass(ResumeCallingConvention());
    mpm.run(module, mam);
  }
  if (options.optLevel > 0) {
    llvm::LoopAnalysisManager lam;
    llvm::FunctionAnalysisManager fam;
    llvm::CGSCCAnalysisManager cgam;
    llvm::ModuleAnalysisManager mam;
    // The instrumentation that -time-passes, -print-after and the like report through; only
    // when DARTC_LLVM_ARGS asks, since its callbacks run around every pass.
    llvm::PassInstrumentationCallbacks pic;
    llvm::StandardInstrumentations si(module.getContext(), false);
    bool instrument = llvmArgsGiven();
    if (instrument) si.registerCallbacks(pic, &mam);
    llvm::PassBuilder pb(tm.get(), llvm::PipelineTuningOptions(), std::nullopt, instrument ? &pic : nullptr);
    pb.registerModuleAnalyses(mam);
    pb.registerCGSCCAnalyses(cgam);
    pb.registerFunctionAnalyses(fam);
    pb.registerLoopAnalyses(lam);
    pb.crossRegisterProxies(lam, fam, cgam, mam);
    // Throw paths do not count against inlining a callee (cold_path_inlining.cpp).
    registerColdPathInlineAdvisor(mam);
    llvm::OptimizationLevel level = options.optLevel == 1 ? llvm::OptimizationLevel::O1
                                    : options.optLevel == 2 ? llvm::OptimizationLevel::O2
                                                            : llvm::OptimizationLevel::O3;
    // After each InstCombine of the simplification pipeline, so after inlining and before the
    // loop passes that profit.
    pb.registerPeepholeEPCallback([](llvm::FunctionPassManager& fpm, llvm::OptimizationLevel) {
      fpm.addPass(AllocatedClassIdFolding());
      fpm.addPass(AlignedConstantFolding());
      fpm.addPass(BoxedIntRoundTrip());
      fpm.addPass(UnboxedIntRebox());
      fpm.addPass(RedundantStackCheckElimination());
      fpm.addPass(ConstantStoreBarrierElimination());
      fpm.addPass(DecrementCompareFolding());
      fpm.addPass(ConstantTypeArgsFolding());
      fpm.addPass(NonEscapingAllocationElimination());
    });
    // After the inliner: the closures are created in the functions that call the higher-order
    // function once library wrappers such as `List.sort` are inlined.
    pb.registerOptimizerEarlyEPCallback([](llvm::ModulePassManager& mpm, llvm::OptimizationLevel) {
      mpm.addPass(ClosureSpecialization());
      // Closures made and called in the same function, then the closures they call.
      mpm.addPass(KnownClosureInlining());
    });
    // Once every coroutine is split and nothing inlines any more.
    pb.registerOptimizerLastEPCallback([](llvm::ModulePassManager& mpm, llvm::OptimizationLevel) {
      mpm.addPass(ResumeCallingConvention());
    });
    // The closure entries ClosureSpecialization inlined return boxed ints that their callers
    // unbox; the clones' dynamic-call paths, which also produce the word, are gone only after
    // the optimizer's own InstCombine and SimplifyCFG, so this runs once more at the end (and
    // cleans up the functions where it fired, late_round_trip_cleanup.cpp).
    pb.registerOptimizerLastEPCallback([](llvm::ModulePassManager& mpm, llvm::OptimizationLevel) {
      mpm.addPass(llvm::createModuleToFunctionPassAdaptor(LateBoxedIntRoundTrip()));
    });
    llvm::ModulePassManager mpm = pb.buildPerModuleDefaultPipeline(level);
    mpm.run(module, mam);
  }
  out.optimizeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return true;
}

bool emit(llvm::Module& module, const Options& options, Output& out, std::string& error) {
  auto tm = makeTargetMachine(options.arch, options.optLevel, error);
  if (!tm) return false;
  auto start = std::chrono::steady_clock::now();
  if (options.wantLLVMIR) {
    llvm::raw_string_ostream os(out.llvmIR);
    module.print(os, nullptr);
  }
  if (!emitWith(*tm, module, out.object, error)) return false;
  out.emitSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return true;
}

bool emitUnoptimized(llvm::Module& module, TargetArch arch, std::vector<char>& object, std::string& error) {
  auto tm = makeTargetMachine(arch, 0, error);
  return tm && emitWith(*tm, module, object, error);
}

}  // namespace dartc::codegen
