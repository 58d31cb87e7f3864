// Unboxed SIMD values (docs/typed_data.md, "Unboxed SIMD values"). A non-nullable Float32x4,
// Float64x2 or Int32x4 is an LLVM vector (<4 x float>, <2 x double>, <4 x i32>) wherever its static
// type is exactly that final class: locals, temporaries, loop-carried values, parameters and
// results of direct calls. This follows doubles: Module::repOf gives the representation of the
// static type, FunctionLowering::convert boxes where a value word is needed (Object, dynamic,
// type parameters, fields, captured variables, lists) and unboxes where a word meets the static
// type again.
//
// The box is the library's object (lib/typed_data/simd.dart): the class instance whose `_s` field
// holds a 16-byte `_ByteStore` with the lanes' bits. Boxing allocates both; unboxing is two loads.
//
// The members that matter in loops are lowered here at their call sites on unboxed operands
// (tryCall, tryGet, tryFactory); every other member runs its library body on a boxed receiver.
// Lane semantics are those of simd_intrinsics.cpp and the library (the VM's natives).
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "intrinsics.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

// A SIMD value's store: the fixed part and its 16 bytes.
constexpr uint64_t kStoreSize = kByteStoreData + 16;

const Field* lanesField(const Module& m) {
  const Class* simd = m.program.findClass("dart:typed_data", "_Simd128");
  if (!simd) return nullptr;
  for (const Field* f : simd->fields) {
    if (f->name == "_s") return f;
  }
  return nullptr;
}

}  // namespace

// --- Representation ---------------------------------------------------------------------------------------

Rep Module::simdRepOf(const Class* cls) const {
  if (!cls) return Rep::Value;
  if (cls == simdClasses_[0]) return Rep::F32x4;
  if (cls == simdClasses_[1]) return Rep::F64x2;
  if (cls == simdClasses_[2]) return Rep::I32x4;
  return Rep::Value;
}

const Class* Module::simdClass(Rep r) const {
  switch (r) {
    case Rep::F32x4: return simdClasses_[0];
    case Rep::F64x2: return simdClasses_[1];
    case Rep::I32x4: return simdClasses_[2];
    default: return nullptr;
  }
}

llvm::Type* Module::simdVectorType(Rep r) const {
  switch (r) {
    case Rep::F32x4: return llvm::FixedVectorType::get(llvm::Type::getFloatTy(llvm), 4);
    case Rep::F64x2: return llvm::FixedVectorType::get(f64, 2);
    default: return llvm::FixedVectorType::get(i32, 4);
  }
}

TypedValue FunctionLowering::boxSimd(TypedValue v) {
  const Class* cls = m_.simdClass(v.rep);
  const Field* lanes = lanesField(m_);
  const Class* storeClass = m_.program.findClass("dart:typed_data", "_ByteStore");
  const dispatch::ClassLayout* cl = cls ? m_.layout.classLayout(cls) : nullptr;
  if (!cl || !lanes || !storeClass || !m_.layout.hasField(lanes) || !m_.facts.isAllocated(cls)) {
    // No instance of the class exists (the library's constructor reads `_s`, so the field is
    // kept wherever one does): code that would box one never runs.
    emitTrap();
    return placeholderOf(Rep::Value);
  }
  // The store first, then the object: the object is the newest allocation when its field is
  // written, so the store into it needs no write barrier.
  llvm::Value* store = allocateObject(kStoreSize, dart_make_header(m_.cidOf(storeClass), kStoreSize));
  m_.tagOrdinary(b_.CreateStore(llvm::ConstantInt::get(m_.i64, 16), b_.CreateConstInBoundsGEP1_64(m_.i8, store, kByteStoreLength)));
  m_.tagOrdinary(b_.CreateAlignedStore(v.value, b_.CreateConstInBoundsGEP1_64(m_.i8, store, kByteStoreData), llvm::MaybeAlign(16)));
  llvm::Value* box = allocateObject(cl->instanceSize, m_.headerOf(cls));
  m_.tagOrdinary(b_.CreateStore(store, b_.CreateConstInBoundsGEP1_64(m_.i8, box, m_.layout.fieldOffset(lanes))));
  return {box, Rep::Value};
}

