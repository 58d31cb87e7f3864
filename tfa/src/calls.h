// Invocations: the unit of work of the type-flow analysis (docs/tfa.md, "Invocations"). An
// invocation is a callee (a function, or a selector to dispatch, or a closure call) with the types
// of its arguments, detached from any call site: call sites that call the same thing with the same
// argument types share one invocation and its cached result. Everything an invocation's result
// depends on (other invocations, field values, allocated classes, ...) is a Tracker that
// invalidates it when it changes.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <llvm/ADT/SmallVector.h>

#include "summary.h"
#include "types.h"

namespace dartc::tfa {

struct Invocation;

// Something invocations read; when it changes, they are analyzed again.
struct Tracker {
  llvm::SmallVector<Invocation*, 2> dependents;
  bool isInvocation = false;  // the tracker is an Invocation (its result)
};

// Argument types of an invocation: receiver (if any), positional, then named sorted by name.
struct Args {
  // Most lists are short: kept inline, they cost no allocation to build, copy or free.
  llvm::SmallVector<TypeRef, 4> values;
  std::vector<std::string_view> names;  // of the last names.size() values
  bool hasReceiver = false;
  size_t hash = 0;

  size_t positionalCount() const { return values.size() - names.size() - (hasReceiver ? 1 : 0); }
  TypeRef receiver() const { return hasReceiver ? values[0] : nullptr; }
  TypeRef positional(size_t i) const { return values[(hasReceiver ? 1 : 0) + i]; }
  TypeRef named(std::string_view name) const {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name) return values[values.size() - names.size() + i];
    }
    return nullptr;
  }
  void computeHash();
};

// Interns argument lists, so invocation keys compare by pointer.
class ArgsStore {
 public:
  const Args* intern(Args args);
  // Copies `args` only when they are new (callers reuse one scratch list: no allocation per call).
  const Args* internCopy(Args& args);
  size_t size() const { return all_.size(); }

 private:
  struct Hash {
    size_t operator()(const Args* a) const { return a->hash; }
  };
  struct Equal {
    bool operator()(const Args* a, const Args* b) const {
      // Interned lists carry their hash: most probes of the table end at the first comparison.
      return a->hash == b->hash && a->hasReceiver == b->hasReceiver && a->values == b->values && a->names == b->names;
    }
  };
  std::deque<Args> all_;  // few large blocks, not one allocation per list
  llvm::DenseSet<const Args*, InternedInfo<Args, Hash, Equal>> interned_;
};

enum class InvocationKind : uint8_t {
  Direct,    // a known function (or field) with arguments
  Dispatch,  // a selector on a receiver type: one Direct invocation per implementation; closure
             // calls dispatch `call`, which closure classes answer with their function
  Root,      // an entry point: main, or a helper that compiled code or the runtime calls
};

enum class RootKind : uint8_t {
  Main,               // main (with its arguments made by _mainArguments)
  UncaughtException,  // dart:_internal's reportUnhandledError with every value thrown
  EntryPoint,         // `@pragma('vm:entry-point')`: declared argument types
  Helper,             // a helper of an implicit check, with the arguments compiled code passes
};

struct Invocation : Tracker {
  Invocation() { isInvocation = true; }
  InvocationKind kind = InvocationKind::Direct;
  CallKind callKind = CallKind::Method;
  RootKind rootKind = RootKind::Main;
  FunctionInfo* target = nullptr;  // Direct, Root
  SelectorId selector = kNone;     // Dispatch
  bool merged = false;             // Direct: the one invocation a function's many variants share
  const Args* args = nullptr;
  // Merged invocations own their (growing) arguments; a parameter some variant did not pass may
  // take its default value.
  std::unique_ptr<Args> ownedArgs;
  std::vector<bool> mayBeMissing;
  std::vector<std::string_view> mayBeMissingNames;
  TypeRef result = nullptr;
  KeepKind reason = KeepKind::Called;  // why its target is kept (Direct)

  // Worklist state.
  bool queued = false;     // waiting to be (re-)analyzed
  bool active = false;     // on the analysis stack right now
  bool analyzed = false;   // analyzed at least once
  bool saturated = false;  // invalidated too often: result widened to its static bound
  uint32_t invalidations = 0;

  // Dispatch: the implementations found so far (a member, or a closure class's ClosureClass) and
  // their direct invocations, how much of the receiver's allocated classes has been looked at,
  // and targets whose results changed since.
  std::vector<std::pair<const void*, Invocation*>> targets;
  llvm::DenseSet<const void*> targetIndex;  // the keys of `targets`, once there are many
  std::vector<Invocation*> dirtyTargets;
  size_t classesSeen = 0;
  size_t anyTargetsSeen = 0;
  bool exactDone = false;
};

}  // namespace dartc::tfa
