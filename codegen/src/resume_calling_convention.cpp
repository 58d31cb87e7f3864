// Resume functions of coroutines take LLVM's preserve_none calling convention: they save no
// callee-saved register, and the functions resuming them keep what they need across the call on
// their own stack. A hop of a pull chain of sync* generators (docs/generators.md, "The cost of a
// hop") is a resume function resuming the next one: under fastcc each resumption pushed and
// popped every callee-saved register its body uses anywhere, cold paths included (7 pushes and
// 7 pops on x86-64 for the prime sieve's filter); now it spills the two values it needs after
// the call.
//
// A calling convention must agree between every call and its callee, so the change is all or
// nothing. The only way to a resume function is the resume slot of a coroutine frame: CoroSplit
// stores the function there (its only uses besides direct calls, checked below) and only
// `_resumeCoroutine` reads it, through a call to the marker declaration (intrinsics.cpp), an
// opaque read that LLVM cannot turn into a direct call of a function whose convention is about to
// change. Every call whose callee is a marker's result is a resumption. When a marker's result
// has any other use (a phi that merged two of them, say), or a split-off function is used in any
// other way, nothing is converted: every call stays fastcc. Either way the markers become the
// loads they stand for. The C++ runtime never calls a resume function.
#include "resume_calling_convention.h"

#include <vector>

#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/TargetParser/Triple.h>

namespace dartc::codegen {

namespace {

// A function CoroSplit split off a dartc coroutine: resume, destroy or cleanup (the ramp keeps
// its own signature: it returns the function's future or state). Destroy and cleanup functions
// are never called (frames are freed by the collector) and are converted with the rest.
bool isSplitPart(const llvm::Function& f) {
  return f.hasFnAttribute(kCoroutineAttribute) && !f.isDeclaration() && !f.isPresplitCoroutine() &&
         f.getReturnType()->isVoidTy() && f.arg_size() == 1 && f.getArg(0)->getType()->isPointerTy();
}

// A use of a function inside constants that only globals nobody uses hold: CoroSplit's table of
// a coroutine's parts for llvm.coro.id (`.resumers`), dead once CoroCleanup removed coro.id, and
// still in the module at -O0.
bool onlyInDeadGlobals(const llvm::User* user) {
  if (auto* global = llvm::dyn_cast<llvm::GlobalVariable>(user)) return global->use_empty();
  if (!llvm::isa<llvm::Constant>(user) || llvm::isa<llvm::GlobalValue>(user)) return false;
  for (const llvm::User* next : user->users()) {
    if (!onlyInDeadGlobals(next)) return false;
  }
  return true;
}

}  // namespace

llvm::PreservedAnalyses ResumeCallingConvention::run(llvm::Module& m, llvm::ModuleAnalysisManager&) {
  llvm::Function* marker = m.getFunction(kResumeFunctionMarker);
  const llvm::Triple triple(m.getTargetTriple());
  bool convert = triple.getArch() == llvm::Triple::x86_64 || triple.getArch() == llvm::Triple::aarch64;

  std::vector<llvm::CallInst*> markers;
  std::vector<llvm::CallBase*> calls;  // resumptions, then direct calls of split parts
  if (marker) {
    for (llvm::User* user : marker->users()) {
      auto* call = llvm::dyn_cast<llvm::CallInst>(user);
      if (!call || call->getCalledOperand() != marker) return llvm::PreservedAnalyses::all();  // never
      markers.push_back(call);
      for (llvm::Use& use : call->uses()) {
        auto* site = llvm::dyn_cast<llvm::CallBase>(use.getUser());
        if (site && site->isCallee(&use) && site->getCallingConv() == llvm::CallingConv::Fast) {
          calls.push_back(site);
        } else {
          convert = false;
        }
      }
    }
  }
  std::vector<llvm::Function*> parts;
  for (llvm::Function& f : m) {
    if (!isSplitPart(f)) continue;
    parts.push_back(&f);
    if (f.getCallingConv() != llvm::CallingConv::Fast) convert = false;
    for (llvm::Use& use : f.uses()) {
      llvm::User* user = use.getUser();
      auto* store = llvm::dyn_cast<llvm::StoreInst>(user);
      if (store && store->getValueOperand() == &f) continue;  // into a frame's resume or destroy slot
      auto* site = llvm::dyn_cast<llvm::CallBase>(user);
      if (site && site->isCallee(&use) && site->getCallingConv() == llvm::CallingConv::Fast) {
        calls.push_back(site);
        continue;
      }
      if (onlyInDeadGlobals(user)) continue;
      convert = false;
    }
  }
  if (markers.empty() && !convert) return llvm::PreservedAnalyses::all();

  if (convert) {
    for (llvm::Function* f : parts) f->setCallingConv(llvm::CallingConv::PreserveNone);
    for (llvm::CallBase* call : calls) call->setCallingConv(llvm::CallingConv::PreserveNone);
  }
  for (llvm::CallInst* call : markers) {
    auto* load = new llvm::LoadInst(call->getType(), call->getArgOperand(0), "resume.fn", call->getIterator());
    call->replaceAllUsesWith(load);
    call->eraseFromParent();
  }
  if (marker) marker->eraseFromParent();
  return llvm::PreservedAnalyses::none();
}

}  // namespace dartc::codegen