TypedValue FunctionLowering::unboxSimd(llvm::Value* word, Rep rep) {
  const Field* lanes = lanesField(m_);
  if (!lanes || !m_.layout.hasField(lanes)) {
    emitTrap();  // no SIMD object exists (see boxSimd)
    return placeholderOf(rep);
  }
  llvm::LoadInst* store = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, word, m_.layout.fieldOffset(lanes)));
  m_.tagOrdinary(store);
  llvm::LoadInst* bits = b_.CreateAlignedLoad(m_.simdVectorType(rep), b_.CreateConstInBoundsGEP1_64(m_.i8, store, kByteStoreData),
                                              llvm::MaybeAlign(16));
  m_.tagOrdinary(bits);
  return {bits, rep};
}

llvm::Value* FunctionLowering::simdIdentical(llvm::Value* a, llvm::Value* b) {
  // Identity of SIMD values is the identity of their 128 bits, as for doubles (see
  // docs/typed_data.md: values have no box of their own to compare).
  llvm::Type* i128 = llvm::IntegerType::get(m_.llvm, 128);
  return b_.CreateICmpEQ(b_.CreateBitCast(a, i128), b_.CreateBitCast(b, i128));
}

std::optional<TypedValue> FunctionLowering::trySimdIdentical(const StaticInvocation* e) {
  const Procedure* target = e->target;
  if (!target || target->name != "identical" || target->enclosingClass || !target->library ||
      target->library->uri != "dart:core" || e->arguments->positional.size() != 2) {
    return std::nullopt;
  }
  Rep rep = m_.repOf(e->arguments->positional[0]->type);
  if (!isSimdRep(rep) || m_.repOf(e->arguments->positional[1]->type) != rep) return std::nullopt;
  llvm::Value* a = convert(lower(e->arguments->positional[0]), rep).value;
  llvm::Value* b = convert(lower(e->arguments->positional[1]), rep).value;
  return TypedValue{simdIdentical(a, b), Rep::Bool};
}

llvm::Value* FunctionLowering::isSimdCid(llvm::Value* cid) {
  llvm::Value* any = b_.getFalse();
  for (Rep r : {Rep::F32x4, Rep::F64x2, Rep::I32x4}) {
    const Class* cls = m_.simdClass(r);
    if (!cls || !m_.layout.classLayout(cls) || !m_.facts.isAllocated(cls)) continue;
    any = b_.CreateOr(any, b_.CreateICmpEQ(cid, llvm::ConstantInt::get(m_.i32, m_.cidOf(cls))));
  }
  return any;
}

llvm::Value* FunctionLowering::simdBoxesIdentical(llvm::Value* a, llvm::Value* b, llvm::Value* bothSimd, llvm::Value* otherwise) {
  if (llvm::isa<llvm::ConstantInt>(bothSimd)) return otherwise;  // no SIMD class in the program
  llvm::BasicBlock* start = b_.GetInsertBlock();
  llvm::BasicBlock* simd = newBlock("identical.simd");
  llvm::BasicBlock* done = newBlock("identical.simd.done");
  b_.CreateCondBr(bothSimd, simd, done);
  b_.SetInsertPoint(simd);
  // (Any of the three: the bits are compared as integers whatever the lanes.)
  llvm::Value* same = simdIdentical(unboxSimd(a, Rep::I32x4).value, unboxSimd(b, Rep::I32x4).value);
  return mergeInto(done, same, otherwise, start, "identical.bits");
}

// --- Members at call sites ------------------------------------------------------------------------------

namespace {

struct Simd {
  FunctionLowering& f;
  Module& m;
  llvm::IRBuilder<>& B;
  std::function<TypedValue(const Expression*)> lower;  // FunctionLowering::lower (private)

