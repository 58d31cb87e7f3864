// Lowering of one function body (a member, a closure, or a static field's lazy initializer)
// from kernel to LLVM IR. Split by topic: lower_function.cpp (frame, variables, contexts,
// representations, objects, exceptions), lower_expressions.cpp, lower_calls.cpp,
// lower_statements.cpp, intrinsics.cpp.
#pragma once

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include <llvm/IR/IRBuilder.h>

#include "dartrt/abi.h"
#include "frontend/kernel.h"
#include "context_plan.h"
#include "module.h"

namespace dartc::codegen {

// Byte offset of slot `index` of a heap context (a DartArray-shaped object).
inline uint64_t contextSlotOffset(int index) { return sizeof(DartArray) + 8 * static_cast<uint64_t>(index); }

struct TypedValue {
  llvm::Value* value = nullptr;
  Rep rep = Rep::Value;
  const kernel::RecordType* record = nullptr;  // Rep::Record: the layout of the fields
};

// Where a variable lives: a stack slot (mem2reg makes it a register), or a slot of a heap
// context shared with closures.
struct VariableHome {
  llvm::AllocaInst* slot = nullptr;  // stack slot in the variable's representation
  Rep rep = Rep::Value;
  int contextScope = -1;  // index into the function's context scopes, when captured
  int contextIndex = -1;  // slot within that context
};

class FunctionLowering {
 public:
  FunctionLowering(Module& m, const PendingFunction& pending);
  void lower();
  // A dispatch-table entry stub: adapts the selector's table signature (receiver and optional
  // arguments as value words, missing ones as the sentinel) to the implementation (stubs.cpp).
  void lowerTableStub(const dispatch::TableEntry& entry, const Module::TableShape& shape);
  // Closure entries (closures.cpp): the closure calling convention to the callee's direct one,
  // and the dynamic entry (arguments in arrays) to the closure entry.
  void lowerClosureEntry(const kernel::FunctionNode* node, Module::ClosureKind kind);
  // `generic`: the closure takes type arguments (passed in Module::pendingClosureTypeArgs).
  void lowerDynamicEntry(const kernel::FunctionNode* node, llvm::Function* entry, bool generic,
                         Module::ClosureKind kind);
  // The entries of instantiated generic closure values (closure_instantiation.cpp).
  void lowerInstantiationEntry(const kernel::FunctionType* generic, uint64_t genericShape);
  void lowerInstantiationDynamicEntry();
  // A closure's runtime type, computed from its context (function_types.cpp), and that of an
  // instantiated generic closure value (closure_instantiation.cpp).
  void lowerClosureTypeGetter(const kernel::FunctionNode* node, Module::ClosureKind kind, const kernel::FunctionType* type);
  void lowerInstantiationTypeGetter();
  std::pair<llvm::Value*, llvm::Value*> instantiationParts(llvm::Value* self);
  // Whether the type arguments `type` (a closure's signature) mentions are reachable from the
  // closure: else its type is left unknown rather than computed wrongly.
  bool closureTypeReachable(const kernel::FunctionNode* node, Module::ClosureKind kind, const kernel::DartType* type);
  // Reads the arguments of a dynamic call (a positional array and a [name, value, ...] array)
  // as the callee's parameters, positional then named sorted by name, optional ones not passed
  // as the "missing" sentinel; branches to `fail` when they don't fit the callee.
  std::vector<llvm::Value*> unpackArguments(const kernel::FunctionNode* node, llvm::Value* positional,
                                            llvm::Value* named, llvm::BasicBlock* fail);
  // Throws NoSuchMethodError: kind 0 method, 1 getter, 2 setter; arrays may be null.
  void throwNoSuchMethod(llvm::Value* receiver, std::string_view name, int kind, llvm::Value* positional,
                         llvm::Value* named, SourceLoc loc, std::string_view existingSignature = {});
  // A call that found no member (or one that doesn't take the arguments): the receiver's
  // noSuchMethod with an Invocation of the call; returns its result (a value word).
  llvm::Value* invokeNoSuchMethod(llvm::Value* receiver, std::string_view name, int kind, llvm::Value* positional,
                                  llvm::Value* named, SourceLoc loc, std::string_view existingSignature = {},
                                  const std::vector<const kernel::DartType*>* typeArgs = nullptr);
  // Calls a value like a function with argument arrays: a closure through its dynamic entry,
  // another object through its `call` method.
  llvm::Value* callValueDynamically(llvm::Value* value, llvm::Value* posArray, llvm::Value* namedArray, SourceLoc loc);
  // A dynamic stub (dynamic.cpp): `name` of kind `kind` on an instance of a class whose member
  // `member` answers it, with the dynamic calling convention.
  void lowerDynamicStub(const kernel::Member* member, tfa::SelectorKind kind);
  llvm::Value* callMethodDynamically(llvm::Value* receiver, std::string_view name, llvm::Value* posArray,
                                     llvm::Value* namedArray, SourceLoc loc,
                                     const std::vector<const kernel::DartType*>* typeArgs = nullptr);
  TypedValue lowerDynamicGet(const kernel::DynamicGet* e);
  TypedValue lowerDynamicSet(const kernel::DynamicSet* e);
  TypedValue lowerDynamicInvocation(const kernel::DynamicInvocation* e);
  // The array form of evaluated arguments, for dynamic entries.
  llvm::Value* argumentArray(const std::vector<llvm::Value*>& words);
  // Creates a closure object for `entries` capturing `context` (a context or bound receiver).
  llvm::Value* makeClosure(const Module::ClosureEntries& entries, llvm::Value* context);
  // Calls a closure value with evaluated arguments (`named` in any order) and, for a generic
  // callee, its own type arguments (null: none given).
  TypedValue callClosure(llvm::Value* closure, const kernel::FunctionType* staticType,
                         const std::vector<TypedValue>& positional,
                         const std::vector<std::pair<std::string_view, TypedValue>>& named, SourceLoc loc,
                         llvm::Value* typeArgs = nullptr);

