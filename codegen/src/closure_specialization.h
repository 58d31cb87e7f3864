// Specializes functions that call a closure parameter for the closure a call site passes
// (closure_specialization.cpp, docs/codegen-closures.md). Runs inside LLVM's pipeline before the
// inliner; the clones join the function table after optimization (addSpecializedFunctions).
#pragma once

#include <cstddef>
#include <functional>
#include <map>

#include <llvm/IR/Instructions.h>
#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class Module;

// Metadata kinds that mark a closure's `code` and `function` (info) fields: on the stores that
// create a closure (makeClosure) and on the loads of a closure call.
inline constexpr const char* kClosureCodeMD = "dartc.closure.code";
inline constexpr const char* kClosureInfoMD = "dartc.closure.info";
void tagClosureField(llvm::Instruction* access, const char* kind);

// A closure whose creation `f` contains: the constants its makeClosure stored.
struct KnownClosure {
  llvm::Function* code = nullptr;
  llvm::Constant* info = nullptr;
  bool operator<(const KnownClosure& o) const {
    return code != o.code ? std::less<llvm::Function*>()(code, o.code) : std::less<llvm::Constant*>()(info, o.info);
  }
};

// The closures `f` creates, by the value of each allocation (found by the tagged code and info
// stores; a value with two stores of a kind is left out), whose entry is defined and has at most
// `maxEntrySize` instructions.
std::map<llvm::Value*, KnownClosure> closuresCreatedIn(llvm::Function& f, size_t maxEntrySize);
size_t instructionCount(const llvm::Function& f);

class ClosureSpecialization : public llvm::PassInfoMixin<ClosureSpecialization> {
 public:
  llvm::PreservedAnalyses run(llvm::Module& module, llvm::ModuleAnalysisManager& am);
};

// After optimization: each clone still in the module gets the function table entry (Dart name,
// library) of the function it was cloned from, so that stack traces show its frames.
void addSpecializedFunctions(Module& m);

}  // namespace dartc::codegen
