// Tree shaking: what the analysis reached is kept, everything else is left out of the program.
// Members whose code may run are "invoked" (codegen emits a trap for the body of any other
// function it still has to reference); fields that are never read need no storage.
#include "facts_builder.h"

namespace dartc::tfa {

using namespace kernel;

void FactsBuilder::shake() {
  // Functions: kept when reached, invoked when their code ran in the analysis.
  for (const auto& fn : a_.functions()) {
    const FunctionInfo& info = *fn;
    if (!info.kept && !info.invoked) continue;
    switch (info.kind) {
      case FunctionInfo::Kind::Member:
        f_.reachable_.insert(info.member);
        if (info.invoked) f_.invoked_.insert(info.member);
        break;
      case FunctionInfo::Kind::Closure:
        // The enclosing member's code contains the closure: it is kept with it.
        f_.reachable_.insert(info.member);
        if (info.invoked) f_.invokedClosures_.insert(info.function);
        break;
      case FunctionInfo::Kind::FieldInitializer:
        f_.reachable_.insert(info.member);
        if (info.invoked) f_.invoked_.insert(info.member);
        break;
    }
  }
  for (const auto& [field, state] : a_.fieldStates()) {
    if (!state->read && !state->written) continue;
    f_.reachable_.insert(field);
    // A `late final` field remembers whether it was written: a second write throws.
    if (state->read || (field->isLate && field->isFinal)) f_.readFields_.insert(field);
  }
  // Classes: allocated ones (closures are instances of _Closure) and the ones present at run time.
  const ClassHierarchy& h = a_.hierarchy();
  for (ClassId c : a_.allocatedClasses()) {
    if (const Class* k = h.kernelClass(c)) f_.allocated_.insert(k);
  }
  for (ClassId c : a_.usedClassIds()) {
    if (const Class* k = h.kernelClass(c)) f_.used_.insert(k);
  }
  // Deterministic orders: program order of libraries, classes and members.
  for (const Library* lib : p_.libraries) {
    auto add = [&](const Member* m) {
      ++f_.totalMembers_;
      if (f_.reachable_.count(m)) f_.reachableOrder_.push_back(m);
    };
    for (const Field* fld : lib->fields) add(fld);
    for (const Procedure* proc : lib->procedures) add(proc);
    for (const Class* c : lib->classes) {
      ++f_.totalClasses_;
      if (f_.used_.count(c)) f_.usedOrder_.push_back(c);
      for (const Field* fld : c->fields) add(fld);
      for (const Constructor* k : c->constructors) add(k);
      for (const Procedure* proc : c->procedures) add(proc);
    }
  }
  f_.dynamicNames_ = a_.dynamicNames();
}

}  // namespace dartc::tfa
