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
//     InstCombine gives it, read as a range of x, possibly followed by blocks with one
//     predecessor and an unconditional branch); otherwise the pass does not fire;
//   - the Smi `inttoptr(shl(y, k) | 1)` InstCombine makes of x = shl(y, k - 1): x, on the same
//     condition;
//   - a constant Smi: its value.
// The unbox is replaced by a phi of those ints next to W (W's block dominates the unbox, which
// uses W), its tag test by an unconditional branch. A dartrt_box_int whose result is then unused
// is deleted: an unused fresh object has no observable effect.
#include "boxed_int_round_trip.h"
#include "boxed_int_patterns.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <utility>
#include <vector>

#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/ConstantRange.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/InstIterator.h>
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

// edgeProvesFits, also through blocks that have one predecessor and end in an unconditional
// branch: such a block runs only after the edge into it, so an edge that proves x fits before it
// proves it for the edge out of it too. (SimplifyCFG leaves the Smi's `shl`/`or` in a block of
// its own when the block after the fits test merges it with another path: the chain
// map(...).where(...) boxes the mapped value into the iterator's _current that way.)
bool pathProvesFits(llvm::BasicBlock* pred, llvm::BasicBlock* succ, llvm::Value* x) {
  for (int depth = 0; pred && depth < 4; depth++) {
    if (edgeProvesFits(pred, succ, x)) return true;
    auto* br = llvm::dyn_cast<llvm::BranchInst>(pred->getTerminator());
    if (!br || br->isConditional()) return false;
    succ = pred;
    pred = pred->getSinglePredecessor();
  }
  return false;
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
    if (x->getType()->isIntegerTy(64) && pred && pathProvesFits(pred, succ, x)) return x;
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
      if (match(user, m_Shl(m_Specific(y), m_SpecificInt(*k - 1))) && pathProvesFits(pred, succ, user)) return user;
    }
  }
  return nullptr;
}

using Edge = std::pair<llvm::BasicBlock*, llvm::BasicBlock*>;

// The edges that can be taken: those reachable from the entry without crossing the dead side of a
// branch on a constant. InstCombine folds `box == null` to false (dartrt_box_int is nonnull) well
// before SimplifyCFG deletes the null path, and JumpThreading, which runs in between, splits the
// unbox this pass looks for; so a phi's incoming value along a dead edge is not asked to be a box.
std::set<Edge> liveEdges(llvm::Function& f) {
  std::set<Edge> live;
  std::set<llvm::BasicBlock*> seen{&f.getEntryBlock()};
  std::vector<llvm::BasicBlock*> work{&f.getEntryBlock()};
  while (!work.empty()) {
    llvm::BasicBlock* bb = work.back();
    work.pop_back();
    llvm::Instruction* term = bb->getTerminator();
    if (!term) continue;
    auto* br = llvm::dyn_cast<llvm::BranchInst>(term);
    auto* constant = br && br->isConditional() ? llvm::dyn_cast<llvm::ConstantInt>(br->getCondition()) : nullptr;
    for (unsigned i = 0; i < term->getNumSuccessors(); i++) {
      if (constant && i != (constant->isOne() ? 0u : 1u)) continue;
      llvm::BasicBlock* succ = term->getSuccessor(i);
      live.insert({bb, succ});
      if (seen.insert(succ).second) work.push_back(succ);
    }
  }
  return live;
}

