#include "module.h"

#include <algorithm>

#include <llvm/IR/Constants.h>
#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "naming.h"

namespace dartc::codegen {

using namespace kernel;

Module::Module(const Program& p, const tfa::FlowFacts& f, const dispatch::ProgramLayout& l, const Options& o,
               llvm::LLVMContext& ctx, llvm::Module& m, Diagnostics& d)
    : program(p), facts(f), layout(l), options(o), llvm(ctx), module(m), diags(d), rt(m),
      positions(m, o.sources, p, o.optLevel > 0) {
  voidTy = llvm::Type::getVoidTy(ctx);
  i1 = llvm::Type::getInt1Ty(ctx);
  i8 = llvm::Type::getInt8Ty(ctx);
  i32 = llvm::Type::getInt32Ty(ctx);
  i64 = llvm::Type::getInt64Ty(ctx);
  f64 = llvm::Type::getDoubleTy(ctx);
  ptr = llvm::PointerType::getUnqual(ctx);
  computeBuiltinCids();
  // Sibling scalar types under one root: accesses tagged with one never alias accesses tagged
  // with another (docs/codegen-aliasing.md says why each is its own class).
  llvm::MDBuilder md(ctx);
  llvm::MDNode* root = md.createTBAARoot("dartc");
  llvm::MDNode* cell = md.createTBAAScalarTypeNode("double cell", root);
  llvm::MDNode* ordinary = md.createTBAAScalarTypeNode("ordinary", root);
  tbaaDoubleCell_ = md.createTBAAStructTagNode(cell, cell, 0);
  tbaaOrdinary_ = md.createTBAAStructTagNode(ordinary, ordinary, 0);
  tbaaOrdinaryType_ = ordinary;
  llvm::MDNode* element = md.createTBAAScalarTypeNode("array element", root);
  tbaaArrayElement_ = md.createTBAAStructTagNode(element, element, 0);
  llvm::MDNode* gcFlags = md.createTBAAScalarTypeNode("gc flags", root);
  tbaaGcFlags_ = md.createTBAAStructTagNode(gcFlags, gcFlags, 0);
  llvm::MDNode* classId = md.createTBAAScalarTypeNode("class id", root);
  tbaaClassId_ = md.createTBAAStructTagNode(classId, classId, 0);
}

void Module::tagDoubleCell(llvm::Instruction* access) const { access->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaDoubleCell_); }

void Module::tagOrdinary(llvm::Instruction* access) const { access->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaOrdinary_); }

void Module::tagGcFlags(llvm::Instruction* access) const { access->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaGcFlags_); }

void Module::tagClassId(llvm::Instruction* access) const { access->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaClassId_); }

void Module::tagArrayElement(llvm::Instruction* access) const {
  access->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaArrayElement_);
}

llvm::Type* Module::typeOf(Rep r) const {
  switch (r) {
    case Rep::Value: return ptr;
    case Rep::Int: return i64;
    case Rep::Double: return f64;
    case Rep::Bool: return i1;
    case Rep::Void: return voidTy;
    case Rep::Record: break;  // a struct per record type: recordFieldsType
    case Rep::F32x4:
    case Rep::F64x2:
    case Rep::I32x4: return simdVectorType(r);
  }
  return ptr;
}

Rep Module::repOf(const DartType* t) const {
  if (!t) return Rep::Value;
  if (t->kind == TypeKind::Void) return Rep::Void;
  if (t->isNullable()) return Rep::Value;
  if (t == core().intType) return Rep::Int;
  if (t == core().doubleType) return Rep::Double;
  if (t == core().boolType) return Rep::Bool;
  if (t->kind == TypeKind::Interface) return simdRepOf(static_cast<const InterfaceType*>(t)->cls);
  return Rep::Value;
}

namespace {

Rep repOfKind(tfa::UnboxedKind k, Rep otherwise) {
  switch (k) {
    case tfa::UnboxedKind::Int: return Rep::Int;
    case tfa::UnboxedKind::Double: return Rep::Double;
    case tfa::UnboxedKind::Bool: return Rep::Bool;
    default: return otherwise;
  }
}

}  // namespace

Rep Module::variableRep(const Variable* v) const {
  Rep r = repOf(v->type);
  return r == Rep::Value && !v->isLate ? repOfKind(facts.variableKind(v), r) : r;
}

