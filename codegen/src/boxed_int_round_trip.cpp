// Box-then-unbox of an int folds to the int (issue 10, closures).
//
// A closure's entry returns a value word: `(a, b) => b - a` computes an unboxed int and boxes it
// (intToValueWord: a Smi when it fits, else dartrt_box_int), and its caller unboxes it again
// (smiOrBoxedToInt: the Smi's shift, else the DartBoxedInt's value). Once the entry is inlined
// (the comparator inside the specialized sort, closure_specialization.cpp), both halves are in
// one function, but LLVM cannot fold them: it does not know that dartrt_box_int's object holds
// the int, nor, across the branch, that the Smi's shift is undone exactly. Every comparison of
// the `closures` benchmark's sort paid a box and an unbox with two branches.
//
// The pass finds an unbox — a phi of `ashr(ptrtoint W, 1)` from the block that tests W's tag
// bit and of the load of W's DartBoxedInt value from the block that tag test branches to
// otherwise — of a word W that is a box: a call of dartrt_box_int(x), or a phi whose every
// incoming value is one. Each incoming box gives its int:
//   - dartrt_box_int(x): x (the runtime boxes exactly x, as a Smi when it fits);
//   - the Smi `inttoptr(shl(x, 1) | 1)`: x, only if the edge it comes along is taken only when x
//     fits in 63 bits (the branch on intToValueWord's `fits` test, in any of the forms
//     InstCombine gives it, read as a range of x); otherwise the pass does not fire;
//   - the Smi `inttoptr(shl(y, k) | 1)` InstCombine makes of x = shl(y, k - 1): x, on the same
//     condition;
//   - a constant Smi: its value.
// The unbox is replaced by a phi of those ints next to W (W's block dominates the unbox, which
// uses W), its tag test by an unconditional branch. A dartrt_box_int whose result is then unused
// is deleted: an unused fresh object has no observable effect.
#include "boxed_int_round_trip.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/ConstantRange.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PatternMatch.h>
#include <llvm/IR/ValueHandle.h>
#include <llvm/Transforms/Utils/Local.h>

#include "dartrt/abi.h"

