// State shared by the lowering of one program into one LLVM module: the LLVM objects, the
// program's facts and layout, and the caches of everything emitted once (functions, strings,
// constants, statics, stubs).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include "codegen/codegen.h"
#include "context_plan.h"
#include "representation.h"
#include "runtime_api.h"
#include "source_positions.h"

namespace dartc::codegen {

// The LLVM-level signature of a function in the direct (unboxed) calling convention.
struct Signature {
  Rep receiver = Rep::Void;    // instance members and constructors: how `this` is passed
  bool hasContext = false;     // closures and local functions: the captured context first
  bool hasTypeArgs = false;    // generic functions and factories: their type argument vector next
  std::vector<Rep> params;     // positional, then named in declaration order
  Rep result = Rep::Void;
  const kernel::RecordType* record = nullptr;  // result Rep::Record: the record type returned as fields
  llvm::FunctionType* type = nullptr;
};

// A function to lower: a member's body, or a closure/local function inside one.
struct PendingFunction {
  const kernel::Member* member = nullptr;        // the member (for closures: the enclosing one)
  const kernel::FunctionNode* function = nullptr;  // null for field initializer functions
  llvm::Function* llvmFunction = nullptr;
  bool isClosure = false;
  const kernel::Field* lazyField = nullptr;  // a static field's lazy initializer, or a late
                                             // instance field's (then the function takes `this`)
  bool skipCovariantChecks = false;  // an unchecked entry (Module::uncheckedFunction)
};

class ExactListFields;
class ExactListLocals;
class ExactReceivers;

class Module {
 public:
  Module(const kernel::Program& program, const tfa::FlowFacts& facts, const dispatch::ProgramLayout& layout,
         const Options& options, llvm::LLVMContext& llvm, llvm::Module& module, Diagnostics& diags);

  const kernel::Program& program;
  const tfa::FlowFacts& facts;
  const dispatch::ProgramLayout& layout;
  const Options& options;
  llvm::LLVMContext& llvm;
  llvm::Module& module;
  Diagnostics& diags;
  RuntimeApi rt;
  SourcePositions positions;  // debug locations for the stack traces' line table

  // LLVM types used everywhere.
  llvm::Type* voidTy;
  llvm::IntegerType* i1;
  llvm::IntegerType* i8;
  llvm::IntegerType* i32;
  llvm::IntegerType* i64;
  llvm::Type* f64;
  llvm::PointerType* ptr;

  // Alias classes (TBAA) of memory accesses, see docs/codegen-aliasing.md. A captured double's
  // cell is written in place and never reachable as a Dart value, so no other tagged access
  // touches it: LLVM may keep the cell's value in a register across a loop of loads and stores
  // of ordinary heap words. Untagged accesses still alias both. An array element (a `_List`
  // slot, through the core library's array intrinsics) is a third class: a store into a list
  // leaves loads of headers, fields, lengths and type arguments where they are.
  void tagDoubleCell(llvm::Instruction* access) const;
  void tagOrdinary(llvm::Instruction* access) const;
  void tagArrayElement(llvm::Instruction* access) const;
  // The write barrier's load and store of the header's GC byte (DART_HEADER_BARRIER_BYTE): a
  // fourth class, so that the barrier's inline clearing of the bit leaves fields, lengths and
  // elements in registers. No other access of generated code touches that byte after the
  // allocation's (untagged) header store: class ids are the header's low four bytes.
  void tagGcFlags(llvm::Instruction* access) const;
  // The load of an object's class id (the header's low four bytes): a fifth class. A class id
  // never changes (docs/gc.md: objects do not move) and no tagged store of generated code
  // writes a header (the allocation's header store is untagged), so a field, element or length
  // store leaves the class id in a register, and a second class-id test of the same list after
  // `disk.next = top` folds into the first (towers).
  void tagClassId(llvm::Instruction* access) const;
  // An instance field's or static slot's load or store (loadField/storeField), at `offset` from
  // the start of its object or statics block: a class of its own per offset under `ordinary`
  // (field_alias_classes.cpp), since two such accesses at different offsets never overlap.
  void tagField(llvm::Instruction* access, uint32_t offset);