  // --- Used by intrinsics and stubs ----------------------------------------------------------------
  llvm::IRBuilder<>& builder() { return b_; }
  Module& module() { return m_; }
  TypedValue convert(TypedValue v, Rep to);
  llvm::Value* toValueWord(TypedValue v) { return convert(v, Rep::Value).value; }
  // SIMD values (simd_values.cpp): the library's object for a vector, the vector of an object,
  // and whether two vectors of one representation are identical (the same 128 bits).
  TypedValue boxSimd(TypedValue v);
  TypedValue unboxSimd(llvm::Value* word, Rep rep);
  llvm::Value* simdIdentical(llvm::Value* a, llvm::Value* b);
  // `identical(a, b)` of two values of one SIMD type, compared without boxes.
  std::optional<TypedValue> trySimdIdentical(const kernel::StaticInvocation* e);
  // `identical(a, b)` when an operand's static type admits no number or SIMD value: the two
  // words compared (identical_pointers.cpp).
  std::optional<TypedValue> tryPointerIdentical(const kernel::StaticInvocation* e);
  // For `identical` on two objects: whether a class id (i32) is a SIMD class's, and the result
  // `otherwise`, or the comparison of both boxes' bits when `bothSimd` (i1).
  llvm::Value* isSimdCid(llvm::Value* cid);
  llvm::Value* simdBoxesIdentical(llvm::Value* a, llvm::Value* b, llvm::Value* bothSimd, llvm::Value* otherwise);
  llvm::Value* cidOf(llvm::Value* valueWord);
  llvm::Value* allocateObject(uint64_t size, uint64_t header);
  llvm::Value* allocateDynamic(llvm::Value* size, llvm::Value* header);
  // Calls (or invokes, inside a try) a function that may throw.
  llvm::Value* call(llvm::FunctionCallee callee, llvm::ArrayRef<llvm::Value*> args);
  // Throws by calling a Dart helper of the core library (null checks, range errors, ...).
  void callThrowHelper(const kernel::Procedure* helper, llvm::ArrayRef<TypedValue> args, SourceLoc loc);
  // The result of a string concatenation native, after throwing OutOfMemoryError when it is null
  // (the string would be too long to exist, abi.h).
  llvm::Value* concatOrThrow(llvm::Value* result, SourceLoc loc);
  void startDeadBlock();  // after a terminator: further code goes to an unreachable block
  // Code that type-flow analysis proved never runs (a call no receiver reaches, the body of a
  // function never called): a trap, so a wrong proof stops the program instead of misbehaving.
  void emitTrap();
  // While alive, instructions get the debug location of `loc` (when known): the position a
  // stack trace shows for a call lowered from that node (source_positions.h).
  class PositionScope {
   public:
    PositionScope(FunctionLowering& f, SourceLoc loc);
    ~PositionScope();
    PositionScope(const PositionScope&) = delete;
    PositionScope& operator=(const PositionScope&) = delete;