  llvm::Type* f32() const { return llvm::Type::getFloatTy(m.llvm); }
  llvm::Type* i32x4() const { return m.simdVectorType(Rep::I32x4); }

  TypedValue as(const Expression* e, Rep rep) { return f.convert(lower(e), rep); }
  llvm::Value* vec(const Expression* e, Rep rep) { return as(e, rep).value; }

  // A double argument as a lane of `rep`: float32 lanes round to nearest even (the VM's
  // static_cast<float>), int32 lanes keep the int's low 32 bits.
  llvm::Value* lane(const Expression* e, Rep rep) {
    if (rep == Rep::I32x4) return B.CreateTrunc(f.convert(lower(e), Rep::Int).value, m.i32);
    llvm::Value* d = f.convert(lower(e), Rep::Double).value;
    return rep == Rep::F32x4 ? B.CreateFPTrunc(d, f32()) : d;
  }

  llvm::Value* build(Rep rep, const std::vector<llvm::Value*>& lanes) {
    llvm::Value* v = llvm::PoisonValue::get(m.simdVectorType(rep));
    for (size_t i = 0; i < lanes.size(); ++i) v = B.CreateInsertElement(v, lanes[i], B.getInt64(i));
    return v;
  }

  // A lane read as Dart sees it: a double, or an int32 sign-extended.
  TypedValue laneValue(llvm::Value* v, Rep rep, unsigned i) {
    llvm::Value* x = B.CreateExtractElement(v, B.getInt64(i));
    if (rep == Rep::F32x4) return {B.CreateFPExt(x, m.f64), Rep::Double};
    if (rep == Rep::F64x2) return {x, Rep::Double};
    return {B.CreateSExt(x, m.i64), Rep::Int};
  }

  llvm::Value* minOf(llvm::Value* a, llvm::Value* b) { return B.CreateSelect(B.CreateFCmpOLT(a, b), a, b); }
  llvm::Value* maxOf(llvm::Value* a, llvm::Value* b) { return B.CreateSelect(B.CreateFCmpOGT(a, b), a, b); }

  // Bit i of the result is the sign bit of lane i.
  TypedValue signMask(llvm::Value* v, Rep rep) {
    unsigned n = rep == Rep::F64x2 ? 2 : 4;
    llvm::Type* ints = llvm::FixedVectorType::get(rep == Rep::F64x2 ? m.i64 : m.i32, n);
    llvm::Value* negative = B.CreateICmpSLT(B.CreateBitCast(v, ints), llvm::Constant::getNullValue(ints));
    llvm::Value* bits = B.CreateBitCast(negative, llvm::IntegerType::get(m.llvm, n));
    return {B.CreateZExt(bits, m.i64), Rep::Int};
  }
};

// `x` of the getters, `X` of withX and flagX.
int laneIndex(std::string_view name) {
  if (name == "x" || name == "X") return 0;
  if (name == "y" || name == "Y") return 1;
  if (name == "z" || name == "Z") return 2;
  if (name == "w" || name == "W") return 3;
  return -1;
}

}  // namespace

std::optional<TypedValue> Intrinsics::trySimdGet(FunctionLowering& f, const InstanceGet* e) {
  Module& m = f.module();
  const Member* target = e->interfaceTarget;
  if (!target || target->memberKind != MemberKind::Procedure) return std::nullopt;
  Rep rep = m.simdRepOf(target->enclosingClass);
  if (rep == Rep::Value || m.repOf(e->receiver->type) != rep) return std::nullopt;
  Simd s{f, m, f.builder(), [&](const Expression* x) { return f.lower(x); }};
  std::string_view name = e->name;
  int i = laneIndex(name);
  unsigned lanes = rep == Rep::F64x2 ? 2 : 4;
  if (i >= 0 && static_cast<unsigned>(i) < lanes) return s.laneValue(s.vec(e->receiver, rep), rep, i);
  if (rep == Rep::I32x4 && name.starts_with("flag") && name.size() == 5) {
    int flag = laneIndex(name.substr(4));
    if (flag < 0) return std::nullopt;
    llvm::Value* x = f.builder().CreateExtractElement(s.vec(e->receiver, rep), f.builder().getInt64(flag));
    return TypedValue{f.builder().CreateICmpNE(x, f.builder().getInt32(0)), Rep::Bool};
  }
  if (name == "signMask") return s.signMask(s.vec(e->receiver, rep), rep);
  return std::nullopt;
}