Rep Module::resultRep(const FunctionNode* fn) const {
  Rep r = repOf(fn->returnType);
  return r == Rep::Value ? repOfKind(facts.returnKind(fn), r) : r;
}

Rep Module::fieldRepOf(const Field* f) const {
  Rep r = repOf(f->type);
  if (isSimdRep(r)) return Rep::Value;  // a field holds a word (the boxed value)
  return r == Rep::Value && !f->isLate ? repOfKind(facts.fieldKind(f), r) : r;
}

Rep Module::receiverRep(const Class* cls) const {
  if (cls == core().intClass) return Rep::Int;
  if (cls == core().doubleClass) return Rep::Double;
  if (cls == core().boolClass) return Rep::Bool;
  return Rep::Value;
}

void Module::unsupported(SourceLoc loc, const std::string& what) { diags.error(loc, what + " is not supported by codegen yet."); }

llvm::Constant* Module::missingArgument() {
  return llvm::ConstantExpr::getIntToPtr(llvm::ConstantInt::get(i64, 2), ptr);
}

// --- Class ids --------------------------------------------------------------------------------------------

uint32_t Module::cidOf(const Class* cls) const {
  const dispatch::ClassLayout* l = layout.classLayout(cls);
  return l ? l->cid : 0;
}

void Module::computeBuiltinCids() {
  const tfa::ImplicitMembers& im = facts.implicit();
  nullCid_ = cidOf(core().nullClass);
  intCid_ = cidOf(core().intClass);
  doubleCid_ = cidOf(core().doubleClass);
  boolCid_ = cidOf(core().boolClass);
  oneByteStringCid_ = im.oneByteStringClass ? cidOf(im.oneByteStringClass) : 0;
  twoByteStringCid_ = im.twoByteStringClass ? cidOf(im.twoByteStringClass) : 0;
  arrayCid_ = im.fixedArrayClass ? cidOf(im.fixedArrayClass) : 0;
  closureCid_ = im.closureClass ? cidOf(im.closureClass) : 0;
  stackTraceCid_ = im.stackTraceClass ? cidOf(im.stackTraceClass) : 0;
  typeCid_ = im.typeClass ? cidOf(im.typeClass) : 0;
  bigIntDigitsCid_ = im.bigIntDigitsClass ? cidOf(im.bigIntDigitsClass) : 0;
  if (const Class* ctx = program.findClass("dart:core", "_Context")) contextCid_ = cidOf(ctx);
  simdClasses_[0] = program.findClass("dart:typed_data", "Float32x4");
  simdClasses_[1] = program.findClass("dart:typed_data", "Float64x2");
  simdClasses_[2] = program.findClass("dart:typed_data", "Int32x4");
}

uint64_t Module::headerOf(const Class* cls) const {
  const dispatch::ClassLayout* l = layout.classLayout(cls);
  return dart_make_header(l ? l->cid : 0, l ? l->instanceSize : 16);
}

// --- Signatures and functions ------------------------------------------------------------------------------

namespace {

// A covariant parameter (`covariant int x`, or one overriding such) may be passed any value of
// the overridden parameter's type, say a double for `num x`: it arrives as a value word and is
// checked (FunctionLowering::prologue) before it is unboxed.
// A parameter of type void still receives a value (`(_) => 1` as a `then` callback of a
// Future<void> gets null): it is passed as a value word, never as "no value".
Rep paramRep(const Module& m, const Variable* v) {
  Rep r = v->isCovariant ? Rep::Value : m.variableRep(v);
  return r == Rep::Void ? Rep::Value : r;
}

void addParams(const Module& m, const FunctionNode* fn, std::vector<Rep>& out) {
  for (const Variable* v : fn->positional) out.push_back(paramRep(m, v));
  for (const Variable* v : fn->named) out.push_back(paramRep(m, v));
}

llvm::FunctionType* llvmSignature(const Module& m, const Signature& s) {
  std::vector<llvm::Type*> params;
  if (s.receiver != Rep::Void) params.push_back(m.typeOf(s.receiver));
  if (s.hasContext) params.push_back(m.ptr);
  if (s.hasTypeArgs) params.push_back(m.ptr);
  for (Rep r : s.params) params.push_back(m.typeOf(r == Rep::Void ? Rep::Value : r));
  llvm::Type* result = s.result == Rep::Record ? m.recordFieldsType(s.record) : m.typeOf(s.result);
  return llvm::FunctionType::get(result, params, false);
}

}  // namespace