  llvm::Type* typeOf(Rep r) const;
  Rep repOf(const kernel::DartType* t) const;
  // Representations that type-flow analysis may unbox beyond the static type: a parameter or
  // local, a function's result, a field (instance fields: the layout's slot, from the same fact).
  Rep variableRep(const kernel::Variable* v) const;
  Rep resultRep(const kernel::FunctionNode* fn) const;
  Rep fieldRepOf(const kernel::Field* f) const;
  // `this` inside members of `cls`: unboxed for int, double and bool.
  Rep receiverRep(const kernel::Class* cls) const;
  // The SIMD value classes (simd_values.cpp): the vector representation of Float32x4, Float64x2
  // and Int32x4 (Rep::Value for any other class), and back.
  Rep simdRepOf(const kernel::Class* cls) const;
  const kernel::Class* simdClass(Rep r) const;
  llvm::Type* simdVectorType(Rep r) const;
  const kernel::CoreTypes& core() const { return program.core; }

  // --- Functions -----------------------------------------------------------------------------------
  Signature signatureOf(const kernel::Member* member);          // procedures and constructors
  Signature signatureOf(const kernel::FunctionNode* closure);   // closures and local functions
  // The LLVM function implementing a member (declared on first use, lowered later).
  llvm::Function* directFunction(const kernel::Member* member);
  llvm::Function* closureFunction(const kernel::FunctionNode* fn, const kernel::Member* enclosing);
  // The member without the checks of its covariant parameters, for callers that proved them
  // (unchecked_list_stores.cpp; the VM's unchecked entry points).
  llvm::Function* uncheckedFunction(const kernel::Member* member);
  const ExactListFields& exactListFields();  // computed on first use
  const ExactListLocals& exactListLocals();  // computed on first use (exact_list_locals.h)
  const ExactReceivers& exactReceivers();    // computed on first use (exact_receivers.h)
  std::vector<PendingFunction> pending;  // functions declared but not yet lowered
  // Dispatch table stubs by implementation, declared on first use (a guarded List call may name
  // one before the table is emitted; tables.cpp gives them their bodies), and the table's slots.
  std::unordered_map<const dispatch::TableEntry*, llvm::Function*> tableStubs;
  std::vector<const dispatch::TableEntry*> tableSlots;
  // Name used for a function in stack traces and size reports; empty for a Dart function that
  // stack traces leave out (isInvisibleFrame).
  std::unordered_map<llvm::Function*, std::string> dartNames;
  bool isInvisibleFrame(const kernel::Member* member) const;
  // `@pragma('vm:prefer-inline')` in the core library: the member's function, and its dispatch
  // table stub, are LLVM `alwaysinline`.
  static bool prefersInline(const kernel::Member* member);  // @pragma('vm:prefer-inline')
  static bool forbidsInline(const kernel::Member* member);  // @pragma('vm:never-inline')
  // Whether `sub` has `target` among its superclasses, mixins or interfaces (itself included).
  static bool isSubclassOrImplements(const kernel::Class* sub, const kernel::Class* target);
  // Local functions' names (registered where they are declared), for their closures' names.
  std::unordered_map<const kernel::FunctionNode*, std::string_view> localFunctionNames;
  std::unordered_map<llvm::Function*, const kernel::Library*> functionLibraries;
  // The member whose code each lowered function (body, closure, initializer, table stub) is,
  // for the size report's symbol origins (symbol_origins.cpp).
  std::unordered_map<llvm::Function*, const kernel::Member*> functionMembers;
  // The LLVM names of the function table's entries, in its order (the line table's index).
  std::vector<std::string> functionTableNames;
  std::vector<bool> functionTableVisible;  // has a name: is a stack trace frame
  // The function table's entries as collected before optimization, emitted after it (tables.cpp).
  struct FunctionTableEntry {
    std::string name;                       // shown in stack traces; empty: no frame of its own
    const kernel::Library* library = nullptr;  // its location when a frame has no position
  };
  std::vector<FunctionTableEntry> functionTableEntries;
  // Drops the cache of cString(): optimization may have deleted the strings nothing used.
  void forgetCachedStrings() { cStrings_.clear(); }