   private:
    FunctionLowering& f_;
    llvm::DebugLoc saved_;
  };
  llvm::BasicBlock* newBlock(const char* name);
  // Ends the current block with a branch to `done` and continues there with a phi: `here` when
  // arriving from the current block, `other` when arriving from `otherBlock` (which branched to
  // `done` already or will).
  llvm::Value* mergeInto(llvm::BasicBlock* done, llvm::Value* here, llvm::Value* other, llvm::BasicBlock* otherBlock,
                         const char* name = "");
  llvm::Value* loadField(llvm::Value* object, uint32_t offset, Rep rep);
  // Instance fields with Dart's semantics (fields.cpp): `late` fields hold a sentinel until set
  // and run their initializer on first read.
  TypedValue readInstanceField(llvm::Value* object, const kernel::Field* field, SourceLoc loc);
  void writeInstanceField(llvm::Value* object, const kernel::Field* field, TypedValue value, SourceLoc loc,
                          bool initializing = false);
  Rep fieldRep(const kernel::Field* field);
  void throwLateError(const std::string& message, SourceLoc loc);
  // Stores into a field of a heap object (with the write barrier for value words) or, with
  // `barrier` false, into the statics block, a collector root.
  void storeField(llvm::Value* object, uint32_t offset, TypedValue value, bool barrier = true);
  // The generational collector's write barrier (docs/gc.md "Generations"), emitted before a value
  // word is stored into `object` (a heap object, not null): when the object's header says it is
  // old and not yet remembered, the runtime records it. Stores of constants (null, Smis,
  // read-only objects, none of them in the heap) need none: pass them as `value` to skip it.
  // Stores into an object allocated with no allocation or call since need none either.
  void writeBarrier(llvm::Value* object, llvm::Value* value = nullptr);
  // Captured double variables live in a box of their own, updated in place (lower_function.cpp).
  bool isDoubleCell(const kernel::Variable* v) const;
  void declareDoubleCell(const kernel::Variable* v, TypedValue initial);
  llvm::Value* smiOrBoxedToInt(llvm::Value* word);
  llvm::Value* intToValueWord(llvm::Value* i);
  // What each int conversion this function emitted was made from (an unboxed int -> the word
  // it was read from; a word -> the unboxed int it boxes), so that converting back returns the
  // original instead of a round trip LLVM cannot fold (a boxed int's value is a load). The
  // original dominates every use of what was made from it. Ints have no identity, and a boxed
  // int never holds a Smi's value (dartrt_box_int), so boxing an unboxed word gives it back.
  std::unordered_map<llvm::Value*, llvm::Value*> wordOfInt_;
  std::unordered_map<llvm::Value*, llvm::Value*> intOfWord_;
  std::unordered_map<const kernel::Variable*, llvm::Value*> wordOfFinalLocal_;