Signature Module::signatureOf(const Member* member) {
  Signature s;
  if (member->memberKind == MemberKind::Constructor) {
    s.receiver = Rep::Value;
    addParams(*this, static_cast<const Constructor*>(member)->function, s.params);
    s.result = Rep::Void;
  } else if (member->memberKind == MemberKind::Procedure) {
    auto* p = static_cast<const Procedure*>(member);
    if (member->isInstanceMember()) s.receiver = receiverRep(member->enclosingClass);
    s.hasTypeArgs = !p->function->typeParams.empty();
    addParams(*this, p->function, s.params);
    s.result = resultRep(p->function);
    if (p->kind == ProcedureKind::Setter) s.result = Rep::Void;
    if (facts.returnsRecordFields(p->function)) {
      // Only direct calls reach it (record_returns.cpp): its fields travel in registers.
      s.result = Rep::Record;
      s.record = static_cast<const RecordType*>(p->function->returnType);
    }
  } else {
    // A static field's lazy initializer: no parameters, the field's value.
    s.result = Rep::Void;
  }
  s.type = llvmSignature(*this, s);
  return s;
}

Signature Module::signatureOf(const FunctionNode* closure) {
  Signature s;
  s.hasContext = true;
  s.hasTypeArgs = !closure->typeParams.empty();  // its own type arguments (lower_types.cpp)
  addParams(*this, closure, s.params);
  s.result = resultRep(closure);
  s.type = llvmSignature(*this, s);
  return s;
}

llvm::Function* Module::directFunction(const Member* member) {
  auto it = directFunctions_.find(member);
  if (it != directFunctions_.end()) return it->second;
  Signature sig = signatureOf(member);
  auto* fn = llvm::Function::Create(sig.type, llvm::GlobalValue::InternalLinkage, symbolName(member), module);
  directFunctions_[member] = fn;
  if (prefersInline(member)) fn->addFnAttr(llvm::Attribute::AlwaysInline);
  else if (forbidsInline(member)) fn->addFnAttr(llvm::Attribute::NoInline);
  dartNames[fn] = isInvisibleFrame(member) ? "" : dartName(member);
  functionLibraries[fn] = member->library;
  const FunctionNode* node = nullptr;
  if (member->memberKind == MemberKind::Procedure) node = static_cast<const Procedure*>(member)->function;
  if (member->memberKind == MemberKind::Constructor) node = static_cast<const Constructor*>(member)->function;
  pending.push_back({member, node, fn, false, nullptr});
  return fn;
}

namespace {

bool hasPragma(const Member* member, std::string_view pragma) {
  if (member->memberKind != MemberKind::Procedure) return false;
  const Procedure* procedure = static_cast<const Procedure*>(member);
  // A mixin application's copy of a member (ListMixin.where in _ListBase&Object&ListMixin):
  // the mixin's declaration carries the pragmas.
  if (procedure->mixedInFrom) procedure = procedure->mixedInFrom;
  for (const auto& [name, option] : procedure->pragmas) {
    if (name == pragma) return true;
  }
  return false;
}

}  // namespace

bool Module::prefersInline(const Member* member) {
  // List element access: inlined at every call site, whatever LLVM's cost model says of its cold
  // error paths (-O0 inlines nothing).
  return hasPragma(member, "vm:prefer-inline");
}

bool Module::isSubclassOrImplements(const Class* sub, const Class* target) {
  std::vector<const Class*> work{sub};
  while (!work.empty()) {
    const Class* k = work.back();
    work.pop_back();
    if (k == target) return true;
    if (k->supertype) work.push_back(k->supertype->cls);
    for (const InterfaceType* i : k->interfaces) work.push_back(i->cls);
  }
  return false;
}

bool Module::forbidsInline(const Member* member) {
  // As in the VM: the function stays a function of its own (tests that read one function's
  // optimized code, profiles).
  return hasPragma(member, "vm:never-inline");
}