  // --- Closures (closures.cpp) ---------------------------------------------------------------------
  // A closure object (DartClosure) points at code with the closure calling convention: the
  // closure, then every parameter of the callee as a value word (positional in order, named
  // sorted by name; the "missing" sentinel for an optional one not passed). Its `function` field
  // points at a read-only FunctionInfo: the callee's shape (checked by typed call sites), its
  // dynamic entry (arguments in arrays, checked at run time) and whether it is a tear-off.
  // InstantiatedTearOff: a static generic function torn off with type arguments (`f<int>`, or
  // inferred from a function type context); its context word is the type-argument vector, so
  // two instantiations with the same (interned or constant) vector are equal like tear-offs.
  enum class ClosureKind : uint8_t { Closure, StaticTearOff, InstanceTearOff, InstantiatedTearOff };
  struct ClosureEntries {
    llvm::Function* entry = nullptr;
    llvm::Function* dynamicEntry = nullptr;
    llvm::Constant* info = nullptr;
  };
  const ClosureEntries& closureEntries(const kernel::FunctionNode* node, const kernel::Member* member, ClosureKind kind);
  // A number identifying a parameter list shape: positional count and named parameter names.
  // A generic closure's shape also counts its type parameters: a call site whose static type is
  // a generic function type passes the type arguments (own ones, before the parameters).
  uint64_t shapeId(size_t positional, std::vector<std::string_view> names, size_t typeParams = 0);
  // The type arguments of a closure call that goes through the dynamic entry (which has no
  // parameter for them): set by the caller just before the call, taken (and cleared) by the
  // dynamic entry. Null: none passed.
  llvm::GlobalVariable* pendingClosureTypeArgs();
  // The entries of a generic closure value instantiated with type arguments, by the generic
  // function type's shape (closure_instantiation.cpp).
  const ClosureEntries& instantiationEntries(const kernel::FunctionType* generic, const kernel::Member* member);
  llvm::Constant* staticTearOff(const kernel::Procedure* p);  // a read-only closure object
  // A read-only instantiated tear-off for a constant type-argument vector.
  llvm::Constant* instantiatedTearOff(const kernel::Procedure* p, llvm::Constant* typeArgs);
  llvm::FunctionType* closureEntryType(size_t params);
  llvm::FunctionType* dynamicEntryType();
  // `ptr (closure, info, w0..wn-1)`: a closure call's dynamic path for n positional arguments and
  // no named or type arguments, shared by every such call (closure_dynamic_calls.cpp).
  llvm::Function* closureDynamicCall(size_t positional);
  std::map<size_t, llvm::Function*> closureDynamicCalls;

  // --- Dynamic calls (dynamic.cpp) ------------------------------------------------------------
  llvm::FunctionType* dynamicStubType(tfa::SelectorKind kind);
  llvm::Function* dynamicStub(const kernel::Member* member, tfa::SelectorKind kind);
  // `ptr lookup(i32 cid)`: the stub answering `name` of `kind` for a class, or null.
  llvm::Function* dynamicLookup(std::string_view name, tfa::SelectorKind kind);
  // The string constant a dynamic entry matches a named parameter's name with (by identity);
  // every one is listed in dartrt_parameter_names for Function.apply (tables.cpp).
  llvm::Constant* parameterName(std::string_view name);
  std::map<std::string, llvm::Constant*> parameterNames;

  // --- Classes ---------------------------------------------------------------------------------------
  uint32_t cidOf(const kernel::Class* cls) const;
  uint32_t nullCid() const { return nullCid_; }
  uint32_t intCid() const { return intCid_; }
  uint32_t doubleCid() const { return doubleCid_; }
  uint32_t boolCid() const { return boolCid_; }
  uint32_t oneByteStringCid() const { return oneByteStringCid_; }
  uint32_t twoByteStringCid() const { return twoByteStringCid_; }
  uint32_t arrayCid() const { return arrayCid_; }
  uint32_t closureCid() const { return closureCid_; }
  uint32_t contextCid() const { return contextCid_; }
  uint32_t stackTraceCid() const { return stackTraceCid_; }
  uint32_t typeCid() const { return typeCid_; }
  uint32_t bigIntDigitsCid() const { return bigIntDigitsCid_; }
  // The header word of a fixed-size instance of `cls`.
  uint64_t headerOf(const kernel::Class* cls) const;

  // --- Constants -------------------------------------------------------------------------------------
  llvm::Constant* stringLiteral(const std::u16string& value);
  llvm::Constant* stringLiteral(std::string_view ascii);
  llvm::Constant* constant(const kernel::Constant* c);  // a value word (null, Smi, or object address)
  llvm::Constant* trueObject();
  llvm::Constant* falseObject();
  // A constant in the given representation (ints unboxed, etc.).
  llvm::Constant* constantAs(const kernel::Constant* c, Rep rep);

