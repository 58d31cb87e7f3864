// Closure specialization: a function that calls a closure it receives as a parameter (a
// comparator for `_Sort._doSort`, the callback of a user-written `forEach`) makes an indirect
// call per element, which LLVM can neither inline nor see through unless it inlines the
// higher-order function itself (impossible for a recursive sort, too costly for a `forEach`
// with a type test). Where a call site passes a closure created in the calling function, the
// code and the function info of that closure are known: this pass clones the callee for them,
// replaces the clone's loads of the parameter's `code` and `function` fields by those constants
// (the shape test folds, the call becomes direct and inlinable), and redirects the calls in
// the clone that pass the parameter on (the sort's recursion) to clones of their own.
//
// Why it is safe: a closure's fields are written once, by makeClosure, before the closure can
// be used, and never change (the same fact that lets closure calls load them invariantly). Only
// the SSA value of the parameter itself is trusted: a parameter reassigned in Dart code is a
// different value (a phi) and keeps the generic call. The call sites and loads are recognized by
// metadata codegen puts on exactly those stores and loads, never by their shape alone.
#include "closure_specialization.h"

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Module.h>
#include <llvm/Transforms/Utils/Cloning.h>

#include "clone_inlining.h"
#include "dartrt/abi.h"
#include "module.h"
#include "stack_check_elimination.h"
#include "tables.h"

namespace dartc::codegen {

namespace {

constexpr const char* kSpecializedFrom = "dartc.specialized-from";
// Limits on code growth: the largest function cloned (instructions, before inlining), the
// largest closure body worth it (a larger one is not inlined anyway), and the module's total.
constexpr size_t kMaxCloneSize = 2500;
constexpr size_t kMaxClosureSize = 200;
constexpr size_t kBudget = 40000;

// The field a tagged access reads or writes, if it is one of `base`'s own: nullptr otherwise.
llvm::Value* fieldBase(llvm::Value* pointer, const llvm::DataLayout& dl, int64_t expectedOffset) {
  int64_t offset = 0;
  llvm::Value* base = llvm::GetPointerBaseWithConstantOffset(pointer, offset, dl);
  return offset == expectedOffset ? base : nullptr;
}

bool specializable(const llvm::Function* f) {
  return f && !f->isDeclaration() && f->hasLocalLinkage() && !f->hasFnAttribute(llvm::Attribute::NoInline) &&
         !f->hasFnAttribute(llvm::Attribute::OptimizeNone) && !f->isPresplitCoroutine() && !f->isVarArg();
}

class Specializer {
 public:
  explicit Specializer(llvm::Module& module)
      : module_(module), dl_(module.getDataLayout()) {}

  bool run() {
    findCallingParameters();
    if (calling_.empty()) return false;
    std::vector<llvm::Function*> functions;
    for (llvm::Function& f : module_) {
      if (!f.isDeclaration()) functions.push_back(&f);
    }
    bool changed = false;
    for (llvm::Function* caller : functions) {
      std::map<llvm::Value*, KnownClosure> created = closuresCreatedIn(*caller, kMaxClosureSize);
      if (created.empty()) continue;
      for (llvm::Instruction& inst : llvm::instructions(*caller)) {
        auto* call = llvm::dyn_cast<llvm::CallBase>(&inst);
        if (!call) continue;
        llvm::Function* callee = call->getCalledFunction();
        if (!callee || callee->getFunctionType() != call->getFunctionType()) continue;
        for (unsigned i = 0; i < call->arg_size(); ++i) {
          auto known = created.find(call->getArgOperand(i));
          if (known == created.end() || !calling_.count({callee, i})) continue;
          if (llvm::Function* clone = specialize(callee, i, known->second)) {
            call->setCalledFunction(clone);
            changed = true;
            break;
          }
        }
      }
    }
    return changed;
  }

