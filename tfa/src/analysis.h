// The type-flow analysis proper (docs/tfa.md): a worklist of invocations analyzed to a fixpoint.
// Analyzing a Direct invocation applies the callee's summary to the argument types; calls in the
// summary are invocations in turn (analyzed right away, recursively, or later when the stack is
// deep); a Dispatch invocation finds the implementations for the classes its receiver may be and
// joins their results. Everything a result was computed from is tracked: when it changes, the
// invocation is queued again. All values only grow, the lattice has bounded height, and variants
// per function are capped, so the fixpoint is reached (docs/tfa.md, "Termination").
#pragma once

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

#include "calls.h"
#include "class_hierarchy.h"
#include "summary.h"
#include "types.h"

namespace dartc::tfa {

// A function the analysis may invoke: a member (procedure, constructor, or field accessed like
// one), a closure's body, or a field's initializer (lazy statics, late fields).
struct FunctionInfo {
  enum class Kind : uint8_t { Member, Closure, FieldInitializer };
  Kind kind = Kind::Member;
  const kernel::Member* member = nullptr;          // the member; Closure: the enclosing member
  const kernel::FunctionNode* function = nullptr;  // procedures, constructors, closures
  std::unique_ptr<Summary> summary;

  bool invoked = false;  // its code ran in some invocation (or it is a native that was called)
  bool kept = false;     // reached for any reason (reason below)
  KeepReason reason;

  // Facts over all invocations, in signature order (positional, then named in declaration order).
  std::vector<TypeRef> parameterTypes;
  std::vector<bool> parameterPassed;  // some call passed an argument (else the default applied)
  TypeRef resultType = nullptr;

  uint32_t variants = 0;             // distinct invocations so far
  Invocation* merged[4] = {};        // per CallKind, once `variants` hit the cap

  bool isExternal() const;
  const kernel::Procedure* procedure() const;
};

// A value the analysis tracks outside any one invocation: a field, a captured variable, `this` of a
// member as its closures see it, the receivers of a method's tear-offs, all thrown values.
struct GlobalValue : Tracker {
  TypeRef value = nullptr;
};

struct FieldState : GlobalValue {
  bool read = false;
  bool written = false;
  bool initializerRan = false;  // lazy static or late field: its initializer was analyzed
};

struct SiteRecord {
  TypeRef receiver = nullptr;  // join of the receivers seen (narrowed like the dispatch was)
  SelectorId selector = kNone;
  CallSpec::Kind kind = CallSpec::Kind::Virtual;
};

class TypeFlowAnalysis {
 public:
  TypeFlowAnalysis(const kernel::Program& program, const AnalysisOptions& options);

  // Runs the worklist from the roots until nothing changes.
  void addRoots();
  void solve();

  // --- Used by the summary collector (collect-time effects) ----------------------------------
  const kernel::Program& program() const { return p_; }
  const AnalysisOptions& options() const { return options_; }
  const ImplicitMembers& implicit() const { return implicit_; }
  TypeStore& types() { return types_; }
  ClassHierarchy& hierarchy() { return hierarchy_; }
  FunctionInfo& memberInfo(const kernel::Member* m);
  FunctionInfo& closureInfo(const kernel::FunctionNode* f, const kernel::Member* enclosing);
  FunctionInfo& initializerInfo(const kernel::Field* f);
  SelectorId selectorId(const Selector& s);
  const Selector& selector(SelectorId id) const { return selectors_[id]; }
  // The type of values of static type `t` that the analysis cannot follow (natives, `dynamic`
  // results of records, ...): every instance of a subtype, among the allocated classes.
  TypeRef fromStaticType(const kernel::DartType* t);
  TypeRef stringType() const { return stringType_; }
  TypeRef stringTypeOf(const std::u16string& value);
  ClassId classId(const kernel::Class* c) const { return c ? hierarchy_.idOf(c) : kNoClass; }
  // Marks a class allocated (and its supertypes used); the first reason is kept.
  void allocate(ClassId c, KeepKind why, const kernel::Member* by);
  void allocate(const kernel::Class* c, KeepKind why, const kernel::Member* by);
  // Marks a class present at run time (it gets a class id) without instances.
  void useClass(const kernel::Class* c, KeepKind why, const kernel::Member* by);
  void useType(const kernel::DartType* t, const kernel::Member* by);
  TypeRef closureValue(ClosureKind kind, const kernel::FunctionNode* f, const kernel::Member* m, const kernel::Member* by);
  // The type of a constant (allocating what it needs, and recording the field values of
  // constant instances).
  TypeRef constantType(const kernel::Constant* c, const kernel::Member* by);
  // A helper that compiled code calls for an implicit check: analyzed with these argument types
  // (null: its parameters' static types).
  void requireHelper(const kernel::Procedure* helper, const std::vector<TypeRef>* args, const kernel::Member* by);
  void noteDynamicName(std::string_view name) { dynamicNames_.insert(name); }
  FieldState& fieldState(const kernel::Field* f);
  GlobalValue& capturedValue(const kernel::Variable* v);
  GlobalValue& thisValue(const kernel::Member* m);
  GlobalValue& thrownValues() { return thrown_; }