std::optional<TypedValue> Intrinsics::trySimdCall(FunctionLowering& f, const InstanceInvocation* e) {
  Module& m = f.module();
  const Procedure* target = e->interfaceTarget;
  if (!target || !e->arguments->named.empty()) return std::nullopt;
  Rep rep = m.simdRepOf(target->enclosingClass);
  if (rep == Rep::Value || m.repOf(e->receiver->type) != rep) return std::nullopt;
  auto& B = f.builder();
  Simd s{f, m, B, [&](const Expression* x) { return f.lower(x); }};
  std::string_view op = e->name;
  const std::vector<Expression*>& args = e->arguments->positional;
  bool isFloat = rep != Rep::I32x4;
  // Operands are evaluated in order: the receiver, then the arguments.
  auto binary = [&](auto make) -> TypedValue {
    llvm::Value* a = s.vec(e->receiver, rep);
    llvm::Value* b = s.vec(args[0], rep);
    return {make(a, b), rep};
  };
  if (args.empty()) {
    if (!isFloat) return std::nullopt;
    // Negation and abs flip or clear the sign bits only (NaN payloads kept), as fneg and fabs do.
    if (op == "unary-") return TypedValue{B.CreateFNeg(s.vec(e->receiver, rep)), rep};
    if (op == "abs") return TypedValue{B.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, s.vec(e->receiver, rep)), rep};
    if (op == "sqrt") return TypedValue{B.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, s.vec(e->receiver, rep)), rep};
    return std::nullopt;
  }
  if (args.size() == 1) {
    Rep argRep = m.repOf(args[0]->type);
    if (argRep == rep) {
      if (isFloat) {
        if (op == "+") return binary([&](auto a, auto b) { return B.CreateFAdd(a, b); });
        if (op == "-") return binary([&](auto a, auto b) { return B.CreateFSub(a, b); });
        if (op == "*") return binary([&](auto a, auto b) { return B.CreateFMul(a, b); });
        if (op == "/") return binary([&](auto a, auto b) { return B.CreateFDiv(a, b); });
        if (op == "min") return binary([&](auto a, auto b) { return s.minOf(a, b); });
        if (op == "max") return binary([&](auto a, auto b) { return s.maxOf(a, b); });
        static const std::pair<std::string_view, llvm::CmpInst::Predicate> kCompare[] = {
            {"lessThan", llvm::CmpInst::FCMP_OLT}, {"lessThanOrEqual", llvm::CmpInst::FCMP_OLE},
            {"greaterThan", llvm::CmpInst::FCMP_OGT}, {"greaterThanOrEqual", llvm::CmpInst::FCMP_OGE},
            {"equal", llvm::CmpInst::FCMP_OEQ}, {"notEqual", llvm::CmpInst::FCMP_UNE}};
        for (const auto& [name, pred] : kCompare) {
          if (op != name || rep != Rep::F32x4) continue;
          llvm::Value* a = s.vec(e->receiver, rep);
          llvm::Value* b = s.vec(args[0], rep);
          return TypedValue{B.CreateSExt(B.CreateFCmp(pred, a, b), s.i32x4()), Rep::I32x4};
        }
      } else {
        if (op == "+") return binary([&](auto a, auto b) { return B.CreateAdd(a, b); });
        if (op == "-") return binary([&](auto a, auto b) { return B.CreateSub(a, b); });
        if (op == "&") return binary([&](auto a, auto b) { return B.CreateAnd(a, b); });
        if (op == "|") return binary([&](auto a, auto b) { return B.CreateOr(a, b); });
        if (op == "^") return binary([&](auto a, auto b) { return B.CreateXor(a, b); });
      }
      return std::nullopt;
    }
    // `withX(v)` ...: one lane replaced.
    if (op.starts_with("with") && op.size() == 5) {
      int i = laneIndex(op.substr(4));
      if (i < 0 || (rep == Rep::F64x2 && i > 1)) return std::nullopt;
      llvm::Value* v = s.vec(e->receiver, rep);
      return TypedValue{B.CreateInsertElement(v, s.lane(args[0], rep), B.getInt64(i)), rep};
    }
    if (rep == Rep::I32x4 && op.starts_with("withFlag") && op.size() == 9) {
      int i = laneIndex(op.substr(8));
      if (i < 0) return std::nullopt;
      llvm::Value* v = s.vec(e->receiver, rep);
      llvm::Value* flag = f.convert(s.lower(args[0]), Rep::Bool).value;
      return TypedValue{B.CreateInsertElement(v, B.CreateSExt(flag, m.i32), B.getInt64(i)), rep};
    }
    if (isFloat && op == "scale") {
      // Float32x4: the factor is rounded to float first; a float product rounded once equals the
      // library's double product rounded (two 24-bit significands fit in 53 bits).
      llvm::Value* v = s.vec(e->receiver, rep);
      llvm::Value* factor = s.lane(args[0], rep);
      unsigned n = rep == Rep::F64x2 ? 2 : 4;
      return TypedValue{B.CreateFMul(v, B.CreateVectorSplat(n, factor)), rep};
    }
    return std::nullopt;
  }
  if (args.size() == 2) {
    if (isFloat && op == "clamp" && m.repOf(args[0]->type) == rep && m.repOf(args[1]->type) == rep) {
      // MAX(MIN(self, upper), lower) with the VM's comparisons (simd.dart's clamp).
      llvm::Value* v = s.vec(e->receiver, rep);
      llvm::Value* lo = s.vec(args[0], rep);
      llvm::Value* hi = s.vec(args[1], rep);
      return TypedValue{s.maxOf(lo, s.minOf(v, hi)), rep};
    }
    if (rep == Rep::I32x4 && op == "select" && m.repOf(args[0]->type) == Rep::F32x4 &&
        m.repOf(args[1]->type) == Rep::F32x4) {
      // (mask & t) | (~mask & f) on the bits.
      llvm::Value* mask = s.vec(e->receiver, rep);
      llvm::Value* t = B.CreateBitCast(s.vec(args[0], Rep::F32x4), s.i32x4());
      llvm::Value* fl = B.CreateBitCast(s.vec(args[1], Rep::F32x4), s.i32x4());
      llvm::Value* bits = B.CreateOr(B.CreateAnd(mask, t), B.CreateAnd(B.CreateNot(mask), fl));
      return TypedValue{B.CreateBitCast(bits, m.simdVectorType(Rep::F32x4)), Rep::F32x4};
    }
  }
  return std::nullopt;
}