namespace dartc::codegen {

namespace {

using namespace llvm::PatternMatch;

// Whether the edge from `pred` to `succ` is taken only when x fits in a Smi (63 bits).
bool edgeProvesFits(llvm::BasicBlock* pred, llvm::BasicBlock* succ, llvm::Value* x) {
  auto* br = llvm::dyn_cast<llvm::BranchInst>(pred->getTerminator());
  if (!br || !br->isConditional() || br->getSuccessor(0) == br->getSuccessor(1)) return false;
  bool onTrue = br->getSuccessor(0) == succ;
  if (!onTrue && br->getSuccessor(1) != succ) return false;
  llvm::ICmpInst::Predicate pred_;
  llvm::Value* lhs = nullptr;
  const llvm::APInt* bound = nullptr;
  if (!match(br->getCondition(), m_ICmp(pred_, m_Value(lhs), m_APInt(bound)))) {
    // codegen's own form: ashr(shl(x, 1), 1) == x.
    return onTrue && match(br->getCondition(), m_SpecificICmp(llvm::ICmpInst::ICMP_EQ,
                                                              m_AShr(m_Shl(m_Specific(x), m_One()), m_One()),
                                                              m_Specific(x)));
  }
  if (!onTrue) pred_ = llvm::ICmpInst::getInversePredicate(pred_);
  // The values of lhs on the edge, then of x when lhs is x + offset.
  llvm::ConstantRange range = llvm::ConstantRange::makeExactICmpRegion(pred_, *bound);
  const llvm::APInt* offset = nullptr;
  if (match(lhs, m_Add(m_Specific(x), m_APInt(offset)))) {
    range = range.sub(llvm::ConstantRange(*offset));
  } else if (lhs != x) {
    return false;
  }
  llvm::APInt lo = llvm::APInt::getSignedMinValue(64).ashr(1);  // -2^62
  llvm::APInt hi = llvm::APInt::getSignedMaxValue(64).ashr(1);  // 2^62 - 1
  return llvm::ConstantRange::getNonEmpty(lo, hi + 1).contains(range);
}

bool isBoxIntCall(llvm::Value* v, llvm::Value*& x) {
  auto* call = llvm::dyn_cast<llvm::CallInst>(v);
  llvm::Function* callee = call ? call->getCalledFunction() : nullptr;
  if (!callee || callee->getName() != "dartrt_box_int" || call->arg_size() != 1) return false;
  x = call->getArgOperand(0);
  return x->getType()->isIntegerTy(64);
}

// The int a box incoming along pred -> succ holds, or nullptr when it cannot be proven.
llvm::Value* intOfBox(llvm::Value* word, llvm::BasicBlock* pred, llvm::BasicBlock* succ) {
  llvm::Value* x = nullptr;
  if (isBoxIntCall(word, x)) return x;
  if (auto* c = llvm::dyn_cast<llvm::ConstantExpr>(word)) {
    if (c->getOpcode() != llvm::Instruction::IntToPtr) return nullptr;
    auto* bits = llvm::dyn_cast<llvm::ConstantInt>(c->getOperand(0));
    if (!bits || bits->getBitWidth() != 64 || !(bits->getZExtValue() & 1)) return nullptr;
    return llvm::ConstantInt::get(bits->getType(), bits->getValue().ashr(1));
  }
  if (match(word, m_IntToPtr(m_c_Or(m_Shl(m_Value(x), m_One()), m_One()))) ||
      match(word, m_IntToPtr(m_c_DisjointOr(m_Shl(m_Value(x), m_One()), m_One())))) {
    if (x->getType()->isIntegerTy(64) && pred && edgeProvesFits(pred, succ, x)) return x;
  }
  // InstCombine's form of the Smi of x = shl(y, k - 1): inttoptr(shl(y, k) | 1) (an inlined
  // `x * 2` boxed). It is x's Smi when x fits in 63 bits, since shl(x, 1) == shl(y, k) modulo
  // 2^64; the fits test is on x itself, which must be among y's users.
  llvm::Value* y = nullptr;
  const llvm::APInt* k = nullptr;
  if (pred && (match(word, m_IntToPtr(m_c_Or(m_Shl(m_Value(y), m_APInt(k)), m_One()))) ||
               match(word, m_IntToPtr(m_c_DisjointOr(m_Shl(m_Value(y), m_APInt(k)), m_One())))) &&
      y->getType()->isIntegerTy(64) && k->ugt(1) && k->ult(64)) {
    for (llvm::User* user : y->users()) {
      if (match(user, m_Shl(m_Specific(y), m_SpecificInt(*k - 1))) && edgeProvesFits(pred, succ, user)) return user;
    }
  }
  return nullptr;
}

// The int held by the box W, as a value available wherever W is, or nullptr.
llvm::Value* intOfWord(llvm::Value* word) {
  llvm::Value* x = nullptr;
  if (isBoxIntCall(word, x)) return x;
  auto* phi = llvm::dyn_cast<llvm::PHINode>(word);
  if (!phi || phi->getNumIncomingValues() == 0) return nullptr;
  std::vector<llvm::Value*> ints;
  for (unsigned i = 0; i < phi->getNumIncomingValues(); i++) {
    llvm::Value* v = intOfBox(phi->getIncomingValue(i), phi->getIncomingBlock(i), phi->getParent());
    if (!v) return nullptr;
    // Available at the end of the incoming block: x is an operand of the box that flows along
    // this edge.
    ints.push_back(v);
  }
  if (std::all_of(ints.begin(), ints.end(), [&](llvm::Value* v) { return v == ints[0]; })) return ints[0];
  auto* result = llvm::PHINode::Create(llvm::Type::getInt64Ty(phi->getContext()), phi->getNumIncomingValues(),
                                       "unboxed", phi->getIterator());
  for (unsigned i = 0; i < phi->getNumIncomingValues(); i++) result->addIncoming(ints[i], phi->getIncomingBlock(i));
  return result;
}

struct Unbox {
  llvm::PHINode* phi = nullptr;
  llvm::Value* word = nullptr;
  llvm::BranchInst* tagTest = nullptr;
};

// If `phi` is smiOrBoxedToInt's unbox of some word, that word (and its tag test).
llvm::Value* unboxedWord(llvm::PHINode* phi, llvm::BranchInst*& tagTest) {
  if (phi->getNumIncomingValues() != 2 || !phi->getType()->isIntegerTy(64)) return nullptr;
  for (unsigned s = 0; s < 2; s++) {
    llvm::BasicBlock* smiBlock = phi->getIncomingBlock(s);
    llvm::BasicBlock* mintBlock = phi->getIncomingBlock(1 - s);
    llvm::Value* word = nullptr;
    if (!match(phi->getIncomingValue(s), m_AShr(m_PtrToInt(m_Value(word)), m_One()))) continue;
    // The other incoming value loads the i64 at the DartBoxedInt's value offset of the word.
    auto* load = llvm::dyn_cast<llvm::LoadInst>(phi->getIncomingValue(1 - s));
    if (!load || load->isVolatile() || !load->getType()->isIntegerTy(64)) continue;
    int64_t offset = 0;
    const llvm::DataLayout& dl = phi->getModule()->getDataLayout();
    if (llvm::GetPointerBaseWithConstantOffset(load->getPointerOperand(), offset, dl) != word ||
        offset != static_cast<int64_t>(offsetof(DartBoxedInt, value))) {
      continue;
    }
    // The tag test: smiBlock branches on the word's low bit, to the phi when set, else to the
    // block that loads the boxed value and goes only to the phi.
    auto* br = llvm::dyn_cast<llvm::BranchInst>(smiBlock->getTerminator());
    if (!br || !br->isConditional() || br->getSuccessor(0) != phi->getParent() || br->getSuccessor(1) != mintBlock) {
      continue;
    }
    if (!match(br->getCondition(), m_Trunc(m_PtrToInt(m_Specific(word)))) ||
        br->getCondition()->getType() != llvm::Type::getInt1Ty(phi->getContext())) {
      continue;
    }
    if (mintBlock->getSinglePredecessor() != smiBlock || mintBlock->getSingleSuccessor() != phi->getParent()) continue;
    tagTest = br;
    return word;
  }
  return nullptr;
}

}  // namespace

llvm::PreservedAnalyses BoxedIntRoundTrip::run(llvm::Function& f, llvm::FunctionAnalysisManager&) {
  if (f.isPresplitCoroutine()) return llvm::PreservedAnalyses::all();
  std::vector<Unbox> unboxes;
  for (llvm::BasicBlock& bb : f) {
    for (llvm::PHINode& phi : bb.phis()) {
      Unbox u{&phi, nullptr, nullptr};
      u.word = unboxedWord(&phi, u.tagTest);
      if (u.word) unboxes.push_back(u);
    }
  }
  if (unboxes.empty()) return llvm::PreservedAnalyses::all();
  std::map<llvm::Value*, llvm::Value*> intOf;  // per word, so that a word unboxed twice is read once
  std::vector<llvm::WeakTrackingVH> dead;
  std::vector<llvm::WeakTrackingVH> boxes;
  std::set<llvm::BasicBlock*> decided;  // blocks whose tag test became `br i1 true`
  bool changed = false;
  for (auto [unbox, word, br] : unboxes) {
    auto [it, fresh] = intOf.try_emplace(word, nullptr);
    if (fresh) it->second = intOfWord(word);
    llvm::Value* x = it->second;
    if (!x) continue;
    // The tag test now decides nothing: take the Smi edge, and let the unbox's pieces die.
    dead.push_back(br->getCondition());
    br->setCondition(llvm::ConstantInt::getTrue(f.getContext()));
    decided.insert(br->getParent());
    for (llvm::Value* in : unbox->incoming_values()) dead.push_back(in);
    unbox->replaceAllUsesWith(x);
    unbox->eraseFromParent();
    llvm::Value* ignored = nullptr;
    if (isBoxIntCall(word, ignored)) boxes.push_back(word);
    if (auto* phi = llvm::dyn_cast<llvm::PHINode>(word)) {
      for (llvm::Value* in : phi->incoming_values()) {
        if (isBoxIntCall(in, ignored)) boxes.push_back(in);
      }
    }
    changed = true;
  }
  if (!changed) return llvm::PreservedAnalyses::all();
  // The unboxes' mint blocks are unreachable now; removing them here (rather than leaving it to
  // SimplifyCFG) keeps the functions where nothing fired untouched.
  for (llvm::BasicBlock* bb : decided) llvm::ConstantFoldTerminator(bb);
  llvm::removeUnreachableBlocks(f);
  for (llvm::WeakTrackingVH& v : dead) {
    if (v) llvm::RecursivelyDeleteTriviallyDeadInstructions(v);
  }
  // The words no longer used are gone with the unboxes' pieces; their boxes, now unused, are
  // deleted too: an unused new object has no effect the program can observe.
  for (llvm::WeakTrackingVH& v : boxes) {
    if (auto* call = llvm::dyn_cast_or_null<llvm::CallInst>(static_cast<llvm::Value*>(v)); call && call->use_empty()) {
      call->eraseFromParent();
    }
  }
  return llvm::PreservedAnalyses::none();
}

}  // namespace dartc::codegen
