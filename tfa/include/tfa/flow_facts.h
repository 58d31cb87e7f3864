// Type-flow analysis results (DESIGN.md §1, docs/tfa.md): what is reachable from the entry points,
// which classes are allocated, what each call site calls, which parameters, returns, locals and
// fields hold only unboxable values, which fields are never read, and why each member and class
// was kept. Everything is a side table keyed by kernel nodes and ids; the kernel itself is never
// modified.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/program.h"

namespace dartc::tfa {

// A dynamically dispatched name: calls `x.foo()`, `x.foo` and `x.foo = v` are three selectors.
// Private names are qualified by their library (`_foo` in two libraries are unrelated).
enum class SelectorKind : uint8_t { Method, Getter, Setter };

struct Selector {
  SelectorKind kind = SelectorKind::Method;
  std::string_view name;
  const kernel::Library* privateLibrary = nullptr;  // set for names starting with '_'

  bool operator==(const Selector& o) const {
    return kind == o.kind && name == o.name && privateLibrary == o.privateLibrary;
  }
  std::string toString() const;
};

struct SelectorHash {
  size_t operator()(const Selector& s) const {
    return std::hash<std::string_view>()(s.name) * 31 + static_cast<size_t>(s.kind) +
           std::hash<const void*>()(s.privateLibrary);
  }
};

Selector selectorOf(SelectorKind kind, const kernel::Member* member);
Selector selectorOf(SelectorKind kind, std::string_view name, const kernel::Library* accessingLibrary);

// Whether `member`, declared in some class, answers `selector` (fields answer getter and, when
// they have a setter, setter selectors; methods and getters answer method and getter selectors).
bool answersSelector(const kernel::Member* member, const Selector& selector);

// The member an instance of `cls` runs for `selector`, found up the superclass chain: a method,
// getter, setter or field. Null when the class has none (the call would end in noSuchMethod).
const kernel::Member* lookupImplementation(const kernel::Class* cls, const Selector& selector);

// Members of the core library that lowered constructs use without naming them in source
// (list literals, string interpolation, thrown runtime errors, the program entry).
struct ImplicitMembers {
  const kernel::Procedure* mainArguments = nullptr;    // dart:core `_mainArguments`: main's List<String>
  const kernel::Class* growableListClass = nullptr;    // list literals
  const kernel::Constructor* growableListFromArray = nullptr;
  const kernel::Class* immutableListClass = nullptr;   // const lists
  const kernel::Class* fixedArrayClass = nullptr;      // _List (DartArray)
  const kernel::Class* linkedHashMapClass = nullptr;   // map literals: new, then []= per entry
  const kernel::Constructor* linkedHashMapNew = nullptr;
  const kernel::Procedure* linkedHashMapPut = nullptr;
  const kernel::Class* linkedHashSetClass = nullptr;   // set literals: new, then add per element
  const kernel::Constructor* linkedHashSetNew = nullptr;
  const kernel::Procedure* linkedHashSetAdd = nullptr;
  const kernel::Class* oneByteStringClass = nullptr;
  const kernel::Class* twoByteStringClass = nullptr;
  const kernel::Class* closureClass = nullptr;
  const kernel::Class* contextClass = nullptr;         // heap contexts of captured variables
  const kernel::Class* stackTraceClass = nullptr;      // the runtime's stack trace objects
  const kernel::Class* typeClass = nullptr;            // _Type: reified types (runtimeType)
  const kernel::Class* bigIntDigitsClass = nullptr;    // _BigIntDigits: BigInt limbs (natives make them)
  const kernel::Class* constMapClass = nullptr;        // _ConstMap: constant map literals
  const kernel::Class* constSetClass = nullptr;        // _ConstSet: constant set literals
  const kernel::Class* futureClass = nullptr;          // dart:async's Future: `is FutureOr<T>` tests it
  const kernel::Class* recordClass = nullptr;          // _Record: record values, also constant ones
  // What record literals and field reads are lowered to (sema/records.cpp): `_makeRecord1` to
  // `_makeRecord3` (index = field count; 0 is the list form) and `_recordField`.
  const kernel::Procedure* makeRecord[4] = {nullptr, nullptr, nullptr, nullptr};
  const kernel::Procedure* recordField = nullptr;
  const kernel::Procedure* throwNullCheck = nullptr;   // `x!` on null
  const kernel::Procedure* throwCastError = nullptr;   // failed `as`
  const kernel::Procedure* throwNoSuchMethod = nullptr;
  const kernel::Procedure* invokeNoSuchMethod = nullptr;  // a dynamic call found no member
  const kernel::Procedure* throwIntegerDivisionByZero = nullptr;
  const kernel::Procedure* throwNonFiniteToInt = nullptr;  // toInt or ~/ of an infinite or NaN double
  const kernel::Procedure* throwRangeError = nullptr;
  const kernel::Procedure* throwArgumentError = nullptr;
  const kernel::Procedure* throwParameterTypeError = nullptr;  // a dynamic call's argument check
  const kernel::Procedure* throwLateInitialization = nullptr;
  const kernel::Procedure* throwCyclicInitialization = nullptr;
  const kernel::Procedure* throwAssertionError = nullptr;
  const kernel::Procedure* throwStackOverflow = nullptr;  // a function's stack check failed
  const kernel::Procedure* throwOutOfMemory = nullptr;    // an object too big to allocate
  const kernel::Procedure* reportUnhandled = nullptr;  // prints an uncaught exception and exits
  // dart:async's event loop, which the entry point runs after `main` when the program may
  // schedule work: exactly when `_requireEventLoop` (called by every scheduling path) is reachable.
  const kernel::Procedure* runEventLoop = nullptr;
  const kernel::Procedure* requireEventLoop = nullptr;
  // dart:async's `_coroutineFrame()`: the frame object of the async function calling it.
  const kernel::Procedure* coroutineFrame = nullptr;
  // dart:async's `_resumeCoroutine(frame)`: runs some coroutine's body up to its next suspension,
  // a call whose target is not known (the recursion analysis checks its callers).
  const kernel::Procedure* resumeCoroutine = nullptr;