  // --- Used by the facts builder --------------------------------------------------------------
  struct Target {
    const kernel::Member* member = nullptr;  // or, for closures called through `call`, null
    bool lacking = false;                    // some class has no implementation (noSuchMethod)
  };
  // The implementations a selector reaches from receivers of type `t`, with the final set of
  // allocated classes; stops early once `limit` are found (`lacking` is then incomplete).
  std::vector<const kernel::Member*> dispatchTargets(TypeRef receiver, SelectorId selector, bool* lacking, size_t limit);
  const kernel::Member* lookup(ClassId c, SelectorId selector);
  bool isAllocated(ClassId c) const { return c < allocated_.size() && allocated_[c]; }
  const std::vector<ClassId>& allocatedClasses() const { return allocatedOrder_; }
  const std::vector<ClassId>& usedClassIds() const { return usedOrder_; }
  const KeepReason* classReason(ClassId c) const;
  const std::vector<SiteRecord>& sites() const { return sites_; }
  const std::unordered_map<const kernel::Expression*, SiteRecord>& toStringSites() const { return toStringSites_; }
  const std::unordered_set<std::string_view>& dynamicNames() const { return dynamicNames_; }
  const std::vector<std::unique_ptr<FunctionInfo>>& functions() const { return functionList_; }
  const std::vector<TypeRef>& variableTypes() const { return variableTypes_; }
  // The value of a captured variable (null when never captured or never written).
  TypeRef capturedType(const kernel::Variable* v) const {
    auto it = captured_.find(v);
    return it == captured_.end() ? nullptr : it->second->value;
  }
  const std::unordered_map<const kernel::Field*, std::unique_ptr<FieldState>>& fieldStates() const { return fields_; }
  AnalysisStats& stats() { return stats_; }
  bool helperRequired(const kernel::Procedure* p) const { return requiredHelpers_.count(p) != 0; }

 private:
  friend class SummaryCollector;

  // Invocations.
  Invocation* directInvocation(FunctionInfo& f, CallKind kind, const Args* args, KeepKind why);
  Invocation* dispatchInvocation(SelectorId s, const Args* args, KeepKind why);
  bool mergeArguments(Invocation& merged, const Args& add);
  const Args* staticArguments(const kernel::Member* m, bool withReceiver);
  TypeRef process(Invocation* inv);  // analyzed now (or the cached result), a dependency of the caller
  void analyze(Invocation* inv);
  TypeRef analyzeDirect(Invocation& inv);
  TypeRef analyzeDispatch(Invocation& inv);
  TypeRef analyzeRoot(Invocation& inv);
  TypeRef applySummary(Invocation& inv, FunctionInfo& f);
  TypeRef evalCall(const CallSpec& call, std::vector<TypeRef>& args);
  TypeRef callResult(const CallSpec& call, std::vector<TypeRef>& args);
  void recordSite(const CallSpec& call, TypeRef receiver);
  void recordParameters(FunctionInfo& f, const Args& args, const Invocation& inv, const std::vector<TypeRef>* values);
  void dispatchToClass(Invocation& inv, ClassId c, TypeRef receiver, std::vector<ClassId>* group, TypeRef& acc);
  TypeRef callClosure(ClassId closureClass, const Args& argsWithCallee, KeepKind why);
  TypeRef callTearOffOrGetterValue(Invocation& inv, TypeRef value);
  TypeRef nativeResult(Invocation& inv, FunctionInfo& f);
  TypeRef numArithmeticResult(const kernel::Procedure* p, const Args& args);
  TypeRef saturationBound(const Invocation& inv);
  bool argumentsFit(const kernel::FunctionNode* fn, const Args& args, const Invocation& inv) const;
  void keep(FunctionInfo& f, KeepKind why);
  SelectorId callSelector();

