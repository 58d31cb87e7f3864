#include "runtime_api.h"

#include <llvm/IR/DerivedTypes.h>

namespace dartc::codegen {

RuntimeApi::RuntimeApi(llvm::Module& module) : module_(module), ctx_(module.getContext()) {}

// Local-exec: the runtime (libdartrt.a) is always linked into the executable itself, so the
// variable's offset from the thread pointer is a link-time constant and a read is one `%fs` load
// (docs/runtime-abi.md). The runtime's own code, built -fPIC, uses initial-exec.
llvm::GlobalVariable* RuntimeApi::currentIsolate() {
  if (isolate_) return isolate_;
  auto* ptr = llvm::PointerType::getUnqual(ctx_);
  isolate_ = new llvm::GlobalVariable(module_, ptr, false, llvm::GlobalValue::ExternalLinkage, nullptr,
                                      "dartrt_current_isolate", nullptr, llvm::GlobalValue::LocalExecTLSModel);
  return isolate_;
}

llvm::FunctionCallee RuntimeApi::get(const std::string& name, llvm::FunctionType* type, bool noReturn) {
  llvm::FunctionCallee callee = module_.getOrInsertFunction(name, type);
  if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) {
    if (noReturn) f->setDoesNotReturn();
    f->setDoesNotThrow();
    if (noReturn) f->removeFnAttr(llvm::Attribute::NoUnwind);  // throwing entries unwind
  }
  return callee;
}

namespace {
llvm::FunctionType* fnType(llvm::Type* ret, std::initializer_list<llvm::Type*> params) {
  return llvm::FunctionType::get(ret, llvm::ArrayRef<llvm::Type*>(params.begin(), params.size()), false);
}
}  // namespace

#define PTR llvm::PointerType::getUnqual(ctx_)
#define I64 llvm::Type::getInt64Ty(ctx_)
#define I32 llvm::Type::getInt32Ty(ctx_)
#define I1 llvm::Type::getInt1Ty(ctx_)
#define F64 llvm::Type::getDoubleTy(ctx_)
#define VOID llvm::Type::getVoidTy(ctx_)

llvm::FunctionCallee RuntimeApi::allocate() {
  // Heap exhaustion throws OutOfMemoryError: the allocation may unwind (an invoke inside a try).
  llvm::FunctionCallee c = module_.getOrInsertFunction("dartrt_allocate", fnType(PTR, {I64, I64}));
  return c;
}
// A box is never null: a Smi has its tag bit set, a heap box is a fresh object (the allocation
// throws rather than return null). Without `nonnull`, the `current != null` test of an iterator's
// boxed _current kept a null path whose phi hid the box from BoxedIntRoundTrip.
static llvm::FunctionCallee boxEntry(llvm::FunctionCallee callee) {
  if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) f->addRetAttr(llvm::Attribute::NonNull);
  return callee;
}
llvm::FunctionCallee RuntimeApi::boxInt() { return boxEntry(get("dartrt_box_int", fnType(PTR, {I64}))); }
llvm::FunctionCallee RuntimeApi::boxDouble() { return boxEntry(get("dartrt_box_double", fnType(PTR, {F64}))); }
llvm::FunctionCallee RuntimeApi::printString() { return get("dartrt_print_string", fnType(VOID, {PTR})); }
llvm::FunctionCallee RuntimeApi::intToString() { return get("dartrt_int_to_string", fnType(PTR, {I64})); }
llvm::FunctionCallee RuntimeApi::doubleToString() { return get("dartrt_double_to_string", fnType(PTR, {F64})); }
llvm::FunctionCallee RuntimeApi::stringConcat() { return get("dartrt_string_concat", fnType(PTR, {PTR, PTR})); }
llvm::FunctionCallee RuntimeApi::stringConcatN() { return get("dartrt_string_concat_n", fnType(PTR, {PTR, I64})); }
llvm::FunctionCallee RuntimeApi::stringEquals() { return get("dartrt_string_equals", fnType(I32, {PTR, PTR})); }
llvm::FunctionCallee RuntimeApi::stringHash() { return get("dartrt_string_hash", fnType(I32, {PTR})); }
llvm::FunctionCallee RuntimeApi::stringCompare() { return get("dartrt_string_compare", fnType(I64, {PTR, PTR})); }
llvm::FunctionCallee RuntimeApi::identityHash() { return get("dartrt_identity_hash", fnType(I64, {PTR})); }
// The barrier's slow path: generated code has already cleared the object's barrier bit (its
// own `gc flags` store, FunctionLowering::writeBarrier); the call only appends the object to the
// isolate's remembered set, malloc'd memory the program cannot see. It neither reads nor writes
// the object, so it is `memory(inaccessiblemem: readwrite)`: LLVM keeps the object's fields,
// length and elements in registers across it. (It does capture the object: the set holds it.)
// The second argument, the stored value, is never read: it lets ConstantStoreBarrierElimination
// drop the barrier once inlining shows the value is a constant (barrier_elimination.cpp).
llvm::FunctionCallee RuntimeApi::rememberObject() {
  llvm::FunctionCallee callee = get("dartrt_remember_object", fnType(VOID, {PTR, PTR}));
  if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) {
    f->setMemoryEffects(llvm::MemoryEffects::inaccessibleMemOnly());
    f->setWillReturn();
    f->addParamAttr(1, llvm::Attribute::ReadNone);
    f->addParamAttr(1, llvm::Attribute::NoCapture);
  }
  return callee;
}