  // --- Statics -----------------------------------------------------------------------------------------
  struct StaticSlot {
    uint32_t offset = 0;     // byte offset of the value in the statics block
    int32_t stateOffset = -1;  // byte offset of the lazy-init state byte, or -1
    Rep rep = Rep::Value;
    llvm::Function* initializer = nullptr;  // lazy initializer, or null
  };
  const StaticSlot& staticSlot(const kernel::Field* field);
  void finishStatics();  // emits the statics template, size and pointer map
  // `ptr init(ptr this)`: the initializer of a late instance field, run on its first read.
  llvm::Function* lateFieldInitializer(const kernel::Field* field);
  // What a late field or local holds until it is set (not null, not a Smi, not an address).
  llvm::Constant* lateSentinel();

  // --- Dispatch -------------------------------------------------------------------------------------------
  // The table signature of a selector (all implementations agree on it).
  Signature tableSignature(const tfa::Selector& s);
  llvm::GlobalVariable* dispatchTable();  // @dartc.dispatch_table (filled by emitTables)
  llvm::GlobalVariable* classNames();     // @dartc.class_names: class name strings by cid
  bool usesClassNames() const { return classNames_ != nullptr; }
  // Give the placeholders declared while lowering their final contents (tables.cpp).
  void defineDispatchTable(llvm::Constant* init) { defineGlobal(dispatchTable_, init, "dartc.dispatch_table"); }
  void defineClassNames(llvm::Constant* init) { defineGlobal(classNames_, init, "dartc.class_names"); }
  // The shape of a call through the table for `s`: how many positional arguments and which named.
  struct TableShape {
    size_t positional = 0;
    bool typeArgs = false;  // generic methods: a type argument vector after the receiver
    size_t typeArgCount = 0;
    std::vector<std::string_view> named;  // sorted
    Rep result = Rep::Value;
    std::vector<Rep> params;  // positional then named, as passed
  };
  const TableShape& tableShape(const tfa::Selector& s);

  // --- Reified types (runtime_types.cpp) -------------------------------------------------------------
  // How a type parameter reference is encoded in a type template (DartRtType):
  //  Flattened: class parameters index the instance's flattened vector (instance members);
  //  Factory:   class parameters index the function's vector (factories receive them so);
  //  Own:       class parameters index the class's own arguments (supertype templates).
  // Function type parameters always index the function's vector.
  enum class TypeParamMode : uint8_t { Flattened, Factory, Own };
  llvm::Constant* rtType(const kernel::DartType* t, TypeParamMode mode);
  llvm::Constant* rtTypeConstant(uint8_t kind, uint8_t nullable, uint32_t id, const std::vector<llvm::Constant*>& args);
  // Inside generic function types whose parameters are `bound` (outermost first).
  llvm::Constant* rtTypeIn(const kernel::DartType* t, TypeParamMode mode, std::vector<const kernel::TypeParameter*>& bound);
  llvm::Constant* rtTypeArgs(const std::vector<const kernel::DartType*>& types, TypeParamMode mode);
  // The spec's NORM of a FutureOr type, outermost level (future_or_types.cpp): FutureOr<Object>
  // is Object, FutureOr<Never> Future<Never>, FutureOr<int?>? FutureOr<int?>, ...
  const kernel::DartType* normalizeFutureOr(const kernel::FutureOrType* f);
  // Appends a generic local function's own type arguments to the vector of the functions
  // around it: a template to instantiate with `outer` as the function vector and `own` as the
  // instantiator vector.
  llvm::Constant* concatTypeArgsTemplate(size_t outer, size_t own);
  // A vector of n `dynamic`s (type arguments nobody passed).
  llvm::Constant* dynamicTypeArgs(size_t n);
  // The type arguments of a generic function called without any (through `dynamic` or a
  // closure): Dart instantiates to bounds (`<T extends num>` gets num, an unbounded T dynamic).
  llvm::Constant* boundsTypeArgs(const std::vector<kernel::TypeParameter*>& params);
  // The flattened vector of an instance of `cls` whose own type arguments are `own`.
  std::vector<const kernel::DartType*> flatTypeArgs(const kernel::Class* cls, const std::vector<const kernel::DartType*>& own);
  uint32_t flatOffset(const kernel::Class* cls) const;  // index of cls's first own parameter
  // Whether cls's own parameters are its superclass's own arguments, unchanged and in order: its
  // flattened vector is then its superclass's (the VM's overlap).
  static bool overlapsSuperclass(const kernel::Class* cls);
  // Index of a function type parameter (or a factory's class parameter) in its function's vector.
  uint32_t functionTypeParamIndex(const kernel::TypeParameter* p) const;
  static bool isClosedType(const kernel::DartType* t);  // mentions no type parameter
  // Calls `visit` on each type a function type is made of: the return type, the parameters'
  // types and the bounds of its own type parameters (the types that may mention them).
  template <typename Visit>
  static void forEachFunctionTypePart(const kernel::FunctionType* f, Visit&& visit) {
    visit(f->returnType);
    for (const kernel::DartType* p : f->positional) visit(p);
    for (const auto& n : f->named) visit(n.type);
    for (const kernel::TypeParameter* p : f->typeParams) {
      if (p->bound) visit(p->bound);
    }
  }
  const kernel::DartType* substitute(const kernel::DartType* t, const std::vector<kernel::TypeParameter*>& params,
                                     const std::vector<const kernel::DartType*>& args);
  void emitClassTypes();  // dartrt_class_types (tables.cpp calls it with the other class tables)
  // dartrt_class_types, for inline tests of its subtype runs: the table, or a declaration that
  // emitClassTypes replaces.
  llvm::GlobalVariable* classTypesTable();
  static constexpr const char* kClassTypesName = "dartrt_class_types";
  // Records (codegen/src/records.cpp): the class id of _Record (0: no records), checking the
  // layout the runtime reads; the shape table, emitted last (types may add shapes until then).
  uint32_t recordCid();
  // Records in registers (records.cpp): a record type's fields in their static representations
  // (void as a value word), positional then named in the shape's order, and the struct of them.
  std::vector<Rep> recordFieldReps(const kernel::RecordType* r) const;
  llvm::StructType* recordFieldsType(const kernel::RecordType* r) const;
  // dart:_internal's `unsafeCast`, which wraps every record field read.
  const kernel::Procedure* unsafeCastProcedure() {
    if (!unsafeCast_) unsafeCast_ = program.findTopLevelProcedure("dart:_internal", "unsafeCast");
    return unsafeCast_;
  }
  void emitRecordShapes();
  // Function types (function_types.cpp): the number of a function type's shape in
  // dartrt_function_shapes, the table (emitted last: types may add shapes until then), and
  // the runtime type of a closure: {a constant type, or a function computing it} for its
  // FunctionInfo (DartFunctionInfo).
  uint32_t functionShapeId(const kernel::FunctionType* f);
  void emitFunctionShapes();
  std::pair<llvm::Constant*, llvm::Constant*> closureTypeInfo(const kernel::FunctionNode* node, const kernel::Member* member,
                                                              ClosureKind kind);
  // A FunctionInfo (DartFunctionInfo) in read-only data.
  llvm::Constant* functionInfo(uint64_t shape, llvm::Function* dynamicEntry, bool isTearOff,
                               std::pair<llvm::Constant*, llvm::Constant*> type);
  // The class whose type `runtimeType` reports for instances of `c` (String for _OneByteString).
  const kernel::Class* runtimeTypeClass(const kernel::Class* c);