bool Module::isInvisibleFrame(const Member* member) const {
  // The core library's helpers behind implicit checks (null checks, casts, index checks, stack
  // overflow, ...) throw on behalf of their caller: like the VM, whose checks throw from the
  // checking function itself, stack traces leave them out. So are functions marked
  // @pragma('vm:invisible'), as in the VM (dart:async's coroutine resumption).
  if (hasPragma(member, "vm:invisible")) return true;
  std::vector<const Procedure*> helpers = facts.implicit().throwHelpers();
  return std::find(helpers.begin(), helpers.end(), member) != helpers.end();
}

llvm::Function* Module::closureFunction(const FunctionNode* node, const Member* enclosing) {
  auto it = closureFunctions_.find(node);
  if (it != closureFunctions_.end()) return it->second;
  Signature sig = signatureOf(node);
  std::string name = symbolName(enclosing) + ".<closure" + std::to_string(closureCounter_++) + ">";
  auto* fn = llvm::Function::Create(sig.type, llvm::GlobalValue::InternalLinkage, name, module);
  closureFunctions_[node] = fn;
  // The VM names a closure after the functions around it: "main.<anonymous closure>",
  // "main.inner" for a local function, "main.inner.<anonymous closure>" inside that.
  const FunctionNode* own = nullptr;
  if (enclosing->memberKind == MemberKind::Procedure) own = static_cast<const Procedure*>(enclosing)->function;
  if (enclosing->memberKind == MemberKind::Constructor) own = static_cast<const Constructor*>(enclosing)->function;
  std::string suffix;
  for (const FunctionNode* f = node; f && f != own; f = f->parent) {
    // The closure a sync* body becomes (sema/sync_star_lowering.cpp) is the sync* function's own
    // body in the VM: its frames carry that function's name.
    if (f->asyncMarker == AsyncMarker::SyncStar) continue;
    auto local = localFunctionNames.find(f);
    suffix = "." + (local != localFunctionNames.end() ? std::string(local->second) : std::string("<anonymous closure>")) + suffix;
  }
  dartNames[fn] = dartName(enclosing) + suffix;
  functionLibraries[fn] = enclosing->library;
  pending.push_back({enclosing, node, fn, true, nullptr});
  return fn;
}

// --- Strings and constants -------------------------------------------------------------------------------

llvm::GlobalVariable* Module::cString(const std::string& s) {
  auto it = cStrings_.find(s);
  if (it != cStrings_.end()) return it->second;
  auto* init = llvm::ConstantDataArray::getString(llvm, s, true);
  auto* gv = new llvm::GlobalVariable(module, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, ".str");
  gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  cStrings_[s] = gv;
  return gv;
}

llvm::Constant* Module::stringLiteral(std::string_view ascii) {
  return stringLiteral(std::u16string(ascii.begin(), ascii.end()));
}

llvm::Constant* Module::stringLiteral(const std::u16string& value) {
  auto it = strings_.find(value);
  if (it != strings_.end()) return it->second;
  bool oneByte = std::all_of(value.begin(), value.end(), [](char16_t c) { return c <= 0xFF; });
  uint32_t hash = 0;
  for (char16_t c : value) hash = dart_hash_combine(hash, c);
  hash = dart_hash_finalize(hash);
  uint64_t dataBytes = value.size() * (oneByte ? 1 : 2);
  uint64_t size = sizeof(DartString) + dataBytes;
  uint32_t cid = oneByte ? oneByteStringCid_ : twoByteStringCid_;
  llvm::Constant* data;
  if (oneByte) {
    std::vector<uint8_t> bytes(value.begin(), value.end());
    data = llvm::ConstantDataArray::get(llvm, bytes);
  } else {
    std::vector<uint16_t> units(value.begin(), value.end());
    data = llvm::ConstantDataArray::get(llvm, units);
  }
  auto* init = llvm::ConstantStruct::getAnon(
      llvm, {llvm::ConstantInt::get(i64, dart_make_header(cid, size)), llvm::ConstantInt::get(i32, value.size()),
             llvm::ConstantInt::get(i32, hash), data});
  auto* gv = new llvm::GlobalVariable(module, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, ".dartstr");
  gv->setAlignment(llvm::Align(DART_OBJECT_ALIGNMENT));
  strings_[value] = gv;
  return gv;
}