  // Dependencies.
  Invocation* current() const { return stack_.empty() ? nullptr : stack_.back(); }
  void dependOn(Tracker& t);
  void changed(Tracker& t);
  void enqueue(Invocation* inv);
  void update(GlobalValue& v, TypeRef add);  // joins, and invalidates readers on change

  // Allocation.
  // A class as a cone: its allocated subtypes (itself included). Allocating a class only counts
  // it in each supertype; the list of classes is made when a dispatch needs it (allocatedSubtypes),
  // so the cones of a deep hierarchy do not cost the square of its depth.
  struct ClassState : Tracker {
    size_t allocatedCount = 0;
    // Of those, the ones that are not below the class through `extends` alone (implementers,
    // closures): their implementations are not found along the class's own chain.
    size_t foreignSubtypes = 0;
    std::vector<ClassId> subtypes;  // the first of them in allocation order (append-only)
    size_t scanned = 0;             // of allocatedOrder_, looked at for `subtypes`
  };
  struct SelectorState : Tracker {
    bool watched = false;            // some dispatch on an unknown receiver uses it
    bool someClassLacks = false;     // an allocated class has no implementation
    std::vector<ClassId> answering;  // allocated classes that answer it, in allocation order
    size_t classesSeen = 0;          // of allocatedOrder_
  };
  ClassState& classState(ClassId c);
  // The allocated subtypes of c (itself included) in allocation order; cones expand to these.
  const std::vector<ClassId>& allocatedSubtypes(ClassId c);
  // When every allocated subtype of `cone` runs the same implementation of `s` (no class below
  // `cone` overrides it, and none is a subtype through `implements`): that implementation (null:
  // none, noSuchMethod), and true. Answers in logarithmic time, so that dispatching on the many
  // cones of a deep hierarchy does not walk each cone's subtypes (docs/tfa.md, "Speed").
  bool coneHasSingleTarget(ClassId cone, SelectorId s, const kernel::Member** target);
  const std::vector<uint32_t>& declarers(SelectorId s);  // preorder numbers, sorted
  // Dispatch targets already found by a Dispatch invocation (an index once there are many).
  bool hasTarget(Invocation& inv, const void* key);
  void addTarget(Invocation& inv, const void* key, Invocation* target);
  void catchUpSelector(SelectorId s);
  void markUsed(ClassId c, KeepKind why, const kernel::Member* by, const kernel::Class* byClass);

  const kernel::Program& p_;
  AnalysisOptions options_;
  ImplicitMembers implicit_;
  ClassHierarchy hierarchy_;
  TypeStore types_;
  ArgsStore args_;
  AnalysisStats stats_;

  std::vector<std::unique_ptr<FunctionInfo>> functionList_;
  std::vector<FunctionInfo*> memberInfos_;       // by member id
  std::vector<FunctionInfo*> initializerInfos_;  // by member id
  std::unordered_map<const kernel::FunctionNode*, FunctionInfo*> closureInfos_;

  std::deque<Selector> selectors_;  // deques: references stay valid as selectors are added
  std::unordered_map<Selector, SelectorId, SelectorHash> selectorIds_;
  std::deque<SelectorState> selectorStates_;
  std::vector<SelectorId> watchedSelectors_;  // selectors with SelectorState::watched
  std::deque<std::vector<uint32_t>> declarers_;  // by selector, built on first use
  std::vector<bool> declarersBuilt_;
  std::unordered_map<std::string_view, std::vector<const kernel::Member*>> instanceMembersByName_;
  PairKeyMap<const kernel::Member*> lookups_;
  std::unordered_map<const kernel::Class*, std::unordered_map<std::string_view, std::vector<const kernel::Member*>>> ownMembers_;