// The int held by the box W, as a value available wherever W is, or nullptr. Along a dead edge
// the phi of ints gets poison.
llvm::Value* intOfWord(llvm::Value* word, const std::set<Edge>& live) {
  llvm::Value* x = nullptr;
  if (isBoxIntCall(word, x)) return x;
  auto* phi = llvm::dyn_cast<llvm::PHINode>(word);
  if (!phi || phi->getNumIncomingValues() == 0) return nullptr;
  std::vector<llvm::Value*> ints;
  llvm::Value* poison = llvm::PoisonValue::get(llvm::Type::getInt64Ty(phi->getContext()));
  for (unsigned i = 0; i < phi->getNumIncomingValues(); i++) {
    if (!live.count({phi->getIncomingBlock(i), phi->getParent()})) {
      ints.push_back(poison);
      continue;
    }
    llvm::Value* v = intOfBox(phi->getIncomingValue(i), phi->getIncomingBlock(i), phi->getParent());
    if (!v) return nullptr;
    // Available at the end of the incoming block: x is an operand of the box that flows along
    // this edge.
    ints.push_back(v);
  }
  llvm::Value* only = nullptr;
  bool same = true;
  for (llvm::Value* v : ints) {
    if (v == poison) continue;
    if (only && v != only) same = false;
    only = v;
  }
  if (!only) return nullptr;
  if (same) return only;
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

// Repeated unboxes of one word (issue 10, closures4). The sort's partition compares each element
// with both pivots, each comparison (an inlined comparator) unboxing its operands again: the
// element twice per step, and both pivots in every step although `compare(pivot1, pivot2)`
// before the loop unboxed them already. GVN cannot merge them: each unbox is a phi behind its
// own tag test. A boxed int never changes, so an unbox whose tag test is dominated by another
// unbox of the same word (its phi's block) gives that unbox's int; its tag test then takes the
// Smi edge, as where the box is known. Replaced unboxes are removed from `unboxes`.
bool mergeDominatedUnboxes(llvm::Function& f, std::vector<Unbox>& unboxes, std::vector<llvm::WeakTrackingVH>& dead,
                           std::set<llvm::BasicBlock*>& decided) {
  std::map<llvm::Value*, std::vector<size_t>> byWord;
  for (size_t i = 0; i < unboxes.size(); i++) byWord[unboxes[i].word].push_back(i);
  std::unique_ptr<llvm::DominatorTree> dt;
  std::map<llvm::PHINode*, llvm::PHINode*> same;  // an unbox -> a dominating unbox of its word
  for (auto& [word, indices] : byWord) {
    if (indices.size() < 2) continue;
    if (!dt) dt = std::make_unique<llvm::DominatorTree>(f);
    for (size_t i : indices) {
      // (Dominance says yes to everything about unreachable blocks: leave them to SimplifyCFG.)
      if (!dt->isReachableFromEntry(unboxes[i].tagTest->getParent())) continue;
      for (size_t j : indices) {
        // Strict: the tag test block dominates its phi's block, so no two unboxes pick each other.
        if (i != j && dt->isReachableFromEntry(unboxes[j].phi->getParent()) &&
            dt->properlyDominates(unboxes[j].phi->getParent(), unboxes[i].tagTest->getParent())) {
          same[unboxes[i].phi] = unboxes[j].phi;
          break;
        }
      }
    }
  }
  if (same.empty()) return false;
  std::vector<Unbox> kept;
  for (const Unbox& u : unboxes) {
    if (!same.count(u.phi)) {
      kept.push_back(u);
      continue;
    }
    dead.push_back(u.tagTest->getCondition());
    u.tagTest->setCondition(llvm::ConstantInt::getTrue(f.getContext()));
    decided.insert(u.tagTest->getParent());
    for (llvm::Value* in : u.phi->incoming_values()) dead.push_back(in);
  }
  // Uses first, then the phis (an unbox may feed another's incoming values only through
  // instructions, which `dead` removes afterwards).
  for (auto& [phi, other] : same) {
    llvm::PHINode* root = other;
    while (same.count(root)) root = same[root];
    phi->replaceAllUsesWith(root);
  }
  for (auto& [phi, other] : same) phi->eraseFromParent();
  unboxes = kept;
  return true;
}

// The words no longer used are gone with the unboxes' pieces; their boxes, now unused, are
// deleted too: an unused new object has no effect the program can observe. (A word that is a phi
// of boxes goes first.)
void deleteUnusedBoxes(std::vector<llvm::WeakTrackingVH>& boxes) {
  for (llvm::WeakTrackingVH& v : boxes) {
    auto* call = llvm::dyn_cast_or_null<llvm::CallInst>(static_cast<llvm::Value*>(v));
    if (!call) continue;
    for (llvm::User* u : llvm::SmallVector<llvm::User*, 4>(call->users())) {
      if (auto* phi = llvm::dyn_cast<llvm::PHINode>(u); phi && phi->use_empty()) phi->eraseFromParent();
    }
    if (call->use_empty()) call->eraseFromParent();
  }
}

// Threaded unboxes. When the box is made in a closure entry that is inlined only late (the
// `map` closure of `numbers.map(f).where(g).fold(...)`, read from the iterable's field),
// JumpThreading has already split the unboxes of its result at the iterator's tag test T:
// the Smi successor computes on the tagged word (`ashr`, InstCombine's `(w & 2) != 0` for
// isOdd), the other one loads the DartBoxedInt's value, and no phi of the two is left. For a word
// W that is a box of x (intOfWord), each piece is rewritten on its own, which is sound wherever it
// is: the tag test itself is "x fits in a Smi" (W is a Smi exactly then); a use of W's bits
// where an edge T -> Smi successor dominates it sees the Smi of x, `(x << 1) | 1` (an `ashr` by
// one of it is x); a load of the boxed value where an edge T -> other successor dominates it is
// x. It fires only when that accounts for every use of W, so that W and its box go away: the tag
// test becomes a repeat of the box's own fits test, which JumpThreading folds later.
bool foldThreadedUnboxes(llvm::Function& f, std::vector<llvm::WeakTrackingVH>& boxes) {
  std::vector<llvm::WeakTrackingVH> words;  // (deleting one word's pieces may delete another word)
  std::set<llvm::Value*> seen;
  llvm::Value* ignored = nullptr;
  for (llvm::Instruction& i : llvm::instructions(f)) {
    llvm::Value* w = nullptr;
    if (!i.getType()->isIntegerTy(1) || !match(&i, m_Trunc(m_PtrToInt(m_Value(w))))) continue;
    if ((llvm::isa<llvm::PHINode>(w) || isBoxIntCall(w, ignored)) && seen.insert(w).second) words.emplace_back(w);
  }
  if (words.empty()) return false;
  std::set<Edge> live = liveEdges(f);
  llvm::DominatorTree dt(f);
  llvm::LLVMContext& ctx = f.getContext();
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  const llvm::DataLayout& dl = f.getParent()->getDataLayout();
  bool changed = false;
  for (llvm::WeakTrackingVH& handle : words) {
    llvm::Value* w = handle;
    if (!w) continue;
    std::vector<llvm::Instruction*> tagTests, mintLoads, deadPieces;
    std::vector<llvm::Use*> smiUses;
    std::vector<llvm::BasicBlockEdge> smiEdges, mintEdges;
    bool ok = true;
    // The tag tests and the edges they decide.
    for (llvm::User* u : w->users()) {
      if (!llvm::isa<llvm::PtrToIntInst>(u)) continue;
      for (llvm::User* v : u->users()) {
        auto* t = llvm::dyn_cast<llvm::TruncInst>(v);
        if (!t || !t->getType()->isIntegerTy(1)) continue;
        tagTests.push_back(t);
        for (llvm::User* b : t->users()) {
          auto* br = llvm::dyn_cast<llvm::BranchInst>(b);
          if (!br || !br->isConditional() || br->getSuccessor(0) == br->getSuccessor(1)) continue;
          smiEdges.emplace_back(br->getParent(), br->getSuccessor(0));
          mintEdges.emplace_back(br->getParent(), br->getSuccessor(1));
        }
      }
    }
    auto dominatedBy = [&](const std::vector<llvm::BasicBlockEdge>& edges, llvm::BasicBlock* bb) {
      for (const llvm::BasicBlockEdge& e : edges) {
        if (dt.dominates(e, bb)) return true;
      }
      return false;
    };
    for (llvm::User* u : w->users()) {
      auto* inst = llvm::dyn_cast<llvm::Instruction>(u);
      if (!inst || llvm::isa<llvm::PHINode>(inst)) {
        ok = false;
      } else if (llvm::isa<llvm::PtrToIntInst>(inst)) {
        deadPieces.push_back(inst);
        for (llvm::Use& use : inst->uses()) {
          auto* v = llvm::dyn_cast<llvm::Instruction>(use.getUser());
          if (v && v->getType()->isIntegerTy(1) && llvm::isa<llvm::TruncInst>(v)) continue;  // a tag test
          if (!v || llvm::isa<llvm::PHINode>(v) || !dominatedBy(smiEdges, v->getParent())) ok = false;
          else smiUses.push_back(&use);
        }
      } else {
        // The boxed value's address: every use a load of it below a mint edge.
        int64_t offset = 0;
        if (llvm::GetPointerBaseWithConstantOffset(inst, offset, dl) != w ||
            offset != static_cast<int64_t>(offsetof(DartBoxedInt, value)) || !inst->getType()->isPointerTy()) {
          ok = false;
          break;
        }
        deadPieces.push_back(inst);
        for (llvm::User* v : inst->users()) {
          auto* load = llvm::dyn_cast<llvm::LoadInst>(v);
          if (!load || load->isVolatile() || !load->getType()->isIntegerTy(64) ||
              !dominatedBy(mintEdges, load->getParent())) {
            ok = false;
          } else {
            mintLoads.push_back(load);
          }
        }
      }
      if (!ok) break;
    }
    if (!ok || tagTests.empty()) continue;
    llvm::Value* x = intOfWord(w, live);
    if (!x) continue;
    for (llvm::Instruction* t : tagTests) {
      llvm::IRBuilder<> b(t);
      llvm::Value* shifted = b.CreateAdd(x, llvm::ConstantInt::get(i64, llvm::APInt::getOneBitSet(64, 62)));
      t->replaceAllUsesWith(b.CreateICmpSGT(shifted, llvm::ConstantInt::getSigned(i64, -1), "fits"));
    }
    std::vector<llvm::WeakTrackingVH> pieces(deadPieces.begin(), deadPieces.end());
    for (llvm::Use* use : smiUses) {
      auto* user = llvm::cast<llvm::Instruction>(use->getUser());
      if (match(user, m_AShr(m_Specific(use->get()), m_One()))) {
        user->replaceAllUsesWith(x);
        pieces.emplace_back(user);
        continue;
      }
      // The Smi of x: shl cannot overflow, x fits in 63 bits below a Smi edge.
      llvm::IRBuilder<> b(user);
      llvm::Value* smi = b.CreateOr(b.CreateShl(x, 1, "", /*HasNUW=*/false, /*HasNSW=*/true), 1);
      use->set(smi);
    }
    for (llvm::Instruction* load : mintLoads) load->replaceAllUsesWith(x);
    // (The boxes first: deleting the pieces deletes a phi W too.)
    if (isBoxIntCall(w, ignored)) boxes.push_back(w);
    if (auto* phi = llvm::dyn_cast<llvm::PHINode>(w)) {
      for (llvm::Value* in : phi->incoming_values()) {
        if (isBoxIntCall(in, ignored)) boxes.push_back(in);
      }
    }
    pieces.insert(pieces.end(), tagTests.begin(), tagTests.end());
    pieces.insert(pieces.end(), mintLoads.begin(), mintLoads.end());
    for (llvm::WeakTrackingVH& v : pieces) {
      if (v) llvm::RecursivelyDeleteTriviallyDeadInstructions(v);
    }
    changed = true;
  }
  return changed;
}

}  // namespace