  // The `_throw*` helpers that exist, in a fixed order.
  std::vector<const kernel::Procedure*> throwHelpers() const;
};

ImplicitMembers resolveImplicitMembers(const kernel::Program& program);

// How a slot (parameter, local, return value, field) holds its value when TFA proved that it is
// always a non-null int, double or bool, whatever its static type says.
enum class UnboxedKind : uint8_t { None, Int, Double, Bool };

// What a call site does at run time, as far as the analysis could prove.
enum class SiteKind : uint8_t {
  Virtual,      // dispatch on the receiver's class (the global dispatch table)
  Direct,       // exactly one implementation can answer: call it directly
  Unreachable,  // no receiver ever gets here: the call never happens
};

struct SiteTarget {
  SiteKind kind = SiteKind::Virtual;
  const kernel::Member* target = nullptr;  // for Direct
};

// Why a member or class is kept: the first reason the analysis found. Following `by` back
// (reasonFor(by)) gives a chain of reasons to an entry point.
enum class KeepKind : uint8_t {
  EntryPoint,    // main, or called by the runtime (`@pragma('vm:entry-point')`)
  RuntimeCheck,  // a helper that compiled code calls for an implicit check (null check, cast, ...)
  Called,        // a direct call: static, super, constructor, local function
  Dispatched,    // a virtual or interface call reached this implementation
  DynamicCall,   // a call on a `dynamic` receiver reached it
  ClosureCall,   // a closure call reached it
  TornOff,       // a tear-off made a closure of it
  FieldAccess,   // a field read or written
  Allocated,     // a class instantiated by a constructor call or literal
  Constant,      // a class with a constant instance
  Builtin,       // values the language or runtime creates (ints, strings, stack traces, ...)
  Supertype,     // a superclass or interface of a kept class
  TypeUse,       // named by a type test, cast or reified type
};

struct KeepReason {
  KeepKind kind = KeepKind::EntryPoint;
  const kernel::Member* by = nullptr;             // whose code caused it (null for roots)
  const kernel::FunctionNode* byClosure = nullptr;  // the closure inside `by`, if it was one
  const kernel::Class* byClass = nullptr;         // Supertype: the subclass that needs it
  std::string_view what;                          // short text: "called", "dispatch", ...
};

struct AnalysisOptions {
  bool typeFlow = true;        // false: Rapid Type Analysis only (`--no-tfa`)
  bool enableAsserts = false;  // assert statements run (and are analyzed) only with asserts on
  bool stackChecks = true;     // functions that may recurse check the stack (codegen's option)
  // Bounds that keep the fixpoint fast and make it terminate (docs/tfa.md, "Termination").
  size_t maxSetSize = 12;                 // concrete classes in a type before it widens to a cone
  size_t maxInvocationsPerFunction = 16;  // argument-type variants before one merged invocation
  size_t invalidationLimit = 64;          // re-analyses of an invocation before its result saturates
};

// Counts for --verbose and --analyze-size.
struct AnalysisStats {
  bool typeFlow = false;
  double seconds = 0;
  size_t summaries = 0;          // functions whose body was summarized
  size_t invocations = 0;        // distinct (callee, argument types) invocations
  size_t iterations = 0;         // invocations processed (with re-analyses)
  size_t invalidations = 0;
  size_t saturated = 0;          // invocations whose result hit the invalidation limit
  size_t approximated = 0;       // functions whose invocations were merged (too many variants)
  size_t instanceCallSites = 0;  // virtual/interface call sites in reachable code
  size_t devirtualizedSites = 0;
  size_t unreachableSites = 0;
  size_t unboxedSlots = 0;       // parameters, returns and fields unboxed beyond their static type
  size_t recordReturns = 0;      // functions returning a record's fields in registers
  size_t recordLocals = 0;       // locals holding a record's fields
  size_t keptMembers = 0, totalMembers = 0;
  size_t keptClasses = 0, totalClasses = 0;
  size_t removedFields = 0;      // fields never read: no storage
};

class FlowFacts {
 public:
  // Members that are kept: their code may run, or (fields) they are accessed.
  bool isReachable(const kernel::Member* m) const { return reachable_.count(m) != 0; }
  // Whether code of the member (or closure) may run. Codegen emits a trap instead of the body of
  // a function that never runs but is still referenced (a table entry, an unused tear-off), and
  // calls implicit entry points (the event loop) only when they may run. Rapid Type Analysis does
  // not track invocations: a member may run when it is kept, and never when tree shaking removed
  // it (whatever its body calls was not kept either, so running it would reach missing members).
  bool mayRun(const kernel::Member* m) const { return precise_ ? invoked_.count(m) != 0 : isReachable(m); }
  bool mayRun(const kernel::FunctionNode* closure) const { return !precise_ || invokedClosures_.count(closure) != 0; }
  bool isAllocated(const kernel::Class* c) const { return allocated_.count(c) != 0; }
  // Classes present at run time: allocated ones, their superclasses and interfaces, and classes
  // used in type tests.
  bool isUsed(const kernel::Class* c) const { return used_.count(c) != 0; }
  // Reachable members in a deterministic order (program order).
  const std::vector<const kernel::Member*>& reachableMembers() const { return reachableOrder_; }
  const std::vector<const kernel::Class*>& usedClasses() const { return usedOrder_; }

