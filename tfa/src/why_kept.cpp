// Why kept: the first reason the analysis found for every kept member and class, so that a chain
// of reasons leads back to an entry point (the base of `--why` and `--analyze-size`).
#include "facts_builder.h"

namespace dartc::tfa {

using namespace kernel;

void FactsBuilder::recordReasons() {
  for (const auto& fn : a_.functions()) {
    const FunctionInfo& info = *fn;
    if (!info.kept) continue;
    if (info.kind == FunctionInfo::Kind::Member) {
      f_.reasons_.emplace(info.member, info.reason);
    } else if (info.kind == FunctionInfo::Kind::FieldInitializer) {
      KeepReason r = info.reason;
      r.kind = KeepKind::FieldAccess;
      r.what = "initializer";
      f_.reasons_.emplace(info.member, r);
    }
  }
  // A member kept only for a closure inside it (a tear-off never called, a closure created by a
  // constant) and fields accessed without a call: the closure's reason, or a field access.
  for (const auto& fn : a_.functions()) {
    const FunctionInfo& info = *fn;
    if (info.kind == FunctionInfo::Kind::Closure && info.kept) f_.reasons_.emplace(info.member, info.reason);
  }
  for (const Member* m : f_.reachableOrder_) {
    if (f_.reasons_.count(m)) continue;
    KeepReason r;
    r.kind = KeepKind::FieldAccess;
    r.what = "field access";
    f_.reasons_.emplace(m, r);
  }
  const ClassHierarchy& h = a_.hierarchy();
  for (ClassId c : a_.usedClassIds()) {
    const Class* k = h.kernelClass(c);
    const KeepReason* r = a_.classReason(c);
    if (k && r) f_.classReasons_.emplace(k, *r);
  }
}

}  // namespace dartc::tfa