  // Context plans, one per member that has closures or captured variables.
  const ContextPlan* contextPlan(const kernel::Member* member);

  // --- Helpers ------------------------------------------------------------------------------------------
  llvm::GlobalVariable* cString(const std::string& s);  // a NUL-terminated read-only string
  void error(const std::string& message) { diags.error({}, message); }
  void unsupported(SourceLoc loc, const std::string& what);
  bool failed() const { return diags.hasErrors(); }

  // Sentinel value word for an optional argument that was not passed (never a valid value: not
  // null, not a Smi, not 16-byte aligned).
  llvm::Constant* missingArgument();

 private:
  void computeBuiltinCids();
  const kernel::Class* simdClasses_[3] = {nullptr, nullptr, nullptr};  // Float32x4, Float64x2, Int32x4
  const kernel::Procedure* unsafeCast_ = nullptr;
  llvm::MDNode* tbaaDoubleCell_ = nullptr;  // access tags: see tagDoubleCell
  llvm::MDNode* tbaaOrdinary_ = nullptr;
  llvm::MDNode* tbaaArrayElement_ = nullptr;
  llvm::MDNode* tbaaGcFlags_ = nullptr;
  llvm::MDNode* tbaaClassId_ = nullptr;
  llvm::MDNode* tbaaOrdinaryType_ = nullptr;                 // the parent of the field classes
  std::unordered_map<uint32_t, llvm::MDNode*> tbaaFields_;  // access tags by offset: see tagField
  void defineGlobal(llvm::GlobalVariable*& placeholder, llvm::Constant* init, const char* name);
  llvm::Constant* emitConstantObject(const kernel::Constant* c);
  // Read-only collections (const_collections.cpp): an _ImmutableList of value words, and the
  // _ConstMap/_ConstSet objects of constant map and set literals.
  llvm::Constant* immutableList(const std::vector<llvm::Constant*>& elements, const kernel::DartType* elementType);
  // A read-only array object of class `listClass` (_ImmutableList, or _List for a record's data).
  llvm::Constant* constArray(const kernel::Class* listClass, const std::vector<llvm::Constant*>& elements,
                             const kernel::DartType* elementType);
  llvm::Constant* constRecord(const kernel::RecordConstant* c);  // records.cpp
  llvm::Constant* constMap(const kernel::MapConstant* c);
  llvm::Constant* constSet(const kernel::SetConstant* c);
  llvm::Constant* constCollection(const kernel::Class* cls, std::vector<const kernel::DartType*> typeArgs,
                                  llvm::Constant* contents);

