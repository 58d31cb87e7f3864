// Rejects uses of library members marked `@pragma('dartc:unsupported', why)` (see the header).
#include "sema/unsupported_members.h"

#include "frontend/kernel_walk.h"

namespace dartc::sema {

namespace {

using namespace kernel;

// The reason a member is unsupported, or null when it is supported.
const std::string_view* unsupportedReason(const Member* m) {
  if (!m || m->memberKind != MemberKind::Procedure) return nullptr;
  // A mixin application's copy of a member: the mixin's declaration has the pragmas.
  for (const Procedure* p = static_cast<const Procedure*>(m); p; p = p->mixedInFrom)
    for (const auto& [name, option] : p->pragmas)
      if (name == "dartc:unsupported") return &option;
  return nullptr;
}

// The receiver of an instance access (its static type names the member as the program sees it:
// 'File.readAsString', not the mixin application that declares it), or null.
const Expression* receiverOf(const Expression* e) {
  switch (e->kind) {
    case ExprKind::InstanceGet: return static_cast<const InstanceGet*>(e)->receiver;
    case ExprKind::InstanceInvocation: return static_cast<const InstanceInvocation*>(e)->receiver;
    case ExprKind::InstanceTearOff: return static_cast<const InstanceTearOff*>(e)->receiver;
    default: return nullptr;
  }
}

std::string shownName(const Expression* e, const Procedure* target) {
  const Expression* receiver = receiverOf(e);
  if (!receiver || !receiver->type || receiver->type->kind != TypeKind::Interface) {
    std::string name = target->qualifiedName();
    if (!name.empty() && name.back() == '.') name.pop_back();  // an unnamed factory: 'Float32x4'
    return name;
  }
  return std::string(static_cast<const InterfaceType*>(receiver->type)->cls->name) + "." + std::string(target->name);
}

const Member* targetOf(const Expression* e) {
  switch (e->kind) {
    case ExprKind::StaticGet: return static_cast<const StaticGet*>(e)->target;
    case ExprKind::StaticInvocation: return static_cast<const StaticInvocation*>(e)->target;
    case ExprKind::StaticTearOff: return static_cast<const StaticTearOff*>(e)->target;
    case ExprKind::InstanceGet: return static_cast<const InstanceGet*>(e)->interfaceTarget;
    case ExprKind::InstanceInvocation: return static_cast<const InstanceInvocation*>(e)->interfaceTarget;
    case ExprKind::InstanceTearOff: return static_cast<const InstanceTearOff*>(e)->interfaceTarget;
    default: return nullptr;
  }
}

}  // namespace

void rejectUnsupportedLibraryMembers(const Program& program, Diagnostics& diags) {
  Walker walker;
  walker.onExpression = [&](const Expression* e) {
    const Member* target = targetOf(e);
    if (const std::string_view* why = unsupportedReason(target)) {
      diags.error(e->loc, "'" + shownName(e, static_cast<const Procedure*>(target)) + "' is not supported yet: " +
                              std::string(*why));
    }
  };
  for (const Library* lib : program.libraries) {
    if (lib->isCore) continue;  // the library itself may mention them
    for (const Procedure* p : lib->procedures) walker.walkMember(p);
    for (const Field* f : lib->fields) walker.walkMember(f);
    for (const Class* c : lib->classes) {
      for (const Procedure* p : c->procedures) walker.walkMember(p);
      for (const Field* f : c->fields) walker.walkMember(f);
      for (const Constructor* k : c->constructors) walker.walkMember(k);
    }
  }
}

}  // namespace dartc::sema