  // --- Reified types (lower_types.cpp) ------------------------------------------------------------
  // The runtime type (DartRtType*) of a static type in this function's generic context.
  llvm::Value* typeValue(const kernel::DartType* t, SourceLoc loc);
  // A type argument vector (DartRtTypeArgs*); a vector of `dynamic`s when `types` is empty.
  llvm::Value* typeArgsValue(const std::vector<const kernel::DartType*>& types, size_t count, SourceLoc loc);
  // The vector passed to a generic callee for the call's type arguments.
  llvm::Value* calleeTypeArgs(const kernel::FunctionNode* callee, const kernel::Arguments* args, SourceLoc loc);
  // Stores the type arguments of a new instance of `cls` (own arguments as written).
  void storeInstanceTypeArgs(llvm::Value* object, const kernel::Class* cls,
                             const std::vector<const kernel::DartType*>& own, SourceLoc loc);
  // `value is t` for any type (class ids inline where type arguments do not matter).
  llvm::Value* isInstanceOfType(llvm::Value* word, const kernel::DartType* t, SourceLoc loc);
  // Checks the arguments of covariant parameters against their instantiated types.
  void checkCovariantParameters(const kernel::FunctionNode* fn);
  // Checks an argument of a dynamic call (a value word, or the "missing" sentinel, which passes)
  // against the declared type of the parameter `name`, as the VM does: a dynamically called
  // function may receive any value.
  void checkDynamicArgument(llvm::Value* word, const kernel::DartType* type, std::string_view name, SourceLoc loc);
  // Stores into fields whose type mentions a class type parameter check the value against the
  // object's type arguments.
  void checkFieldStore(llvm::Value* object, const kernel::Field* field, TypedValue value, SourceLoc loc);
  // Throws the VM's parameter TypeError for `name` unless `word` is an instance of `type` (in
  // this function's generic context); class tests inline where type arguments don't matter.
  void checkParameterType(llvm::Value* word, const kernel::DartType* type, std::string_view name, SourceLoc loc);
  // Throws the VM's parameter TypeError unless `value` (a value word) is an instance of `typeWord`.
  void checkValueType(llvm::Value* value, llvm::Value* typeWord, std::string_view name, SourceLoc loc);
  // Branches to `passes` when `value` surely is an instance of the runtime type `typeWord` by a
  // test without a call (the type is dynamic, or a class type without arguments that is the
  // value's class or, with `subtypeRun`, whose subtype run holds the value's class id), else to
  // `unknown`: ask the runtime (inline_type_test.cpp).
  void testTypeInline(llvm::Value* value, llvm::Value* typeWord, llvm::BasicBlock* passes, llvm::BasicBlock* unknown,
                      bool subtypeRun);
  // `value is typeWord`: the inline test, and the runtime's when it does not decide.
  llvm::Value* isInstanceOfRuntimeType(llvm::Value* value, llvm::Value* typeWord);

 private:
  friend class Intrinsics;
  // The remainder (Dart's `remainder`, the sign of the dividend) behind each int `%` this
  // function lowered: `a % b == 0` exactly when `a.remainder(b) == 0` (a negative remainder r gets |b|
  // added, and -|b| < r < 0), so a comparison with 0 tests the remainder and skips the sign
  // fix-up (prime_sieve's `candidate % prime != 0`; intrinsics.cpp, lower_expressions.cpp).
  std::unordered_map<const llvm::Value*, llvm::Value*> moduloRemainders_;
  // --- Frame and variables (lower_function.cpp) ---
  void startFunction();
  void prologue();
  // The stack overflow check at the entry of functions that may recurse (stack_check.cpp).
  bool needsStackCheck() const;
  void emitStackCheck();
  void lowerLazyInitializer();
  void lowerLateFieldInitializer(const kernel::Field* field);
  void lowerExternal(const kernel::Procedure* p);
  void lowerConstructorBody(const kernel::Constructor* k);
  VariableHome& home(const kernel::Variable* v);
  void declareVariable(const kernel::Variable* v, TypedValue initial);
  TypedValue readVariable(const kernel::Variable* v);
  TypedValue readLateVariable(const kernel::Variable* v);
  void storeLateWord(const kernel::Variable* v, llvm::Value* word);
  void writeVariable(const kernel::Variable* v, TypedValue value);
  llvm::Value* contextFor(int scope);
  void enterScope(const void* node);
  void exitScope(const void* node);
  TypedValue thisValue();
  void returnValue(TypedValue v);