  uint32_t nullCid_ = 0, intCid_ = 0, doubleCid_ = 0, boolCid_ = 0, oneByteStringCid_ = 0, twoByteStringCid_ = 0,
           arrayCid_ = 0, closureCid_ = 0, contextCid_ = 0, stackTraceCid_ = 0, typeCid_ = 0, bigIntDigitsCid_ = 0;
  std::unordered_map<const kernel::Member*, llvm::Function*> directFunctions_;
  std::unordered_map<const kernel::Member*, llvm::Function*> uncheckedFunctions_;
  std::shared_ptr<const ExactListFields> exactListFields_;  // (shared_ptr: the type is incomplete here)
  std::shared_ptr<const ExactListLocals> exactListLocals_;
  std::shared_ptr<const ExactReceivers> exactReceivers_;
  std::unordered_map<const kernel::FunctionNode*, llvm::Function*> closureFunctions_;
  std::map<std::u16string, llvm::Constant*> strings_;
  std::unordered_map<const kernel::Constant*, llvm::Constant*> constants_;
  std::unordered_map<const kernel::Field*, StaticSlot> statics_;
  std::vector<const kernel::Field*> staticOrder_;
  uint32_t staticsSize_ = 0;
  std::unordered_map<tfa::Selector, TableShape, tfa::SelectorHash> tableShapes_;
  std::map<std::string, llvm::GlobalVariable*> cStrings_;
  llvm::GlobalVariable* dispatchTable_ = nullptr;
  llvm::GlobalVariable* classNames_ = nullptr;
  llvm::Constant* trueObject_ = nullptr;
  llvm::Constant* falseObject_ = nullptr;
  int closureCounter_ = 0;
  std::unordered_map<const kernel::Member*, std::unique_ptr<ContextPlan>> contextPlans_;
  std::map<std::pair<const kernel::FunctionNode*, int>, ClosureEntries> closureEntries_;
  std::map<std::string, uint64_t> shapeIds_;
  std::unordered_map<const kernel::Procedure*, llvm::Constant*> staticTearOffs_;
  std::map<std::pair<const kernel::Procedure*, llvm::Constant*>, llvm::Constant*> instantiatedTearOffs_;
  std::map<std::pair<const kernel::Member*, int>, llvm::Function*> dynamicStubs_;
  std::map<std::string, llvm::Function*> dynamicLookups_;
  std::unordered_map<const kernel::Field*, llvm::Function*> lateInitializers_;
  std::map<std::pair<const kernel::DartType*, int>, llvm::Constant*> rtTypes_;
  std::map<std::pair<std::vector<const kernel::DartType*>, int>, llvm::Constant*> rtTypeArgs_;
  std::map<std::pair<size_t, size_t>, llvm::Constant*> concatTemplates_;
  std::map<uint64_t, ClosureEntries> instantiationEntries_;
  // Type parameters of generic local functions: their offset in the function's vector
  // (ContextPlan::typeParamBase, gathered as plans are made).
  std::unordered_map<const kernel::TypeParameter*, uint32_t> functionTypeParamBase_;
  llvm::GlobalVariable* pendingClosureTypeArgs_ = nullptr;
  struct FunctionShape {
    uint32_t typeParams = 0, required = 0, positional = 0;
    std::vector<std::pair<std::string, bool>> named;  // sorted by name; required
    uint32_t instantiated = 0;
  };
  std::vector<FunctionShape> functionShapes_{FunctionShape{}};  // entry 0: unused
  std::map<std::string, uint32_t> functionShapeIds_;
  uint32_t functionShapeId(const FunctionShape& shape);
  llvm::Constant* rtTypeArgsConstant(const std::vector<llvm::Constant*>& entries);
};

}  // namespace dartc::codegen