 private:
  // The parameters (function, index) whose closure a function calls, itself or through the
  // functions it passes the parameter to.
  void findCallingParameters() {
    std::map<std::pair<llvm::Function*, unsigned>, std::vector<std::pair<llvm::Function*, unsigned>>> passedTo;
    std::vector<std::pair<llvm::Function*, unsigned>> work;
    for (llvm::Function& f : module_) {
      if (!specializable(&f)) continue;
      for (llvm::Instruction& inst : llvm::instructions(f)) {
        // A call through the `code` field of a parameter: the closure call of callClosure.
        if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst); call && !call->getCalledFunction()) {
          auto* load = llvm::dyn_cast<llvm::LoadInst>(call->getCalledOperand());
          auto* arg = load ? llvm::dyn_cast_or_null<llvm::Argument>(fieldBase(load->getPointerOperand(), dl_, offsetof(DartClosure, code)))
                           : nullptr;
          if (arg && calling_.insert({&f, arg->getArgNo()}).second) work.push_back({&f, arg->getArgNo()});
        }
        if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst)) {
          llvm::Function* callee = call->getCalledFunction();
          if (!specializable(callee) || callee->getFunctionType() != call->getFunctionType()) continue;
          for (unsigned i = 0; i < call->arg_size(); ++i) {
            if (auto* arg = llvm::dyn_cast<llvm::Argument>(call->getArgOperand(i))) {
              passedTo[{callee, i}].push_back({&f, arg->getArgNo()});
            }
          }
        }
      }
    }
    while (!work.empty()) {
      auto param = work.back();
      work.pop_back();
      for (const auto& caller : passedTo[param]) {
        if (calling_.insert(caller).second) work.push_back(caller);
      }
    }
  }

  llvm::Function* specialize(llvm::Function* f, unsigned param, const KnownClosure& closure) {
    auto key = std::make_tuple(f, param, closure);
    auto done = clones_.find(key);
    if (done != clones_.end()) return done->second;
    size_t size = instructionCount(*f);
    if (!specializable(f) || size > kMaxCloneSize || spent_ + size > kBudget) return clones_[key] = nullptr;
    spent_ += size;
    llvm::ValueToValueMapTy map;
    llvm::Function* clone = llvm::CloneFunction(f, map);
    clone->setName(f->getName() + ".for." + closure.code->getName());
    auto from = origins_.find(f);
    std::string origin = from != origins_.end() ? from->second : f->getName().str();
    origins_[clone] = origin;
    // Recorded for addSpecializedFunctions, also when the clone is later inlined and deleted.
    llvm::LLVMContext& ctx = module_.getContext();
    module_.getOrInsertNamedMetadata(kSpecializedFrom)
        ->addOperand(llvm::MDTuple::get(ctx, {llvm::MDString::get(ctx, clone->getName()), llvm::MDString::get(ctx, origin)}));
    // The line table finds a function's own frames by its debug info name (line_table.cpp).
    if (llvm::DISubprogram* sp = clone->getSubprogram(); sp && sp->isDistinct() && sp != f->getSubprogram()) {
      sp->replaceOperandWith(2, llvm::MDString::get(ctx, clone->getName()));
    }
    clones_[key] = clone;  // before the body: the recursion finds it
    made_.push_back(clone);
    llvm::Argument* arg = clone->getArg(param);
    std::vector<llvm::LoadInst*> loads;
    std::vector<std::pair<llvm::CallBase*, unsigned>> passes;
    for (llvm::Instruction& inst : llvm::instructions(*clone)) {
      // Every load of the parameter's code or function field (not only the tagged ones:
      // LLVM drops unknown metadata when it merges loads): the closure's fields never change.
      if (auto* load = llvm::dyn_cast<llvm::LoadInst>(&inst)) {
        if (load->getType()->isPointerTy() && !load->isVolatile() &&
            (fieldBase(load->getPointerOperand(), dl_, offsetof(DartClosure, code)) == arg ||
             fieldBase(load->getPointerOperand(), dl_, offsetof(DartClosure, function)) == arg)) {
          loads.push_back(load);
        }
      } else if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst)) {
        llvm::Function* callee = call->getCalledFunction();
        if (!callee || callee->getFunctionType() != call->getFunctionType()) continue;
        for (unsigned i = 0; i < call->arg_size(); ++i) {
          if (call->getArgOperand(i) == arg && calling_.count({callee, i})) {
            passes.push_back({call, i});
            break;
          }
        }
      }
    }
    for (llvm::LoadInst* load : loads) {
      bool isCode = fieldBase(load->getPointerOperand(), dl_, offsetof(DartClosure, code)) == arg;
      llvm::Constant* value = isCode ? static_cast<llvm::Constant*>(closure.code) : closure.info;
      load->replaceAllUsesWith(value);
      load->eraseFromParent();
    }
    for (auto [call, i] : passes) {
      llvm::Function* callee = call->getCalledFunction();
      if (llvm::Function* specialized = specialize(callee, i, closure)) call->setCalledFunction(specialized);
    }
    // The pass runs after LLVM's inliner, so it inlines the now direct closure calls itself.
    std::vector<llvm::CallBase*> direct;
    for (llvm::User* user : closure.code->users()) {
      auto* call = llvm::dyn_cast<llvm::CallBase>(user);
      if (call && call->getFunction() == clone && call->getCalledOperand() == closure.code &&
          call->getFunctionType() == closure.code->getFunctionType() && !closure.code->hasFnAttribute(llvm::Attribute::NoInline)) {
        direct.push_back(call);
      }
    }
    for (llvm::CallBase* call : direct) {
      llvm::InlineFunctionInfo info;
      llvm::InlineFunction(*call, info);
    }
    // The closure's body now appears once per call site: its throws must stay apart, or the
    // code generator merges them and the merged position loses the stack trace's frames.
    if (!direct.empty()) {
      inlinedInto_.push_back(clone);
      for (llvm::Instruction& inst : llvm::instructions(*clone)) {
        auto* call = llvm::dyn_cast<llvm::CallBase>(&inst);
        if (call && llvm::isa<llvm::UnreachableInst>(call->getNextNode())) call->addFnAttr(llvm::Attribute::NoMerge);
      }
    }
    return clone;
  }

  llvm::Module& module_;
  const llvm::DataLayout& dl_;
  std::set<std::pair<llvm::Function*, unsigned>> calling_;
  std::map<std::tuple<llvm::Function*, unsigned, KnownClosure>, llvm::Function*> clones_;
  std::map<llvm::Function*, std::string> origins_;
  std::vector<llvm::Function*> made_;  // the clones, in the order they were made (deterministic)

 public:
  // The clones made, in the order they were made.
  const std::vector<llvm::Function*>& clones() const { return made_; }
  std::vector<llvm::Function*> inlinedInto_;  // clones that received closure bodies  // clone: the LLVM name of the function cloned
  size_t spent_ = 0;
};

}  // namespace