llvm::Constant* Module::trueObject() {
  if (!trueObject_) {
    auto make = [&](bool v, const char* name) {
      auto* init = llvm::ConstantStruct::getAnon(
          llvm, {llvm::ConstantInt::get(i64, dart_make_header(boolCid_, sizeof(DartBool))), llvm::ConstantInt::get(i64, v)});
      auto* gv = new llvm::GlobalVariable(module, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, name);
      gv->setAlignment(llvm::Align(DART_OBJECT_ALIGNMENT));
      return gv;
    };
    trueObject_ = make(true, "dartc.true");
    falseObject_ = make(false, "dartc.false");
  }
  return trueObject_;
}

llvm::Constant* Module::falseObject() {
  trueObject();
  return falseObject_;
}

llvm::Constant* Module::constant(const Constant* c) {
  switch (c->kind) {
    case ConstantKind::Null: return llvm::ConstantPointerNull::get(ptr);
    case ConstantKind::Bool: return static_cast<const BoolConstant*>(c)->value ? trueObject() : falseObject();
    case ConstantKind::String: return stringLiteral(static_cast<const StringConstant*>(c)->value);
    case ConstantKind::Int: {
      int64_t v = static_cast<const IntConstant*>(c)->value;
      if (dart_fits_smi(v)) return llvm::ConstantExpr::getIntToPtr(llvm::ConstantInt::get(i64, dart_smi_from(v)), ptr);
      break;
    }
    default: break;
  }
  auto it = constants_.find(c);
  if (it != constants_.end()) return it->second;
  llvm::Constant* obj = emitConstantObject(c);
  constants_[c] = obj;
  return obj;
}

llvm::Constant* Module::constantAs(const Constant* c, Rep rep) {
  switch (rep) {
    case Rep::Int:
      if (c->kind == ConstantKind::Int) return llvm::ConstantInt::get(i64, static_cast<const IntConstant*>(c)->value);
      break;
    case Rep::Double:
      if (c->kind == ConstantKind::Double) return llvm::ConstantFP::get(f64, static_cast<const DoubleConstant*>(c)->value);
      if (c->kind == ConstantKind::Int) return llvm::ConstantFP::get(f64, static_cast<double>(static_cast<const IntConstant*>(c)->value));
      break;
    case Rep::Bool:
      if (c->kind == ConstantKind::Bool) return llvm::ConstantInt::get(i1, static_cast<const BoolConstant*>(c)->value);
      break;
    default: break;
  }
  return constant(c);
}

llvm::Constant* Module::emitConstantObject(const Constant* c) {
  auto global = [&](llvm::Constant* init, const char* name) {
    auto* gv = new llvm::GlobalVariable(module, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, name);
    gv->setAlignment(llvm::Align(DART_OBJECT_ALIGNMENT));
    return gv;
  };
  switch (c->kind) {
    case ConstantKind::Int: {
      int64_t v = static_cast<const IntConstant*>(c)->value;
      return global(llvm::ConstantStruct::getAnon(llvm, {llvm::ConstantInt::get(i64, dart_make_header(intCid_, 16)),
                                                          llvm::ConstantInt::get(i64, v)}),
                    "dartc.mint");
    }
    case ConstantKind::Double: {
      double v = static_cast<const DoubleConstant*>(c)->value;
      return global(llvm::ConstantStruct::getAnon(llvm, {llvm::ConstantInt::get(i64, dart_make_header(doubleCid_, 16)),
                                                          llvm::ConstantFP::get(f64, v)}),
                    "dartc.double");
    }
    case ConstantKind::Instance: {
      auto* inst = static_cast<const InstanceConstant*>(c);
      const dispatch::ClassLayout* cl = layout.classLayout(inst->cls);
      if (!cl) {
        error("internal: constant of a class without layout: " + std::string(inst->cls->name));
        return llvm::ConstantPointerNull::get(ptr);
      }
      std::vector<llvm::Constant*> slots(cl->instanceSize / 8, llvm::ConstantInt::get(i64, 0));
      slots[0] = llvm::ConstantInt::get(i64, headerOf(inst->cls));
      if (cl->typeArgsOffset >= 0) {
        std::vector<const DartType*> own = inst->typeArgs;
        if (own.size() != inst->cls->typeParams.size()) own.assign(inst->cls->typeParams.size(), program.types.dynamicType());
        slots[cl->typeArgsOffset / 8] = rtTypeArgs(flatTypeArgs(inst->cls, own), TypeParamMode::Own);
      }
      for (const auto& [field, value] : inst->fieldValues) {
        if (!layout.hasField(field)) continue;
        uint32_t off = layout.fieldOffset(field);
        dispatch::SlotRep sr = layout.fieldRep(field);
        Rep r = sr == dispatch::SlotRep::Int ? Rep::Int : sr == dispatch::SlotRep::Double ? Rep::Double
                : sr == dispatch::SlotRep::Bool ? Rep::Bool : Rep::Value;
        llvm::Constant* v = constantAs(value, r);
        if (r == Rep::Bool) v = llvm::ConstantInt::get(i64, llvm::cast<llvm::ConstantInt>(v)->getZExtValue());
        slots[off / 8] = v;
      }
      return global(llvm::ConstantStruct::getAnon(llvm, slots), "dartc.const");
    }
    case ConstantKind::List: {
      auto* list = static_cast<const ListConstant*>(c);
      std::vector<llvm::Constant*> elems;
      for (const Constant* e : list->elements) elems.push_back(constant(e));
      return immutableList(elems, list->elementType);
    }
    case ConstantKind::Map: return constMap(static_cast<const MapConstant*>(c));
    case ConstantKind::Set: return constSet(static_cast<const SetConstant*>(c));
    case ConstantKind::Record: return constRecord(static_cast<const RecordConstant*>(c));
    case ConstantKind::TearOff: {
      auto* t = static_cast<const TearOffConstant*>(c);
      if (t->typeArgs.empty() || !signatureOf(t->target).hasTypeArgs) return staticTearOff(t->target);
      return instantiatedTearOff(t->target, rtTypeArgs(t->typeArgs, TypeParamMode::Own));
    }
    case ConstantKind::TypeLiteral:
      return rtType(static_cast<const TypeLiteralConstant*>(c)->literalType, TypeParamMode::Own);
    default:
      error("Constants of this kind (" + std::to_string(static_cast<int>(c->kind)) + ") are not supported by codegen yet.");
      return llvm::ConstantPointerNull::get(ptr);
  }
}