  // --- Expressions (lower_expressions.cpp) ---
  TypedValue lower(const kernel::Expression* e);
  TypedValue lowerAs(const kernel::Expression* e, Rep rep) { return convert(lower(e), rep); }
  llvm::Value* lowerCondition(const kernel::Expression* e);  // i1
  TypedValue lowerStaticGet(const kernel::StaticGet* e);
  TypedValue lowerStaticSet(const kernel::StaticSet* e);
  TypedValue lowerStringConcat(const kernel::StringConcat* e);
  TypedValue lowerConditional(const kernel::Conditional* e);
  TypedValue lowerLogical(const kernel::Logical* e);
  TypedValue lowerIs(const kernel::IsExpr* e);
  TypedValue lowerAs(const kernel::AsExpr* e);
  TypedValue lowerNullCheck(const kernel::NullCheck* e);
  TypedValue lowerThrow(const kernel::Throw* e);
  TypedValue lowerListLiteral(const kernel::ListLiteral* e);
  TypedValue lowerMapLiteral(const kernel::MapLiteral* e);
  TypedValue lowerSetLiteral(const kernel::SetLiteral* e);
  TypedValue newCollection(const kernel::Class* cls, const kernel::Constructor* ctor, const kernel::DartType* type, SourceLoc loc);
  TypedValue lowerFunctionExpression(const kernel::FunctionExpression* e);
  TypedValue lowerEqualsCall(const kernel::EqualsCall* e);
  TypedValue lowerEqualsNull(const kernel::EqualsNull* e);
  llvm::Value* isInstanceOf(llvm::Value* valueWord, const kernel::DartType* type);
  llvm::Value* isClassInstance(llvm::Value* cid, const kernel::Class* cls);
  // `part` is the interpolated expression (its devirtualized toString), or null.
  TypedValue toStringOf(TypedValue v, const kernel::DartType* type, const kernel::Expression* part = nullptr);
  TypedValue undefOf(Rep rep);
  // A defined start value of the representation (null, 0, 0.0, false) for a variable whose
  // value is written before it is read.
  TypedValue placeholderOf(Rep rep);
  // Ends a block that the frontend's flow analysis proves unreachable.
  void unreachableEnd();

  // --- Records in registers (record_values.cpp, docs/records.md) ---
  // The fields of a record-typed expression, as a struct in `want`'s layout (same shape): no
  // object for a literal, a call returning fields or a local holding them; else read from it.
  TypedValue lowerRecordFields(const kernel::Expression* e, const kernel::RecordType* want);
  TypedValue recordFieldsAs(TypedValue fields, const kernel::RecordType* want);
  TypedValue unpackRecord(llvm::Value* word, const kernel::RecordType* want);
  // The `_Record` of fields in registers, made as the callee's literal would have made it.
  TypedValue boxRecord(TypedValue fields);
  // `_recordField(r, i)`, or `unsafeCast<T>(_recordField(r, i))`, of a record held as fields.
  std::optional<TypedValue> tryRecordFieldRead(const kernel::StaticInvocation* e);
  // A local's declaration with its initializer (VariableDecl, Let): fields for a record local.
  void declareLocal(const kernel::Variable* v);
  // An assignment to a local holding fields: stores the fields (null for other locals).
  std::optional<TypedValue> tryRecordLocalSet(const kernel::VariableSet* e);
  bool isRecordMaker(const kernel::Procedure* p) const;  // `_makeRecord1..3`
  // The callee of a direct call returning a record's fields, or null.
  const kernel::FunctionNode* fieldsReturningCallee(const kernel::Expression* e) const;
  // The record type whose fields `e` yields without an object (a maker call, a call returning
  // fields, a record local), or null.
  const kernel::RecordType* fieldsSourceType(const kernel::Expression* e) const;
  // A static, super or devirtualized instance call, its result as the callee returns it (fields
  // stay a struct).
  TypedValue lowerCallKeepingFields(const kernel::Expression* e);
  std::unordered_map<const kernel::Variable*, llvm::AllocaInst*> recordLocals_;