llvm::Value* intInBox(llvm::Value* word, llvm::BasicBlock* pred, llvm::BasicBlock* succ) {
  return intOfBox(word, pred, succ);
}

llvm::Value* wordOfUnbox(llvm::PHINode* phi) {
  llvm::BranchInst* tagTest = nullptr;
  return unboxedWord(phi, tagTest);
}

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
  std::map<llvm::Value*, llvm::Value*> intOf;  // per word, so that a word unboxed twice is read once
  std::set<Edge> live;
  if (!unboxes.empty()) live = liveEdges(f);
  std::vector<llvm::WeakTrackingVH> dead;
  std::vector<llvm::WeakTrackingVH> boxes;
  std::set<llvm::BasicBlock*> decided;  // blocks whose tag test became `br i1 true`
  bool changed = mergeDominatedUnboxes(f, unboxes, dead, decided);
  for (auto [unbox, word, br] : unboxes) {
    auto [it, fresh] = intOf.try_emplace(word, nullptr);
    if (fresh) it->second = intOfWord(word, live);
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
  if (changed) {
    // The unboxes' mint blocks are unreachable now; removing them here (rather than leaving it to
    // SimplifyCFG) keeps the functions where nothing fired untouched.
    for (llvm::BasicBlock* bb : decided) llvm::ConstantFoldTerminator(bb);
    llvm::removeUnreachableBlocks(f);
    for (llvm::WeakTrackingVH& v : dead) {
      if (v) llvm::RecursivelyDeleteTriviallyDeadInstructions(v);
    }
  }
  changed |= foldThreadedUnboxes(f, boxes);
  if (!changed) return llvm::PreservedAnalyses::all();
  deleteUnusedBoxes(boxes);
  return llvm::PreservedAnalyses::none();
}

}  // namespace dartc::codegen