  struct InvocationKey {
    InvocationKind kind;
    CallKind callKind;
    const void* target;
    const Args* args;
    bool operator==(const InvocationKey& o) const {
      return kind == o.kind && callKind == o.callKind && target == o.target && args == o.args;
    }
  };
  struct InvocationKeyInfo {
    // No target lies at LLVM's reserved pointer values.
    static InvocationKey getEmptyKey() { return {InvocationKind::Direct, CallKind::Method, llvm::DenseMapInfo<const void*>::getEmptyKey(), nullptr}; }
    static InvocationKey getTombstoneKey() {
      return {InvocationKind::Direct, CallKind::Method, llvm::DenseMapInfo<const void*>::getTombstoneKey(), nullptr};
    }
    static unsigned getHashValue(const InvocationKey& k) {
      auto bits = [](const void* p) { return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p)); };
      uint64_t key = (bits(k.target) * 31 + bits(k.args)) * 7 + static_cast<uint64_t>(k.kind) * 3 + static_cast<uint64_t>(k.callKind);
      return PairKeyInfo::getHashValue(key);
    }
    static bool isEqual(const InvocationKey& a, const InvocationKey& b) { return a == b; }
  };
  llvm::DenseMap<InvocationKey, Invocation*, InvocationKeyInfo> invocations_;
  // Every invocation (keyed, merged and root ones): few large blocks, not one allocation each.
  std::vector<std::unique_ptr<Invocation[]>> invocationChunks_;
  size_t invocationsInLastChunk_ = 0;
  Invocation* newInvocation() {
    constexpr size_t kChunk = 512;
    if (invocationChunks_.empty() || invocationsInLastChunk_ == kChunk) {
      invocationChunks_.push_back(std::make_unique<Invocation[]>(kChunk));
      invocationsInLastChunk_ = 0;
    }
    return &invocationChunks_.back()[invocationsInLastChunk_++];
  }
  std::deque<std::vector<TypeRef>> scratchLists_;  // applySummary's values and call arguments, by stack depth
  std::deque<Invocation*> queue_;
  std::vector<Invocation*> stack_;

  std::vector<bool> allocated_;
  std::vector<ClassId> allocatedOrder_;
  // By class id, in a deque: allocating a class updates the states of all its supertypes, and
  // in a deep hierarchy that walk is the analysis's hottest loop (few cache lines, no pointer
  // chase); growing keeps references valid.
  std::deque<ClassState> classStates_;
  std::vector<bool> used_;
  std::vector<ClassId> usedOrder_;
  std::unordered_map<ClassId, KeepReason> classReasons_;

  std::unordered_map<const kernel::Field*, std::unique_ptr<FieldState>> fields_;
  std::unordered_map<const kernel::Variable*, std::unique_ptr<GlobalValue>> captured_;
  std::unordered_map<const kernel::Member*, std::unique_ptr<GlobalValue>> thisValues_;
  std::unordered_map<const kernel::Member*, std::unique_ptr<GlobalValue>> tearOffReceivers_;
  GlobalValue thrown_;
  std::unordered_map<const kernel::DartType*, TypeRef> staticTypes_;
  std::unordered_set<const kernel::Constant*> seenConstants_;
  std::unordered_set<const kernel::Procedure*> requiredHelpers_;
  std::unordered_set<const kernel::Procedure*> nativesSeen_;

  std::vector<SiteRecord> sites_;
  std::unordered_map<const kernel::Expression*, SiteRecord> toStringSites_;
  std::unordered_set<std::string_view> dynamicNames_;
  std::vector<TypeRef> variableTypes_;  // by variable id

  Args scratchArgs_;  // argument lists being built for interning
  SelectorId callSelector_ = kNone;
  TypeRef stringType_ = nullptr;
  TypeRef oneByteString_ = nullptr;
  TypeRef twoByteString_ = nullptr;
  static constexpr size_t kMaxDepth = 400;
};

}  // namespace dartc::tfa