  // --- Calls (lower_calls.cpp) ---
  TypedValue lowerStaticInvocation(const kernel::StaticInvocation* e);
  TypedValue lowerConstructorInvocation(const kernel::ConstructorInvocation* e);
  TypedValue lowerInstanceGet(const kernel::InstanceGet* e);
  TypedValue lowerInstanceSet(const kernel::InstanceSet* e);
  TypedValue lowerInstanceInvocation(const kernel::InstanceInvocation* e);
  TypedValue lowerInstanceTearOff(const kernel::InstanceTearOff* e);
  TypedValue lowerInstantiation(const kernel::Instantiation* e);
  TypedValue instantiateClosureValue(const kernel::Instantiation* e, const kernel::FunctionType* generic);
  TypedValue lowerSuperInvocation(const kernel::SuperInvocation* e);
  TypedValue lowerSuperGet(const kernel::SuperGet* e);
  TypedValue lowerSuperSet(const kernel::SuperSet* e);
  TypedValue lowerFunctionInvocation(const kernel::FunctionInvocation* e);
  TypedValue lowerLocalFunctionInvocation(const kernel::LocalFunctionInvocation* e);
  // A direct call of `target` with kernel arguments; `receiver` for instance members.
  // `unchecked`: the member's entry without its covariant parameter checks (unchecked_calls.cpp).
  TypedValue callDirect(const kernel::Member* target, const TypedValue* receiver, const kernel::Arguments* args,
                        SourceLoc loc, bool unchecked = false);
  // Arguments lowered in the callee's parameter order and representations, defaults filled in.
  std::vector<llvm::Value*> lowerArguments(const kernel::FunctionNode* callee, const kernel::Arguments* args,
                                           const std::vector<Rep>& paramReps);
  // `receiverType` (the static type, when known) may let a List call test for the growable
  // list class first and call its entry directly (inlined), the table being the fallback.
  // `growableOrEmpty`: the receiver is a _GrowableList or an empty constant list (see
  // isGrowableOrEmptyListAccess): the bounds check goes before the class test.
  TypedValue callThroughTable(const tfa::Selector& s, TypedValue receiver, const kernel::Arguments* args,
                              const std::vector<TypedValue>* preLowered, SourceLoc loc,
                              const kernel::DartType* receiverType = nullptr, bool uncheckedListStore = false,
                              bool growableOrEmpty = false);
  // The dispatch table's entry (stub) for the growable list class at `offset` when a call on a
  // receiver of static type `receiverType` should test for that class first; else null.
  llvm::Function* growableListEntry(const kernel::DartType* receiverType, int64_t offset);
  // When the growable list class is tested first and exactly one other class of the program's
  // lists (the constant list class, typically) can be the receiver: that class's table entry,
  // called directly in the other branch; else null (the other branch goes through the table).
  llvm::Function* otherListEntry(const kernel::DartType* receiverType, int64_t offset);
  // A virtual call on a receiver with a header whose few possible classes have their own table
  // entries: a switch on `cid` calling each class's entry directly, the table as the default
  // (class_id_switch.cpp). The call's result (null for void), or nullopt when it does not apply.
  std::optional<llvm::Value*> callByClassIdSwitch(const tfa::Selector& s, const kernel::DartType* receiverType,
                                                  int64_t offset, llvm::Value* cid, const std::vector<llvm::Value*>& values,
                                                  llvm::FunctionType* type);
  // Calls the member a devirtualized site resolved to, as the selector kind asks.
  TypedValue callResolved(const kernel::Member* target, tfa::SelectorKind kind, TypedValue receiver,
                          const kernel::Arguments* args, const TypedValue* setValue, SourceLoc loc);
  // Calls a function value (a closure) with kernel arguments, through its dynamic entry.
  TypedValue callValueWithArguments(llvm::Value* closure, const kernel::Arguments* args, SourceLoc loc);
  TypedValue lowerInstanceCall(uint32_t siteId, const tfa::Selector& s, const kernel::Expression* receiverExpr,
                               const kernel::Arguments* args, const kernel::Expression* setValue, SourceLoc loc);
  // --- Stores into exact lists (unchecked_list_stores.cpp) ---
  // Whether `receiver[index] = value` stores into a list that is proven to have exactly the
  // field's element type (ExactListFields) with a value of a subtype: no covariant check.
  bool isUncheckedListStore(const tfa::Selector& s, const kernel::Expression* receiverExpr, const kernel::Arguments* args);
  // The growable list's `[]=` without its covariant check (Module::uncheckedFunction), with
  // arguments already lowered; null when `entry` is not that member.
  bool callUncheckedListStore(const kernel::Member* entry, llvm::Value* receiver, const std::vector<TypedValue>& positional);

  // --- Fields that start as an empty constant list (empty_constant_lists.cpp) ---
  // Whether `receiver[i]` or `receiver[i] = v` reads the receiver from a field that only holds
  // growable lists and empty constant lists (ExactListFields::holdsGrowableOrEmpty).
  bool isGrowableOrEmptyListAccess(const tfa::Selector& s, const kernel::Expression* receiverExpr,
                                   const kernel::Arguments* args);
  // `index u< list's word at _GrowableList._length`: true only for a growable list with the index
  // in range (an empty constant list has a zero word there). Null when the layout does not allow it.
  llvm::Value* growableIndexInBounds(llvm::Value* list, llvm::Value* index, SourceLoc loc);