// --- Statics ---------------------------------------------------------------------------------------------

const Module::StaticSlot& Module::staticSlot(const Field* field) {
  auto it = statics_.find(field);
  if (it != statics_.end()) return it->second;
  StaticSlot slot;
  slot.offset = staticsSize_;
  staticsSize_ += 8;
  slot.rep = fieldRepOf(field);
  if (field->hasLazyInitializer() || field->isLate) {
    slot.stateOffset = static_cast<int32_t>(staticsSize_);
    staticsSize_ += 8;  // the state byte, kept word-aligned for simplicity
  }
  if (field->hasLazyInitializer()) {
    auto* type = llvm::FunctionType::get(voidTy, {}, false);
    slot.initializer = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage,
                                              symbolName(field) + ".<init>", module);
    dartNames[slot.initializer] = dartName(field) + " (initializer)";
    functionLibraries[slot.initializer] = field->library;
    PendingFunction p;
    p.member = field;
    p.llvmFunction = slot.initializer;
    p.lazyField = field;
    pending.push_back(p);
  }
  staticOrder_.push_back(field);
  return statics_[field] = slot;
}

void Module::finishStatics() {
  // The template: each slot's initial value (constants in place), state bytes zero.
  std::vector<llvm::Constant*> words(staticsSize_ / 8, llvm::ConstantInt::get(i64, 0));
  std::vector<uint64_t> map((words.size() + 63) / 64 + 1, 0);
  for (const Field* f : staticOrder_) {
    const StaticSlot& s = statics_[f];
    if (s.rep == Rep::Value) map[(s.offset / 8) / 64] |= uint64_t(1) << ((s.offset / 8) % 64);
    if (s.initializer || !f->initializer) continue;
    const Expression* init = f->initializer;
    const Constant* k = nullptr;
    if (init->kind == ExprKind::ConstantExpr) k = static_cast<const ConstantExpr*>(init)->constant;
    llvm::Constant* v = nullptr;
    switch (init->kind) {
      case ExprKind::IntLiteral: {
        int64_t iv = static_cast<const IntLiteral*>(init)->value;
        v = s.rep == Rep::Int ? llvm::ConstantInt::get(i64, iv)
            : dart_fits_smi(iv) ? static_cast<llvm::Constant*>(llvm::ConstantInt::get(i64, dart_smi_from(iv))) : nullptr;
        if (!v) {
          auto box = std::make_unique<IntConstant>();
          box->value = iv;
          v = llvm::ConstantExpr::getPtrToInt(emitConstantObject(box.get()), i64);
        }
        break;
      }
      case ExprKind::DoubleLiteral: {
        double dv = static_cast<const DoubleLiteral*>(init)->value;
        if (s.rep == Rep::Double) {
          v = llvm::ConstantExpr::getBitCast(llvm::ConstantFP::get(f64, dv), i64);
        } else {
          auto box = std::make_unique<DoubleConstant>();
          box->value = dv;
          v = llvm::ConstantExpr::getPtrToInt(emitConstantObject(box.get()), i64);
        }
        break;
      }
      case ExprKind::BoolLiteral: {
        bool bv = static_cast<const BoolLiteral*>(init)->value;
        v = s.rep == Rep::Bool ? llvm::ConstantInt::get(i64, bv)
                               : llvm::ConstantExpr::getPtrToInt(bv ? trueObject() : falseObject(), i64);
        break;
      }
      case ExprKind::StringLiteral:
        v = llvm::ConstantExpr::getPtrToInt(stringLiteral(static_cast<const StringLiteral*>(init)->value), i64);
        break;
      case ExprKind::NullLiteral: break;
      case ExprKind::ConstantExpr: {
        llvm::Constant* c = constantAs(k, s.rep);
        if (c->getType() == i1) c = llvm::ConstantInt::get(i64, llvm::cast<llvm::ConstantInt>(c)->getZExtValue());
        else if (c->getType() == f64) c = llvm::ConstantExpr::getBitCast(c, i64);
        else if (c->getType() == ptr) c = llvm::ConstantExpr::getPtrToInt(c, i64);
        v = c;
        break;
      }
      default: break;
    }
    if (v) words[s.offset / 8] = v;
  }
  auto* arrTy = llvm::ArrayType::get(i64, words.size());
  auto* tmpl = new llvm::GlobalVariable(module, arrTy, true, llvm::GlobalValue::ExternalLinkage,
                                        llvm::ConstantArray::get(arrTy, words), "dartrt_statics_template");
  tmpl->setAlignment(llvm::Align(16));
  new llvm::GlobalVariable(module, i64, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantInt::get(i64, staticsSize_),
                           "dartrt_statics_size");
  auto* mapTy = llvm::ArrayType::get(i64, map.size());
  std::vector<llvm::Constant*> mapWords;
  for (uint64_t w : map) mapWords.push_back(llvm::ConstantInt::get(i64, w));
  new llvm::GlobalVariable(module, mapTy, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantArray::get(mapTy, mapWords),
                           "dartrt_statics_pointer_map");
}