std::optional<TypedValue> Intrinsics::trySimdFactory(FunctionLowering& f, const StaticInvocation* e) {
  Module& m = f.module();
  const Procedure* target = e->target;
  if (!target || !target->isFactory() || !e->arguments->named.empty()) return std::nullopt;
  Rep rep = m.simdRepOf(target->enclosingClass);
  if (rep == Rep::Value) return std::nullopt;
  auto& B = f.builder();
  Simd s{f, m, B, [&](const Expression* x) { return f.lower(x); }};
  const std::vector<Expression*>& args = e->arguments->positional;
  std::string_view name = target->name;
  unsigned n = rep == Rep::F64x2 ? 2 : 4;
  // An unnamed factory's name may carry its class's name (`Float32x4` or `Float32x4.`).
  std::string_view cls = target->enclosingClass->name;
  bool unnamed = name.empty() || name == cls || (name.size() == cls.size() + 1 && name.starts_with(cls) && name.back() == '.');
  if (name.starts_with(cls) && name.size() > cls.size() + 1 && name[cls.size()] == '.') name = name.substr(cls.size() + 1);
  if (unnamed && args.size() == n) {
    std::vector<llvm::Value*> lanes;
    for (const Expression* a : args) lanes.push_back(s.lane(a, rep));
    return TypedValue{s.build(rep, lanes), rep};
  }
  if (name == "splat" && args.size() == 1 && rep != Rep::I32x4) {
    return TypedValue{B.CreateVectorSplat(n, s.lane(args[0], rep)), rep};
  }
  if (name == "zero" && args.empty()) return TypedValue{llvm::Constant::getNullValue(m.simdVectorType(rep)), rep};
  if (name == "bool" && rep == Rep::I32x4 && args.size() == 4) {
    std::vector<llvm::Value*> lanes;
    for (const Expression* a : args) lanes.push_back(B.CreateSExt(f.convert(s.lower(a), Rep::Bool).value, m.i32));
    return TypedValue{s.build(rep, lanes), rep};
  }
  if (args.size() != 1) return std::nullopt;
  if ((name == "fromInt32x4Bits" && rep == Rep::F32x4 && m.repOf(args[0]->type) == Rep::I32x4) ||
      (name == "fromFloat32x4Bits" && rep == Rep::I32x4 && m.repOf(args[0]->type) == Rep::F32x4)) {
    Rep from = rep == Rep::F32x4 ? Rep::I32x4 : Rep::F32x4;
    return TypedValue{B.CreateBitCast(s.vec(args[0], from), m.simdVectorType(rep)), rep};
  }
  if (name == "fromFloat64x2" && rep == Rep::F32x4 && m.repOf(args[0]->type) == Rep::F64x2) {
    llvm::Value* v = s.vec(args[0], Rep::F64x2);
    llvm::Value* zero = llvm::ConstantFP::get(s.f32(), 0.0);
    return TypedValue{s.build(rep, {B.CreateFPTrunc(B.CreateExtractElement(v, B.getInt64(0)), s.f32()),
                                    B.CreateFPTrunc(B.CreateExtractElement(v, B.getInt64(1)), s.f32()), zero, zero}),
                      rep};
  }
  if (name == "fromFloat32x4" && rep == Rep::F64x2 && m.repOf(args[0]->type) == Rep::F32x4) {
    llvm::Value* v = s.vec(args[0], Rep::F32x4);
    return TypedValue{s.build(rep, {B.CreateFPExt(B.CreateExtractElement(v, B.getInt64(0)), m.f64),
                                    B.CreateFPExt(B.CreateExtractElement(v, B.getInt64(1)), m.f64)}),
                      rep};
  }
  return std::nullopt;
}

