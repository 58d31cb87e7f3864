// Virtual calls with few implementations become a switch on the receiver's class id (issue 10,
// branch deltablue). deltablue's `c.execute()` on a Vector of four constraint classes went through
// the dispatch table: an indirect call LLVM can neither inline nor see through, so the loop
// around it reloaded everything after each call. When every class that can be the receiver (a
// concrete subtype of the receiver's static class type) has its own entry in the table, and
// there are few of them, each class id gets a direct call of exactly the stub its table slot
// holds, and LLVM inlines the small ones. The switch calls, for every class id, what the table
// would have called. When a class that may have instances is not a case, the table call is the
// default; when the cases cover every class with instances (branch deltablue4), the default is
// unreachable, which rests on the facts the table itself is built from (sound static types, the
// analysis's allocated classes). (The Dart VM's AOT compiler makes the same kind of class-id
// tests from type feedback; here the set is the program's classes.)
#include <llvm/IR/MDBuilder.h>

#include <algorithm>

#include "function_lowering.h"
#include "module.h"
#include "tables.h"

namespace dartc::codegen {

using namespace kernel;

namespace {
// Beyond these the compares cost more than the indirect call they replace.
constexpr size_t kMaxSwitchClasses = 8;
constexpr size_t kMaxSwitchTargets = 4;
}  // namespace

std::optional<llvm::Value*> FunctionLowering::callByClassIdSwitch(const tfa::Selector& s, const DartType* receiverType,
                                                                  int64_t offset, llvm::Value* cid,
                                                                  const std::vector<llvm::Value*>& values,
                                                                  llvm::FunctionType* type) {
  if (!receiverType || receiverType->kind != TypeKind::Interface) return std::nullopt;
  const Class* bound = static_cast<const InterfaceType*>(receiverType)->cls;
  // Only for the program's own class hierarchies. The core library's (List, Iterator, Iterable)
  // have many classes whose members the inliner then weighs together: a switch over the list
  // classes inside the lazy iterables made `where`/`map` chains too big to inline (codegen-ir
  // where-map-tolist-inline), while those calls already fold when the receiver's class is known.
  if (!bound->library || bound->library->isCore) return std::nullopt;
  const std::vector<const dispatch::TableEntry*>& slots = tableSlots(m_);
  std::vector<std::pair<int64_t, llvm::Function*>> cases;
  std::vector<llvm::Function*> targets;
  // Whether the cases cover every class an object of the receiver's type can have.
  bool exhaustive = true;
  const std::vector<const Class*>& byCid = m_.layout.classesByCid();
  for (size_t id = 0; id < byCid.size(); ++id) {
    const Class* c = byCid[id];
    // (No object has an abstract class's class id.)
    if (!c || c->isAbstract || !Module::isSubclassOrImplements(c, bound)) continue;
    size_t index = id + static_cast<size_t>(offset);
    const dispatch::TableEntry* e = index < slots.size() ? slots[index] : nullptr;
    // A slot not holding this class's own implementation (the row of another selector, or
    // nothing) is left to the table. A class without instances (not allocated, not a
    // constant) is never the receiver; any other such class keeps the table as the default.
    if (!e || !e->member || tfa::lookupImplementation(c, s) != e->member) {
      if (m_.facts.isAllocated(c)) exhaustive = false;
      continue;
    }
    llvm::Function* stub = tableStub(m_, *e);
    if (stub->getFunctionType() != type) return std::nullopt;
    cases.push_back({static_cast<int64_t>(id), stub});
    if (std::find(targets.begin(), targets.end(), stub) == targets.end()) targets.push_back(stub);
    if (cases.size() > kMaxSwitchClasses || targets.size() > kMaxSwitchTargets) return std::nullopt;
  }
  if (cases.empty()) return std::nullopt;
  llvm::BasicBlock* tableBlock = newBlock(exhaustive ? "cid.none" : "cid.table");
  llvm::BasicBlock* done = newBlock("cid.done");
  llvm::SwitchInst* sw = b_.CreateSwitch(cid, tableBlock, static_cast<unsigned>(cases.size()));
  std::vector<std::pair<llvm::Value*, llvm::BasicBlock*>> results;
  for (llvm::Function* target : targets) {
    llvm::BasicBlock* block = newBlock("cid.case");
    for (const auto& [id, stub] : cases) {
      if (stub == target) sw->addCase(llvm::ConstantInt::get(llvm::cast<llvm::IntegerType>(cid->getType()), id), block);
    }
    b_.SetInsertPoint(block);
    llvm::Value* r = call(llvm::FunctionCallee(type, target), values);
    results.push_back({r, b_.GetInsertBlock()});
    b_.CreateBr(done);
  }
  b_.SetInsertPoint(tableBlock);
  if (exhaustive) {
    // Every class the receiver can have is a case (static types are sound and a non-nullable
    // receiver of a class type is an instance of one of its allocated concrete subtypes, the
    // same facts the table's rows are built from): no call through a loaded pointer is left, so
    // LLVM sees every callee. A closure passed as an argument then escapes nowhere (deltablue's
    // `inputsDo((i) => i.mark = mark)` no longer allocates), and a loop around the call keeps
    // what the callees do not write in registers (Plan.execute's Vector fields).
    b_.CreateUnreachable();
  } else {
    llvm::Value* index = b_.CreateAdd(cid, llvm::ConstantInt::get(cid->getType(), offset));
    llvm::Value* slot = b_.CreateInBoundsGEP(m_.ptr, m_.dispatchTable(), index);
    llvm::Value* target = b_.CreateLoad(m_.ptr, slot, "target");
    llvm::Value* r = call(llvm::FunctionCallee(type, target), values);
    results.push_back({r, b_.GetInsertBlock()});
    b_.CreateBr(done);
  }
  b_.SetInsertPoint(done);
  if (type->getReturnType()->isVoidTy()) return nullptr;
  llvm::PHINode* phi = b_.CreatePHI(type->getReturnType(), static_cast<unsigned>(results.size()));
  for (const auto& [value, block] : results) phi->addIncoming(value, block);
  return phi;
}

}  // namespace dartc::codegen