  // --- Calls without covariant checks (unchecked_calls.cpp) ---
  // Whether a call of `target` (resolved by type-flow analysis) on `receiverExpr` with `args` is
  // proven to pass every check of the callee's covariant parameters, so that it may call the
  // unchecked entry: the receiver's type arguments are exact and each checked parameter gets an
  // argument of a subtype of its type instantiated with them.
  bool isUncheckedCall(const kernel::Member* target, const kernel::Expression* receiverExpr, const kernel::Arguments* args);
  // The receiver's static type when its type arguments are exactly the object's (`this`, a
  // non-generic class type, an exact local or field: exact_receivers.h); else null.
  const kernel::InterfaceType* exactReceiverType(const kernel::Expression* e, int depth = 0);
  // The entry of `insert` (_LinkedHashMap.[]= or _LinkedHashSet.add) a map or set literal calls
  // for one entry: the unchecked one when each argument's static type is proven a subtype of the
  // literal's type argument it is checked against (the object was allocated with exactly those
  // arguments, newCollection), else the checked one.
  llvm::Function* literalInsertFunction(
      const kernel::Member* insert,
      std::initializer_list<std::pair<const kernel::Expression*, const kernel::DartType*>> checks);
  // After the prologue's checks of a method that has them: the rest of the checked entry is a
  // tail call of the unchecked one, so that the body exists once (as the VM's two entries share
  // one body). Whether it did.
  bool forwardsToUncheckedEntry();

  // --- Statements (lower_statements.cpp) ---
  void lower(const kernel::Statement* s);
  void lowerBlock(const kernel::Block* b);
  void lowerIf(const kernel::IfStmt* s);
  void lowerWhile(const kernel::WhileStmt* s);
  void lowerDoWhile(const kernel::DoWhileStmt* s);
  void lowerFor(const kernel::ForStmt* s);
  void lowerSwitch(const kernel::SwitchStmt* s);
  // Whether the switch subject matches the case constant `k` (i1).
  llvm::Value* caseMatches(const kernel::Constant* k, TypedValue subject);
  void lowerReturn(const kernel::ReturnStmt* s);
  void lowerTryCatch(const kernel::TryCatchStmt* s);
  void lowerTryFinally(const kernel::TryFinallyStmt* s);
  void lowerJump(const kernel::Statement* target, bool isContinue);
  void runFinalizersDownTo(size_t depth);

  struct JumpTarget {
    const kernel::Statement* statement;
    llvm::BasicBlock* breakBlock;
    llvm::BasicBlock* continueBlock;  // null for non-loops
    size_t finallyDepth;
    size_t handlerDepth;
  };
  std::vector<JumpTarget> jumpTargets_;
  // The targets of `continue label;` on switch cases, with the try-finally depth of their switch
  // (the finally blocks the jump leaves run first).
  struct CaseBlock {
    llvm::BasicBlock* block;
    size_t finallyDepth;
  };
  std::unordered_map<const kernel::SwitchCase*, CaseBlock> caseBlocks_;
  // Enclosing try-finally blocks, innermost last, run when jumps or returns leave them.
  struct Finalizer {
    const kernel::Statement* body;
    size_t handlerDepth;
  };
  std::vector<Finalizer> finalizers_;

  // --- Resumable functions (coroutines.cpp, docs/async.md): `async` bodies as LLVM coroutines
  // whose frame is a heap object.
  bool isCoroutine() const { return coroHandle_ != nullptr; }
  void beginCoroutine();
  TypedValue lowerSuspend(const kernel::AwaitExpr* e);  // a lowered `await`'s suspension point
  void finishCoroutine();  // a `return` (the body has completed the future): the frame is done
  void emitCoroutineReturn();  // the block that returns to the caller or resumer
  llvm::Value* coroFrame_ = nullptr;   // the frame object (a value word)
  llvm::Value* coroHandle_ = nullptr;  // llvm.coro.begin's handle
  llvm::BasicBlock* coroReturn_ = nullptr;
  // Landing pads of the enclosing try statements, innermost last.
  std::vector<llvm::BasicBlock*> handlers_;