std::map<llvm::Value*, KnownClosure> closuresCreatedIn(llvm::Function& f, size_t maxEntrySize) {
  const llvm::DataLayout& dl = f.getParent()->getDataLayout();
  unsigned codeKind = f.getContext().getMDKindID(kClosureCodeMD);
  unsigned infoKind = f.getContext().getMDKindID(kClosureInfoMD);
  std::map<llvm::Value*, KnownClosure> found;
  std::set<llvm::Value*> ambiguous;
  for (llvm::Instruction& inst : llvm::instructions(f)) {
    auto* store = llvm::dyn_cast<llvm::StoreInst>(&inst);
    if (!store) continue;
    bool isCode = store->getMetadata(codeKind) != nullptr;
    bool isInfo = store->getMetadata(infoKind) != nullptr;
    if (!isCode && !isInfo) continue;
    llvm::Value* base = fieldBase(store->getPointerOperand(), dl,
                                  isCode ? offsetof(DartClosure, code) : offsetof(DartClosure, function));
    if (!base) continue;
    KnownClosure& k = found[base];
    if (isCode) {
      auto* code = llvm::dyn_cast<llvm::Function>(store->getValueOperand());
      if (!code || k.code) ambiguous.insert(base);
      k.code = code;
    } else {
      auto* info = llvm::dyn_cast<llvm::Constant>(store->getValueOperand());
      if (!info || k.info) ambiguous.insert(base);
      k.info = info;
    }
  }
  for (auto it = found.begin(); it != found.end();) {
    bool usable = !ambiguous.count(it->first) && it->second.code && it->second.info &&
                  !it->second.code->isDeclaration() && instructionCount(*it->second.code) <= maxEntrySize;
    it = usable ? std::next(it) : found.erase(it);
  }
  return found;
}

size_t instructionCount(const llvm::Function& f) {
  size_t n = 0;
  for (const llvm::BasicBlock& bb : f) n += bb.size();
  return n;
}

void tagClosureField(llvm::Instruction* access, const char* kind) {
  access->setMetadata(kind, llvm::MDNode::get(access->getContext(), {}));
}

llvm::PreservedAnalyses ClosureSpecialization::run(llvm::Module& module, llvm::ModuleAnalysisManager& am) {
  Specializer specializer(module);
  if (!specializer.run()) return llvm::PreservedAnalyses::all();
  // The inlined closures brought their stack checks, which the clone's own check decides (the
  // pipeline's run of this elimination is over by now).
  llvm::FunctionAnalysisManager& fam = am.getResult<llvm::FunctionAnalysisManagerModuleProxy>(module).getManager();
  for (llvm::Function* clone : specializer.inlinedInto_) {
    RedundantStackCheckElimination().run(*clone, fam);
    fam.invalidate(*clone, llvm::PreservedAnalyses::none());
  }
  inlineSingleCallerClones(specializer.clones(), fam);
  return llvm::PreservedAnalyses::none();
}

void addSpecializedFunctions(Module& m) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < m.functionTableNames.size(); ++i) index.emplace(m.functionTableNames[i], i);
  llvm::NamedMDNode* clones = m.module.getNamedMetadata(kSpecializedFrom);
  if (!clones) return;
  for (llvm::MDNode* clone : clones->operands()) {
    auto origin = index.find(llvm::cast<llvm::MDString>(clone->getOperand(1))->getString().str());
    if (origin == index.end()) continue;
    addFunctionTableCopy(m, origin->second, llvm::cast<llvm::MDString>(clone->getOperand(0))->getString().str());
  }
  clones->eraseFromParent();
}

}  // namespace dartc::codegen