  // --- Calls ---------------------------------------------------------------------------------
  SiteTarget siteTarget(uint32_t siteId) const {
    return siteId < sites_.size() ? sites_[siteId] : SiteTarget{};
  }
  // The single implementation a call site can reach, or null when it needs dispatch.
  const kernel::Member* singleTarget(uint32_t siteId) const {
    SiteTarget t = siteTarget(siteId);
    return t.kind == SiteKind::Direct ? t.target : nullptr;
  }
  // The toString that string interpolation calls for a part (not a String, int, double or bool).
  SiteTarget toStringTarget(const kernel::Expression* part) const {
    auto it = toStringSites_.find(part);
    return it == toStringSites_.end() ? SiteTarget{} : it->second;
  }
  // Selectors called through the dispatch table (instance calls not devirtualized).
  const std::vector<Selector>& tableSelectors() const { return tableSelectors_; }
  // Static call counts per table selector (for the dispatch table's placement order).
  size_t callCount(const Selector& s) const {
    auto it = callCounts_.find(s);
    return it == callCounts_.end() ? 0 : it->second;
  }
  // Names used by dynamic calls (`dynamic` receivers, `Function` calls).
  const std::unordered_set<std::string_view>& dynamicNames() const { return dynamicNames_; }

  // --- Representations (unboxing) ------------------------------------------------------------
  // None unless TFA proved more than the static type says (codegen keeps static reps then).
  UnboxedKind variableKind(const kernel::Variable* v) const { return lookup(variableKinds_, v); }
  UnboxedKind returnKind(const kernel::FunctionNode* f) const { return lookup(returnKinds_, f); }
  UnboxedKind fieldKind(const kernel::Field* f) const { return lookup(fieldKinds_, f); }
  // Whether an instance or static field needs storage: it is read, or it is `late final` (a
  // second write throws). A field that is only written needs none (its stores are dropped, their
  // values still evaluated and checked).
  bool isFieldStored(const kernel::Field* f) const { return !precise_ || readFields_.count(f) != 0; }
  // Records in registers (record_returns.cpp, docs/records.md): a function whose every call is a
  // direct call and whose every return makes a fresh record returns the record's fields (an LLVM
  // struct); its callers box them only where they need the object.
  bool returnsRecordFields(const kernel::FunctionNode* f) const { return recordReturns_.count(f) != 0; }
  // A local initialized with such a call (or a record literal) and only ever read field by field
  // (`var (q, r) = divmod(a, b)`, a switch subject matched by record patterns): held as its fields.
  bool holdsRecordFields(const kernel::Variable* v) const { return recordLocals_.count(v) != 0; }