// Instantiation is a pure function of its arguments' identities: the templates, vectors and types
// it reads are immutable and never freed, and what it writes (its cache and the intern tables,
// outside the GC heap) generated code never reads. So LLVM may treat it as reading memory only:
// an unused instantiation is deleted (the <E> of an inlined `unsafeCast<E>(...)` in every list
// read) and equal ones are merged. (Not `memory(none)`: that would let LLVM assume the pointees
// are never read.)
static llvm::FunctionCallee pureEntry(RuntimeApi& rt, const std::string& name, llvm::FunctionType* type) {
  llvm::FunctionCallee callee = rt.get(name, type);
  if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) {
    f->setOnlyReadsMemory();
    f->setWillReturn();
  }
  return callee;
}
llvm::FunctionCallee RuntimeApi::instantiateType() {
  return pureEntry(*this, "dartrt_instantiate_type", fnType(PTR, {PTR, PTR, PTR}));
}
llvm::FunctionCallee RuntimeApi::instantiateTypeArgs() {
  return pureEntry(*this, "dartrt_instantiate_type_args", fnType(PTR, {PTR, PTR, PTR}));
}
// A subtype test reads the value's header, type arguments (record fields) and the types; it
// writes nothing, allocates nothing and never throws. Read-only, the cold `dartrt_is_instance`
// of a covariant check inside a loop of list stores no longer makes LLVM reload the list.
llvm::FunctionCallee RuntimeApi::isInstance() {
  return pureEntry(*this, "dartrt_is_instance", fnType(I1, {PTR, PTR}));
}

llvm::FunctionCallee RuntimeApi::throwException() {
  llvm::FunctionCallee c = module_.getOrInsertFunction("dartrt_throw", fnType(VOID, {PTR}));
  llvm::cast<llvm::Function>(c.getCallee())->setDoesNotReturn();
  return c;
}
llvm::FunctionCallee RuntimeApi::rethrowException() {
  llvm::FunctionCallee c = module_.getOrInsertFunction("dartrt_rethrow", fnType(VOID, {PTR, PTR}));
  llvm::cast<llvm::Function>(c.getCallee())->setDoesNotReturn();
  return c;
}
llvm::FunctionCallee RuntimeApi::exceptionValue() { return get("dartrt_exception_value", fnType(PTR, {PTR})); }
llvm::FunctionCallee RuntimeApi::exceptionStackTrace() { return get("dartrt_exception_stack_trace", fnType(PTR, {PTR})); }
llvm::FunctionCallee RuntimeApi::endCatch() { return get("dartrt_end_catch", fnType(VOID, {PTR})); }
llvm::FunctionCallee RuntimeApi::unwindResume() {
  llvm::FunctionCallee c = module_.getOrInsertFunction("_Unwind_Resume", fnType(VOID, {PTR}));
  llvm::cast<llvm::Function>(c.getCallee())->setDoesNotReturn();
  return c;
}

llvm::Function* RuntimeApi::personality() {
  llvm::FunctionType* t = fnType(I32, {I32, I32, I64, PTR, PTR});
  return llvm::cast<llvm::Function>(module_.getOrInsertFunction("dartrt_personality", t).getCallee());
}

#undef PTR
#undef I64
#undef I32
#undef I1
#undef F64
#undef VOID

}  // namespace dartc::codegen