  Module& m_;
  PendingFunction pending_;
  llvm::Function* fn_;
  llvm::IRBuilder<> b_;
  Signature sig_;
  llvm::IRBuilder<> allocaBuilder_;  // inserts allocas in the entry block
  std::unordered_map<const kernel::Variable*, VariableHome> homes_;
  TypedValue this_;
  llvm::Value* incomingContext_ = nullptr;  // closures: the context they were created in
  llvm::Value* typeArgs_ = nullptr;         // generic functions: their type argument vector
  Module::TypeParamMode typeMode() const;
  llvm::Value* instantiatorTypeArgs();
  // Loads of an object's type-argument slot and of a runtime type's or vector's fields, tagged
  // as `ordinary` memory (lower_types.cpp).
  llvm::Value* loadTypeArgsSlot(llvm::Value* object, int offset, const char* name);
  llvm::Value* loadTypeField(llvm::Type* type, llvm::Value* base, uint64_t offset);
  llvm::Value* functionTypeArgs();
  // Entry `index` of a type-argument vector (dynamic when the vector is null).
  llvm::Value* typeArgOf(llvm::Value* vec, uint32_t index);
  // --- Shared vectors and the checks they decide (shared_type_args.cpp) ---
  // A bare type parameter (no `?`) as generated code reads it: from the function's vector or
  // the instance's flattened one, at `index` (Module::rtTypeIn's encoding in `mode`).
  struct ParamSlot {
    bool fromFunction;
    uint32_t index;
  };
  std::optional<ParamSlot> paramSlot(const kernel::DartType* t, Module::TypeParamMode mode) const;
  // Whether entry i of `types` is the parameter at index i of one vector, and of which (true:
  // the function's); nullopt when it is not such an identity.
  std::optional<bool> identityVector(const std::vector<const kernel::DartType*>& types, Module::TypeParamMode mode) const;
  uint32_t flatLength(const kernel::Class* cls) const;  // entries of an instance's flattened vector
  // Whether `cls` and every subclass of it have flattened vectors of `length` entries.
  bool instanceVectorsHaveLength(const kernel::Class* cls, size_t length) const;
  // The vector `types` (resolved, flattened where they are an instance's) are as they stand,
  // when it is this function's or the instance's own vector of the same length; else null.
  llvm::Value* sharedTypeArgs(const std::vector<const kernel::DartType*>& types);
  // `types` with a mixin's parameters renamed as typeArgsValue does; empty when one has no
  // value here.
  std::vector<const kernel::DartType*> resolvedTypeArgs(const std::vector<const kernel::DartType*>& types);
  // The class of `type` when it is C<params> whose arguments are one vector unchanged and open
  // C's flattened vector (then a C whose vector is that vector has the type); else null.
  const kernel::Class* identityCheckClass(const kernel::DartType* type, Module::TypeParamMode mode, bool& fromFunction) const;
  // Throws the VM's parameter TypeError unless `value` is an instance of `type`, whose type
  // parameters are read from `instantiator` or `function` as `mode` says; `typeWord` builds the
  // instantiated type, only on the path that needs it.
  void checkAgainstTemplate(llvm::Value* value, const kernel::DartType* type, Module::TypeParamMode mode,
                            llvm::Value* instantiator, llvm::Value* function, const std::function<llvm::Value*()>& typeWord,
                            std::string_view name, SourceLoc loc);
  // The vector of the nearest generic function around `fn` (from the contexts), or null.
  llvm::Value* enclosingTypeArgs(const kernel::FunctionNode* fn);
  // A generic local function's full vector: the enclosing one's, then `own` (its own type
  // arguments as passed; null: instantiate to bounds).
  llvm::Value* localFunctionTypeArgs(const kernel::FunctionNode* fn, llvm::Value* own);
  // Whether `p` belongs to this function or to a function it is nested in.
  bool seesTypeParameter(const kernel::TypeParameter* p) const;
  bool reifiable(const kernel::DartType* t, SourceLoc loc);
  bool quietReify_ = false;  // reifiable() answers without reporting (closure type getters)
  std::vector<const kernel::TypeParameter*> reifyBound_;  // generic function types reifiable() is inside
  const kernel::DartType* fromMixinParameters(const kernel::DartType* t);

  // Captured variables: the member's context plan, and this function's live contexts.
  const ContextPlan* plan_ = nullptr;
  std::unordered_map<int, llvm::AllocaInst*> contextSlots_;  // scopes this function allocates
  int incomingScope_ = -1;  // the scope a closure's incoming context belongs to
};

}  // namespace dartc::codegen