// --- Dispatch table shapes ----------------------------------------------------------------------------

const Module::TableShape& Module::tableShape(const tfa::Selector& s) {
  auto it = tableShapes_.find(s);
  if (it != tableShapes_.end()) return it->second;
  TableShape shape;
  // All implementations of the selector, from the placed row.
  std::vector<const dispatch::TableEntry*> impls;
  if (const dispatch::SelectorRow* row = layout.row(s)) {
    for (const auto& interval : row->intervals) {
      const dispatch::TableEntry* e = &layout.implementations()[interval.implementation];
      if (std::find(impls.begin(), impls.end(), e) == impls.end()) impls.push_back(e);
    }
  }
  std::vector<std::string_view> named;
  std::vector<std::vector<Rep>> positionalReps;
  std::vector<bool> requiredEverywhere;
  bool first = true;
  Rep result = Rep::Void;
  bool resultSet = false;
  auto mergeResult = [&](Rep r) {
    if (!resultSet) {
      result = r;
      resultSet = true;
    } else if (result != r) {
      result = Rep::Value;
    }
  };
  for (const dispatch::TableEntry* e : impls) {
    switch (e->kind) {
      case dispatch::EntryKind::FieldGet: mergeResult(fieldRepOf(static_cast<const Field*>(e->member))); break;
      case dispatch::EntryKind::FieldSet: {
        Rep r = fieldRepOf(static_cast<const Field*>(e->member));
        if (positionalReps.empty()) positionalReps.resize(1);
        positionalReps[0].push_back(r);
        mergeResult(Rep::Void);
        break;
      }
      case dispatch::EntryKind::TearOff:
      case dispatch::EntryKind::GetterThenCall: mergeResult(Rep::Value); break;
      case dispatch::EntryKind::Call: {
        auto* p = static_cast<const Procedure*>(e->member);
        const FunctionNode* fn = p->function;
        if (positionalReps.size() < fn->positional.size()) positionalReps.resize(fn->positional.size());
        if (requiredEverywhere.size() < fn->positional.size()) requiredEverywhere.resize(fn->positional.size(), first);
        for (size_t i = 0; i < fn->positional.size(); ++i) {
          positionalReps[i].push_back(variableRep(fn->positional[i]));
          if (i >= fn->requiredPositionalCount) requiredEverywhere[i] = false;
        }
        for (size_t i = fn->positional.size(); i < requiredEverywhere.size(); ++i) requiredEverywhere[i] = false;
        for (const Variable* v : fn->named) {
          if (std::find(named.begin(), named.end(), v->name) == named.end()) named.push_back(v->name);
        }
        Rep r = p->kind == ProcedureKind::Setter ? Rep::Void : resultRep(fn);
        mergeResult(r);
        // Dart's override rules give every generic implementation the same type parameter count.
        if (!fn->typeParams.empty()) {
          shape.typeArgs = true;
          shape.typeArgCount = fn->typeParams.size();
        }
        first = false;
        break;
      }
    }
  }
  std::sort(named.begin(), named.end());
  shape.positional = positionalReps.size();
  shape.named = named;
  for (size_t i = 0; i < positionalReps.size(); ++i) {
    Rep r = positionalReps[i].empty() ? Rep::Value : positionalReps[i][0];
    for (Rep x : positionalReps[i]) {
      if (x != r) r = Rep::Value;
    }
    // An optional parameter may arrive as the "missing" sentinel: keep it a value word.
    bool required = i < requiredEverywhere.size() ? requiredEverywhere[i] : true;
    if (!required || positionalReps[i].size() != impls.size()) r = Rep::Value;
    if (s.kind == tfa::SelectorKind::Setter) r = positionalReps[i].size() == impls.size() ? r : Rep::Value;
    shape.params.push_back(r);
  }
  for (size_t i = 0; i < named.size(); ++i) shape.params.push_back(Rep::Value);
  shape.result = resultSet ? result : Rep::Value;
  return tableShapes_[s] = shape;
}

