// The lane operations of dart:typed_data's SIMD values (precompiled_runtime/lib/typed_data/
// simd.dart): static `_ByteStore._simd…` externals whose operands are the 16-byte stores holding a
// Float32x4's, Int32x4's or Float64x2's lanes. Each is one LLVM vector operation on
// <4 x float>, <4 x i32> or <2 x double> loaded from the operands' bytes, stored into a new
// 16-byte store. The operations are exactly the VM's C natives (runtime/lib/simd128.cc) lane by
// lane: IEEE float/double arithmetic and sqrt, `a < b ? a : b` for min, `a > b ? a : b` for max,
// comparisons giving all-ones or zero lanes (`!=` is unordered-or-not-equal, as C's), and
// wrapping int32 arithmetic.
#include <llvm/IR/Intrinsics.h>

#include "dartrt/abi.h"
#include "intrinsics.h"

namespace dartc::codegen {

using namespace kernel;

namespace {


enum class Lanes { F32x4, F64x2, I32x4 };

enum class Op { Add, Sub, Mul, Div, Min, Max, Sqrt, And, Or, Xor, Lt, Le, Gt, Ge, Eq, Ne };

struct LaneOp {
  std::string_view name;
  Lanes lanes;
  Op op;
};

constexpr LaneOp kOps[] = {
    {"_simdF32x4Add", Lanes::F32x4, Op::Add}, {"_simdF32x4Sub", Lanes::F32x4, Op::Sub},
    {"_simdF32x4Mul", Lanes::F32x4, Op::Mul}, {"_simdF32x4Div", Lanes::F32x4, Op::Div},
    {"_simdF32x4Min", Lanes::F32x4, Op::Min}, {"_simdF32x4Max", Lanes::F32x4, Op::Max},
    {"_simdF32x4Sqrt", Lanes::F32x4, Op::Sqrt}, {"_simdF32x4Lt", Lanes::F32x4, Op::Lt},
    {"_simdF32x4Le", Lanes::F32x4, Op::Le},   {"_simdF32x4Gt", Lanes::F32x4, Op::Gt},
    {"_simdF32x4Ge", Lanes::F32x4, Op::Ge},   {"_simdF32x4Eq", Lanes::F32x4, Op::Eq},
    {"_simdF32x4Ne", Lanes::F32x4, Op::Ne},   {"_simdF64x2Add", Lanes::F64x2, Op::Add},
    {"_simdF64x2Sub", Lanes::F64x2, Op::Sub}, {"_simdF64x2Mul", Lanes::F64x2, Op::Mul},
    {"_simdF64x2Div", Lanes::F64x2, Op::Div}, {"_simdF64x2Min", Lanes::F64x2, Op::Min},
    {"_simdF64x2Max", Lanes::F64x2, Op::Max}, {"_simdF64x2Sqrt", Lanes::F64x2, Op::Sqrt},
    {"_simdI32x4Add", Lanes::I32x4, Op::Add}, {"_simdI32x4Sub", Lanes::I32x4, Op::Sub},
    {"_simdI32x4And", Lanes::I32x4, Op::And}, {"_simdI32x4Or", Lanes::I32x4, Op::Or},
    {"_simdI32x4Xor", Lanes::I32x4, Op::Xor},
};

const LaneOp* laneOpNamed(std::string_view name) {
  for (const LaneOp& op : kOps) {
    if (op.name == name) return &op;
  }
  return nullptr;
}

}  // namespace

std::optional<TypedValue> Intrinsics::simdLaneBody(FunctionLowering& f, const Procedure* p,
                                                   const std::vector<TypedValue>& params) {
  const LaneOp* lane = laneOpNamed(p->name);
  if (!lane) return std::nullopt;
  Module& m = f.module();
  auto& B = f.builder();
  llvm::Type* vecTy = lane->lanes == Lanes::F32x4   ? llvm::FixedVectorType::get(llvm::Type::getFloatTy(m.llvm), 4)
                      : lane->lanes == Lanes::F64x2 ? llvm::FixedVectorType::get(m.f64, 2)
                                                    : llvm::FixedVectorType::get(m.i32, 4);
  auto load = [&](const TypedValue& store) {
    llvm::Value* data = B.CreateConstInBoundsGEP1_64(m.i8, f.toValueWord(store), kByteStoreData);
    llvm::LoadInst* v = B.CreateAlignedLoad(vecTy, data, llvm::MaybeAlign(16));
    m.tagOrdinary(v);
    return v;
  };
  llvm::Value* a = load(params[0]);
  llvm::Value* b = lane->op == Op::Sqrt ? nullptr : load(params[1]);
  llvm::Value* r = nullptr;
  bool isFloat = lane->lanes != Lanes::I32x4;
  auto mask = [&](llvm::CmpInst::Predicate pred) {
    return B.CreateSExt(B.CreateFCmp(pred, a, b), llvm::FixedVectorType::get(m.i32, 4));
  };
  switch (lane->op) {
    case Op::Add: r = isFloat ? B.CreateFAdd(a, b) : B.CreateAdd(a, b); break;
    case Op::Sub: r = isFloat ? B.CreateFSub(a, b) : B.CreateSub(a, b); break;
    case Op::Mul: r = B.CreateFMul(a, b); break;
    case Op::Div: r = B.CreateFDiv(a, b); break;
    case Op::Min: r = B.CreateSelect(B.CreateFCmpOLT(a, b), a, b); break;
    case Op::Max: r = B.CreateSelect(B.CreateFCmpOGT(a, b), a, b); break;
    case Op::Sqrt: r = B.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, a); break;
    case Op::And: r = B.CreateAnd(a, b); break;
    case Op::Or: r = B.CreateOr(a, b); break;
    case Op::Xor: r = B.CreateXor(a, b); break;
    case Op::Lt: r = mask(llvm::CmpInst::FCMP_OLT); break;
    case Op::Le: r = mask(llvm::CmpInst::FCMP_OLE); break;
    case Op::Gt: r = mask(llvm::CmpInst::FCMP_OGT); break;
    case Op::Ge: r = mask(llvm::CmpInst::FCMP_OGE); break;
    case Op::Eq: r = mask(llvm::CmpInst::FCMP_OEQ); break;
    case Op::Ne: r = mask(llvm::CmpInst::FCMP_UNE); break;
  }
  // The result's store: {header, length 16, 16 bytes}, 32 bytes, fully written here.
  constexpr uint64_t kSize = kByteStoreData + 16;
  const Class* storeClass = p->enclosingClass;
  llvm::Value* store = f.allocateObject(kSize, dart_make_header(m.cidOf(storeClass), kSize));
  m.tagOrdinary(B.CreateStore(llvm::ConstantInt::get(m.i64, 16), B.CreateConstInBoundsGEP1_64(m.i8, store, kByteStoreLength)));
  m.tagOrdinary(B.CreateAlignedStore(r, B.CreateConstInBoundsGEP1_64(m.i8, store, kByteStoreData), llvm::MaybeAlign(16)));
  return TypedValue{store, Rep::Value};
}

}  // namespace dartc::codegen