// --- Elements of SIMD lists --------------------------------------------------------------------------------

namespace {

// The fields of `_TypedList` (lib/typed_data.dart) a list access reads, when the layout keeps them.
struct ListFields {
  const Field* store = nullptr;
  const Field* offset = nullptr;
  const Field* length = nullptr;
};

std::optional<ListFields> listFields(const Module& m) {
  const Class* typed = m.program.findClass("dart:typed_data", "_TypedList");
  if (!typed) return std::nullopt;
  ListFields out;
  for (const Field* f : typed->fields) {
    if (f->name == "_store") out.store = f;
    if (f->name == "_offsetInBytes") out.offset = f;
    if (f->name == "_length") out.length = f;
  }
  for (const Field* f : {out.store, out.offset, out.length}) {
    if (!f || !m.layout.hasField(f)) return std::nullopt;
  }
  return out;
}

// The element representation of a Float32x4List, Float64x2List or Int32x4List receiver type.
Rep listElementRep(const Module& m, const DartType* t) {
  if (!t || t->kind != TypeKind::Interface || t->isNullable()) return Rep::Value;
  std::string_view name = static_cast<const InterfaceType*>(t)->cls->name;
  const Class* cls = static_cast<const InterfaceType*>(t)->cls;
  if (!cls->library || cls->library->uri != "dart:typed_data") return Rep::Value;
  if (name == "Float32x4List") return Rep::F32x4;
  if (name == "Float64x2List") return Rep::F64x2;
  if (name == "Int32x4List") return Rep::I32x4;
  return Rep::Value;
}

}  // namespace

