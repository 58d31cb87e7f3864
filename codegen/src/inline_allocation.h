// The inline allocation sequence FunctionLowering::allocateDynamic emits (a bump of the isolate's
// alloc_top, with dartrt_allocate on the slow path), recognized after optimization by the passes
// that reason about a fresh object: allocation_elimination.cpp and allocated_class_ids.cpp.
#pragma once

#include <cstdint>
#include <vector>

#include <llvm/IR/Constants.h>
#include <llvm/IR/Instructions.h>

namespace dartc::codegen {

struct InlineAllocation {
  llvm::PHINode* object = nullptr;  // the new object: the phi of the two paths
  llvm::BasicBlock* test = nullptr;
  llvm::BasicBlock* fast = nullptr;
  llvm::BasicBlock* slow = nullptr;
  uint64_t size = 0;
  llvm::ConstantInt* header = nullptr;  // the header both paths give the object
  std::vector<llvm::CallInst*> barriers;  // filled by allocation_elimination.cpp
  std::vector<llvm::Instruction*> barrierClears;  // the barriers' clearing of the header bit
  std::vector<llvm::LoadInst*> loads;      // likewise
  std::vector<llvm::LoadInst*> lentLoads;  // the loads of callees it is lent to (likewise)
};

// Whether `phi` merges the two paths of an inline allocation (allocation_elimination.cpp's header
// comment shows the shape); fills `a` when it does.
bool matchInlineAllocation(llvm::PHINode* phi, InlineAllocation& a);

}  // namespace dartc::codegen
