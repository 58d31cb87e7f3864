// Selectors (dynamically dispatched names) and the implementation a class runs for one.
#include "tfa/flow_facts.h"

namespace dartc::tfa {

using namespace kernel;

std::string Selector::toString() const {
  const char* k = kind == SelectorKind::Method ? "" : kind == SelectorKind::Getter ? "get:" : "set:";
  return std::string(k) + std::string(name);
}

Selector selectorOf(SelectorKind kind, std::string_view name, const Library* accessingLibrary) {
  Selector s;
  s.kind = kind;
  s.name = name;
  if (!name.empty() && name[0] == '_') s.privateLibrary = accessingLibrary;
  return s;
}

Selector selectorOf(SelectorKind kind, const Member* member) {
  // A private member keeps the library that declared it (mixin copies keep the mixin's).
  return selectorOf(kind, member->name, member->library);
}

bool answersSelector(const Member* m, const Selector& s) {
  if (m->isStatic || m->name != s.name) return false;
  if (s.privateLibrary && m->library != s.privateLibrary) return false;
  if (m->memberKind == MemberKind::Procedure) {
    auto* p = static_cast<const Procedure*>(m);
    if (p->isAbstract || p->kind == ProcedureKind::Factory) return false;
    return (s.kind == SelectorKind::Setter) == (p->kind == ProcedureKind::Setter);
  }
  if (m->memberKind == MemberKind::Field) return s.kind != SelectorKind::Setter || static_cast<const Field*>(m)->hasSetter();
  return false;
}

const Member* lookupImplementation(const Class* cls, const Selector& s) {
  for (const Class* k = cls; k; k = k->superclass()) {
    for (const Procedure* p : k->procedures) {
      if (answersSelector(p, s)) return p;
    }
    for (const Field* fld : k->fields) {
      if (answersSelector(fld, s)) return fld;
    }
  }
  return nullptr;
}

}  // namespace dartc::tfa
