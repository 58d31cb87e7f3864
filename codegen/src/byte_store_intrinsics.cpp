// The bodies of dart:typed_data's `_ByteStore` members: the raw bytes behind every typed list,
// ByteData and ByteBuffer (precompiled_runtime/lib/typed_data.dart). The object is
// `{header, length, bytes...}` with layout DART_LAYOUT_BYTES, so the collector never reads its
// bytes as value words. Element accesses are single loads and stores of the element's width;
// the Dart side has checked every offset, so none is checked here.
#include <llvm/IR/Constants.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "intrinsics.h"

namespace dartc::codegen {

using namespace kernel;

namespace {


enum class Kind { Int, Uint, Float };

struct ElementAccess {
  std::string_view name;  // after `_get` / `_set`
  unsigned bits;
  Kind kind;
};

constexpr ElementAccess kAccesses[] = {
    {"Int8", 8, Kind::Int},     {"Uint8", 8, Kind::Uint},   {"Int16", 16, Kind::Int},     {"Uint16", 16, Kind::Uint},
    {"Int32", 32, Kind::Int},   {"Uint32", 32, Kind::Uint}, {"Int64", 64, Kind::Int},     {"Float32", 32, Kind::Float},
    {"Float64", 64, Kind::Float},
};

const ElementAccess* accessNamed(std::string_view name) {
  for (const ElementAccess& a : kAccesses) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

}  // namespace

std::optional<TypedValue> Intrinsics::byteStoreBody(FunctionLowering& f, const Procedure* p, TypedValue self,
                                                    const std::vector<TypedValue>& params) {
  Module& m = f.module();
  auto& B = f.builder();
  auto intArg = [&](size_t i) { return f.convert(params[i], Rep::Int).value; };
  auto word = [&](TypedValue v) { return f.toValueWord(v); };
  auto c64 = [&](uint64_t v) { return llvm::ConstantInt::get(m.i64, v); };
  auto dataAt = [&](llvm::Value* store, llvm::Value* offset) {
    return B.CreateInBoundsGEP(m.i8, B.CreateConstInBoundsGEP1_64(m.i8, store, kByteStoreData), offset);
  };
  std::string_view name = p->name;
  if (name.starts_with("_simd")) return simdLaneBody(f, p, params);

  if (p->kind == ProcedureKind::Factory && name.empty()) {
    // `_ByteStore(length)`, zero-filled (fresh memory is zero). The caller has checked that the
    // length is not negative; lengths above kInlineLength are checked against the heap out of line.
    constexpr uint64_t kInlineLength = uint64_t{1} << 24;
    llvm::Value* n = intArg(0);
    llvm::BasicBlock* large = f.newBlock("bytes.large");
    llvm::BasicBlock* tooLarge = f.newBlock("bytes.too_large");
    llvm::BasicBlock* ok = f.newBlock("bytes.ok");
    B.CreateCondBr(B.CreateICmpUGT(n, c64(kInlineLength)), large, ok, llvm::MDBuilder(m.llvm).createBranchWeights(1, 1000));
    B.SetInsertPoint(large);
    llvm::FunctionType* fitsType = llvm::FunctionType::get(m.i1, {m.i64, m.i64}, false);
    B.CreateCondBr(B.CreateCall(m.rt.get("dartrt_allocation_fits", fitsType), {n, c64(1)}), ok, tooLarge);
    B.SetInsertPoint(tooLarge);
    f.callThrowHelper(m.facts.implicit().throwOutOfMemory, {}, p->loc);
    B.SetInsertPoint(ok);
    llvm::Value* size = B.CreateAnd(B.CreateAdd(n, c64(kByteStoreData + 15)), c64(~uint64_t(15)));
    llvm::Value* granules = B.CreateLShr(size, 4);
    llvm::Value* fitsHeader = B.CreateICmpULE(granules, c64(DART_HEADER_MAX_GRANULES));
    llvm::Value* sizeBits = B.CreateShl(B.CreateSelect(fitsHeader, granules, c64(0)), DART_HEADER_SIZE_SHIFT);
    llvm::Value* header = B.CreateOr(sizeBits, c64(m.cidOf(p->enclosingClass)));
    llvm::Value* store = f.allocateDynamic(size, header);
    B.CreateStore(n, B.CreateConstInBoundsGEP1_64(m.i8, store, kByteStoreLength));
    return TypedValue{store, Rep::Value};
  }
  if (name == "length") {
    llvm::LoadInst* length = B.CreateLoad(m.i64, B.CreateConstInBoundsGEP1_64(m.i8, word(self), kByteStoreLength));
    m.tagOrdinary(length);
    return TypedValue{length, Rep::Int};
  }
  if (name == "_copy") {
    // _copy(src, srcOffset, dst, dstOffset, count): memmove, the ranges may overlap.
    llvm::Value* src = dataAt(word(params[0]), intArg(1));
    llvm::Value* dst = dataAt(word(params[2]), intArg(3));
    B.CreateMemMove(dst, llvm::MaybeAlign(1), src, llvm::MaybeAlign(1), intArg(4));
    return TypedValue{nullptr, Rep::Void};
  }
  if (name == "_fill") {
    // _fill(offset, count, byte): memset.
    llvm::Value* byte = B.CreateTrunc(intArg(2), m.i8);
    B.CreateMemSet(dataAt(word(self), intArg(0)), byte, intArg(1), llvm::MaybeAlign(1));
    return TypedValue{nullptr, Rep::Void};
  }
  if (name.size() <= 4 || (name.substr(0, 4) != "_get" && name.substr(0, 4) != "_set")) return std::nullopt;
  const ElementAccess* access = accessNamed(name.substr(4));
  if (!access) return std::nullopt;
  bool isGet = name.substr(0, 4) == "_get";
  llvm::Type* bitsTy = llvm::IntegerType::get(m.llvm, access->bits);
  llvm::Value* address = dataAt(word(self), intArg(0));
  // Multi-byte accesses take a `little` flag (ByteData's Endian; typed lists pass true). Both
  // targets (x86-64, aarch64) are little-endian, so big-endian accesses swap the bytes.
  auto ordered = [&](llvm::Value* bits, size_t littleParam) -> llvm::Value* {
    if (access->bits == 8) return bits;
    llvm::Value* little = f.convert(params[littleParam], Rep::Bool).value;
    llvm::Value* swapped = B.CreateUnaryIntrinsic(llvm::Intrinsic::bswap, bits);
    return B.CreateSelect(little, bits, swapped);
  };
  if (isGet) {
    llvm::LoadInst* load = B.CreateAlignedLoad(bitsTy, address, llvm::MaybeAlign(1));
    m.tagOrdinary(load);
    llvm::Value* bits = ordered(load, 1);
    if (access->kind == Kind::Float) {
      llvm::Type* fpTy = access->bits == 32 ? llvm::Type::getFloatTy(m.llvm) : m.f64;
      llvm::Value* fp = B.CreateBitCast(bits, fpTy);
      return TypedValue{access->bits == 32 ? B.CreateFPExt(fp, m.f64) : fp, Rep::Double};
    }
    llvm::Value* value = access->kind == Kind::Int ? B.CreateSExtOrBitCast(bits, m.i64) : B.CreateZExtOrBitCast(bits, m.i64);
    return TypedValue{value, Rep::Int};
  }
  llvm::Value* bits;
  if (access->kind == Kind::Float) {
    llvm::Value* d = f.convert(params[1], Rep::Double).value;
    // Rounds to nearest even, as the VM's float stores do.
    llvm::Value* fp = access->bits == 32 ? B.CreateFPTrunc(d, llvm::Type::getFloatTy(m.llvm)) : d;
    bits = B.CreateBitCast(fp, bitsTy);
  } else {
    // Integer stores keep the low bits (wrap-around), as the VM's do.
    bits = B.CreateTruncOrBitCast(intArg(1), bitsTy);
  }
  m.tagOrdinary(B.CreateAlignedStore(ordered(bits, 2), address, llvm::MaybeAlign(1)));
  return TypedValue{nullptr, Rep::Void};
}

}  // namespace dartc::codegen