std::optional<TypedValue> Intrinsics::trySimdListAccess(FunctionLowering& f, const InstanceInvocation* e) {
  // Float32x4List and its kin are `abstract final`: their only class is the library's
  // `_Float32x4List` (a view of a `_ByteStore`, 16 bytes per element), whatever the view.
  Module& m = f.module();
  bool read = e->name == "[]" && e->arguments->positional.size() == 1;
  bool write = e->name == "[]=" && e->arguments->positional.size() == 2;
  if (!read && !write) return std::nullopt;
  Rep rep = listElementRep(m, e->receiver->type);
  if (rep == Rep::Value || m.simdClass(rep) == nullptr) return std::nullopt;
  std::optional<ListFields> fields = listFields(m);
  const Procedure* indexError = nullptr;
  if (const Library* lib = m.simdClass(rep)->library) {
    for (const Procedure* p : lib->procedures) {
      if (p->name == "_indexError") indexError = p;
    }
  }
  if (!fields || !indexError || !m.facts.mayRun(indexError)) return std::nullopt;
  if (write && m.repOf(e->arguments->positional[1]->type) != rep) return std::nullopt;
  auto& B = f.builder();
  Simd s{f, m, B, [&](const Expression* x) { return f.lower(x); }};
  llvm::Value* list = f.toValueWord(s.lower(e->receiver));
  llvm::Value* index = f.convert(s.lower(e->arguments->positional[0]), Rep::Int).value;
  llvm::Value* value = write ? s.vec(e->arguments->positional[1], rep) : nullptr;
  llvm::Value* length = f.convert(f.readInstanceField(list, fields->length, e->loc), Rep::Int).value;
  // The library's check, `index < 0 || index >= _length`, as one unsigned comparison.
  llvm::BasicBlock* bad = f.newBlock("simd.index.bad");
  llvm::BasicBlock* ok = f.newBlock("simd.index.ok");
  B.CreateCondBr(B.CreateICmpUGE(index, length), bad, ok, llvm::MDBuilder(m.llvm).createBranchWeights(1, 1000));
  B.SetInsertPoint(bad);
  f.callThrowHelper(indexError, {{index, Rep::Int}, {length, Rep::Int}}, e->loc);
  B.SetInsertPoint(ok);
  llvm::Value* store = f.toValueWord(f.readInstanceField(list, fields->store, e->loc));
  llvm::Value* offset = f.convert(f.readInstanceField(list, fields->offset, e->loc), Rep::Int).value;
  llvm::Value* at = B.CreateAdd(B.CreateAdd(offset, llvm::ConstantInt::get(m.i64, kByteStoreData)), B.CreateShl(index, 4));
  llvm::Value* address = B.CreateInBoundsGEP(m.i8, store, at);
  // (Views keep elements 16-byte aligned; align 1 costs nothing on either target and assumes less.)
  if (read) {
    llvm::LoadInst* bits = B.CreateAlignedLoad(m.simdVectorType(rep), address, llvm::MaybeAlign(1));
    m.tagOrdinary(bits);
    return TypedValue{bits, rep};
  }
  m.tagOrdinary(B.CreateAlignedStore(value, address, llvm::MaybeAlign(1)));
  return TypedValue{nullptr, Rep::Void};
}

}  // namespace dartc::codegen