Signature Module::tableSignature(const tfa::Selector& s) {
  const TableShape& shape = tableShape(s);
  Signature sig;
  sig.receiver = Rep::Value;
  sig.hasTypeArgs = shape.typeArgs;
  sig.params = shape.params;
  sig.result = shape.result;
  sig.type = llvmSignature(*this, sig);
  return sig;
}

const ContextPlan* Module::contextPlan(const Member* member) {
  auto it = contextPlans_.find(member);
  if (it != contextPlans_.end()) return it->second.get();
  auto& plan = contextPlans_[member] = planContexts(member);
  functionTypeParamBase_.insert(plan->typeParamBase.begin(), plan->typeParamBase.end());
  return plan.get();
}

llvm::GlobalVariable* Module::dispatchTable() {
  if (!dispatchTable_) {
    // Declared here, given its contents once every stub exists (tables.cpp).
    dispatchTable_ = new llvm::GlobalVariable(module, llvm::ArrayType::get(ptr, 0), true, llvm::GlobalValue::InternalLinkage,
                                              nullptr, "dartc.dispatch_table.decl");
  }
  return dispatchTable_;
}

llvm::GlobalVariable* Module::classNames() {
  if (!classNames_) {
    classNames_ = new llvm::GlobalVariable(module, llvm::ArrayType::get(ptr, 0), true, llvm::GlobalValue::InternalLinkage,
                                           nullptr, "dartc.class_names.decl");
  }
  return classNames_;
}

void Module::defineGlobal(llvm::GlobalVariable*& placeholder, llvm::Constant* init, const char* name) {
  auto* gv = new llvm::GlobalVariable(module, init->getType(), true, llvm::GlobalValue::InternalLinkage, init, name);
  gv->setAlignment(llvm::Align(16));
  if (placeholder) {
    placeholder->replaceAllUsesWith(gv);
    placeholder->eraseFromParent();
  }
  placeholder = gv;
}

}  // namespace dartc::codegen
