// Type-flow analysis results (DESIGN.md §1): what is reachable from the entry points, which
// classes are allocated, which call sites have a single target, and why each member was kept.
// Everything is a side table keyed by kernel ids; the kernel itself is never modified.
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

// The member an instance of `cls` runs for `selector`, found up the superclass chain: a method,
// getter, setter or field (fields answer getter and, when not final, setter selectors). Null
// when the class has none (the call would end in noSuchMethod).
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
  const kernel::Class* constMapClass = nullptr;        // _ConstMap: constant map literals
  const kernel::Class* constSetClass = nullptr;        // _ConstSet: constant set literals
  const kernel::Procedure* throwNullCheck = nullptr;   // `x!` on null
  const kernel::Procedure* throwCastError = nullptr;   // failed `as`
  const kernel::Procedure* throwNoSuchMethod = nullptr;
  const kernel::Procedure* invokeNoSuchMethod = nullptr;  // a dynamic call found no member
  const kernel::Procedure* throwIntegerDivisionByZero = nullptr;
  const kernel::Procedure* throwRangeError = nullptr;
  const kernel::Procedure* throwArgumentError = nullptr;
  const kernel::Procedure* throwParameterTypeError = nullptr;  // a dynamic call's argument check
  const kernel::Procedure* throwLateInitialization = nullptr;
  const kernel::Procedure* throwCyclicInitialization = nullptr;
  const kernel::Procedure* throwAssertionError = nullptr;
  const kernel::Procedure* throwStackOverflow = nullptr;  // a function's stack check failed
  const kernel::Procedure* throwOutOfMemory = nullptr;    // an object too big to allocate
  const kernel::Procedure* reportUnhandled = nullptr;  // prints an uncaught exception and exits
};

// Why a member is kept: the member whose code refers to it (null for entry points).
struct KeepReason {
  const kernel::Member* by = nullptr;
  std::string_view what;  // "called", "torn off", "allocated", "entry point", "dispatch", ...
};

class FlowFacts {
 public:
  bool isReachable(const kernel::Member* m) const { return reachable_.count(m) != 0; }
  bool isAllocated(const kernel::Class* c) const { return allocated_.count(c) != 0; }
  // Classes present at run time: allocated ones, their superclasses and interfaces, and classes
  // used in type tests.
  bool isUsed(const kernel::Class* c) const { return used_.count(c) != 0; }
  // Reachable members in a deterministic order (program order).
  const std::vector<const kernel::Member*>& reachableMembers() const { return reachableOrder_; }
  const std::vector<const kernel::Class*>& usedClasses() const { return usedOrder_; }
  // The single implementation a call site can reach, or null when it needs dispatch.
  const kernel::Member* singleTarget(uint32_t siteId) const {
    return siteId < singleTargets_.size() ? singleTargets_[siteId] : nullptr;
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
  const KeepReason* reasonFor(const kernel::Member* m) const {
    auto it = reasons_.find(m);
    return it == reasons_.end() ? nullptr : &it->second;
  }
  const ImplicitMembers& implicit() const { return implicit_; }
  // Whether the function (a member's or a closure's FunctionNode) may take part in unbounded
  // recursion and so must check the stack limit on entry (recursion.cpp, docs/stack-overflow.md).
  bool needsStackCheck(const kernel::FunctionNode* f) const { return stackChecked_.count(f) != 0; }
  size_t stackCheckedCount() const { return stackChecked_.size(); }
  // Counts for --verbose and --analyze-size.
  size_t memberCount() const { return totalMembers_; }
  size_t classCount() const { return totalClasses_; }

 private:
  friend class Analysis;
  friend class RecursionAnalysis;
  std::unordered_set<const kernel::Member*> reachable_;
  std::vector<const kernel::Member*> reachableOrder_;
  std::unordered_set<const kernel::Class*> allocated_;
  std::unordered_set<const kernel::Class*> used_;
  std::vector<const kernel::Class*> usedOrder_;
  std::vector<const kernel::Member*> singleTargets_;
  std::vector<Selector> tableSelectors_;
  std::unordered_map<Selector, size_t, SelectorHash> callCounts_;
  std::unordered_set<std::string_view> dynamicNames_;
  std::unordered_map<const kernel::Member*, KeepReason> reasons_;
  ImplicitMembers implicit_;
  std::unordered_set<const kernel::FunctionNode*> stackChecked_;
  size_t totalMembers_ = 0;
  size_t totalClasses_ = 0;
};

// Runs the analysis from `main` (and the implicit members lowered code needs).
std::unique_ptr<FlowFacts> analyze(const kernel::Program& program);

// Decides which reachable functions need a stack overflow check (recursion.cpp); part of
// analyze(), after reachability and devirtualization.
void findRecursion(const kernel::Program& program, FlowFacts& facts);

}  // namespace dartc::tfa
