// codegen's box and unbox of an int as they look in LLVM IR, for the passes that fold them
// (recognized in boxed_int_round_trip.cpp).
#pragma once

#include <llvm/IR/BasicBlock.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Value.h>

namespace dartc::codegen {

// The int that the word `word`, a box incoming to a phi along pred -> succ, holds: x for
// dartrt_box_int(x) or for x's Smi on an edge taken only when x fits; nullptr when unproven.
llvm::Value* intInBox(llvm::Value* word, llvm::BasicBlock* pred, llvm::BasicBlock* succ);

// If `phi` is smiOrBoxedToInt's unbox of a word (the Smi's shift or the DartBoxedInt's value,
// behind the word's tag test), that word; else nullptr.
llvm::Value* wordOfUnbox(llvm::PHINode* phi);

}  // namespace dartc::codegen