  // --- Why kept ------------------------------------------------------------------------------
  const KeepReason* reasonFor(const kernel::Member* m) const {
    auto it = reasons_.find(m);
    return it == reasons_.end() ? nullptr : &it->second;
  }
  const KeepReason* reasonFor(const kernel::Class* c) const {
    auto it = classReasons_.find(c);
    return it == classReasons_.end() ? nullptr : &it->second;
  }

  const ImplicitMembers& implicit() const { return implicit_; }
  // Whether the function (a member's or a closure's FunctionNode) may take part in unbounded
  // recursion and so must check the stack limit on entry (recursion.cpp, docs/stack-overflow.md).
  bool needsStackCheck(const kernel::FunctionNode* f) const { return stackChecked_.count(f) != 0; }
  size_t stackCheckedCount() const { return stackChecked_.size(); }
  // Counts for --verbose and --analyze-size.
  size_t memberCount() const { return totalMembers_; }
  size_t classCount() const { return totalClasses_; }
  const AnalysisStats& stats() const { return stats_; }
  // True for type-flow analysis facts, false for Rapid Type Analysis (--no-tfa).
  bool isTypeFlow() const { return precise_; }

 private:
  template <typename K>
  static UnboxedKind lookup(const std::unordered_map<K, UnboxedKind>& m, K key) {
    auto it = m.find(key);
    return it == m.end() ? UnboxedKind::None : it->second;
  }
  friend class RapidTypeAnalysis;
  friend class RecursionAnalysis;
  friend class FactsBuilder;
  friend std::unique_ptr<FlowFacts> analyze(const kernel::Program&, const AnalysisOptions&);
  bool precise_ = false;
  std::unordered_set<const kernel::Member*> reachable_;
  std::vector<const kernel::Member*> reachableOrder_;
  std::unordered_set<const kernel::Member*> invoked_;
  std::unordered_set<const kernel::FunctionNode*> invokedClosures_;
  std::unordered_set<const kernel::Class*> allocated_;
  std::unordered_set<const kernel::Class*> used_;
  std::vector<const kernel::Class*> usedOrder_;
  std::vector<SiteTarget> sites_;
  std::unordered_map<const kernel::Expression*, SiteTarget> toStringSites_;
  std::vector<Selector> tableSelectors_;
  std::unordered_map<Selector, size_t, SelectorHash> callCounts_;
  std::unordered_set<std::string_view> dynamicNames_;
  std::unordered_map<const kernel::Variable*, UnboxedKind> variableKinds_;
  std::unordered_map<const kernel::FunctionNode*, UnboxedKind> returnKinds_;
  std::unordered_map<const kernel::Field*, UnboxedKind> fieldKinds_;
  std::unordered_set<const kernel::Field*> readFields_;
  std::unordered_set<const kernel::FunctionNode*> recordReturns_;
  std::unordered_set<const kernel::Variable*> recordLocals_;
  std::unordered_map<const kernel::Member*, KeepReason> reasons_;
  std::unordered_map<const kernel::Class*, KeepReason> classReasons_;
  ImplicitMembers implicit_;
  std::unordered_set<const kernel::FunctionNode*> stackChecked_;
  size_t totalMembers_ = 0;
  size_t totalClasses_ = 0;
  AnalysisStats stats_;
};

// Runs the analysis from `main` and the runtime's entry points: type-flow analysis, or Rapid Type
// Analysis with `options.typeFlow` false. Then decides which functions need stack checks.
std::unique_ptr<FlowFacts> analyze(const kernel::Program& program, const AnalysisOptions& options = {});

// Decides which reachable functions need a stack overflow check (recursion.cpp); part of
// analyze(), after reachability and devirtualization.
void findRecursion(const kernel::Program& program, FlowFacts& facts);

}  // namespace dartc::tfa
