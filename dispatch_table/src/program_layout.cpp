#include "dispatch_table/program_layout.h"

#include <algorithm>
#include <map>

#include "dispatch_table/class_ids.h"

namespace dartc::dispatch {

using namespace kernel;

namespace {

// Cid 0 is never a class: a zero header word is then recognizably not an object.
constexpr ClassId kReservedCids = 1;

SlotRep repOf(const DartType* t, const CoreTypes& core) {
  if (!t || t->isNullable()) return SlotRep::Value;
  if (t == core.intType) return SlotRep::Int;
  if (t == core.doubleType) return SlotRep::Double;
  if (t == core.boolType) return SlotRep::Bool;
  return SlotRep::Value;
}

// The slot of a field: its static type's representation, or what type-flow analysis proved it
// holds (an int in a `num` field). Late fields hold a sentinel until set: a value word.
SlotRep fieldSlotRep(const Field* f, const CoreTypes& core, const tfa::FlowFacts& facts) {
  if (f->isLate) return SlotRep::Value;
  SlotRep rep = repOf(f->type, core);
  if (rep != SlotRep::Value) return rep;
  switch (facts.fieldKind(f)) {
    case tfa::UnboxedKind::Int: return SlotRep::Int;
    case tfa::UnboxedKind::Double: return SlotRep::Double;
    case tfa::UnboxedKind::Bool: return SlotRep::Bool;
    default: return SlotRep::Value;
  }
}

bool isGeneric(const Class* c) {
  for (; c; c = c->superclass()) {
    if (!c->typeParams.empty()) return true;
  }
  return false;
}

}  // namespace

EntryKind ProgramLayout::entryKindFor(tfa::SelectorKind kind, const Member* m) {
  if (m->memberKind == MemberKind::Field) {
    if (kind == tfa::SelectorKind::Setter) return EntryKind::FieldSet;
    return kind == tfa::SelectorKind::Getter ? EntryKind::FieldGet : EntryKind::GetterThenCall;
  }
  auto* p = static_cast<const Procedure*>(m);
  bool isMethod = p->kind == ProcedureKind::Method || p->kind == ProcedureKind::Operator;
  if (kind == tfa::SelectorKind::Getter && isMethod) return EntryKind::TearOff;
  if (kind == tfa::SelectorKind::Method && p->kind == ProcedureKind::Getter) return EntryKind::GetterThenCall;
  return EntryKind::Call;
}

std::vector<const TableEntry*> ProgramLayout::tableSlots() const {
  std::vector<const TableEntry*> out;
  out.reserve(table_.size());
  for (ImplementationId id : table_.entries()) out.push_back(id == kEmpty ? nullptr : &implementations_[id]);
  return out;
}

ProgramLayout buildProgramLayout(const Program& program, const tfa::FlowFacts& facts) {
  ProgramLayout layout;
  // 1. Class ids: a depth-first walk of the classes present at run time, Object first.
  const auto& classes = facts.usedClasses();
  std::unordered_map<const Class*, ClassIndex> index;
  for (size_t i = 0; i < classes.size(); ++i) index[classes[i]] = static_cast<ClassIndex>(i);
  ClassHierarchy h;
  h.reservedCids = kReservedCids;
  for (const Class* c : classes) {
    const Class* super = c->superclass();
    h.superclassOf.push_back(super && index.count(super) ? index[super] : kNoSuperclass);
  }
  if (program.core.objectClass && index.count(program.core.objectClass)) h.rootOrder.push_back(index[program.core.objectClass]);
  ClassIds ids = assignClassIds(h);
  layout.byCid_.assign(ids.cidCount(), nullptr);
  for (size_t i = 0; i < classes.size(); ++i) {
    const Class* c = classes[i];
    ClassLayout& cl = layout.classes_[c];
    cl.cid = ids[i].cid;
    cl.lastSubclassCid = ids[i].lastSubclassCid;
    cl.isAllocated = facts.isAllocated(c);
    layout.byCid_[cl.cid] = c;
  }
  // 2. Instance layouts: header, the type arguments word (classes with a generic ancestor), then
  // fields, superclass fields first, one 8-byte slot each.
  for (const Class* c : classes) {
    std::vector<const Class*> chain;
    for (const Class* k = c; k; k = k->superclass()) chain.insert(chain.begin(), k);
    ClassLayout& cl = layout.classes_[c];
    uint32_t offset = 8;
    if (isGeneric(c)) {
      cl.typeArgsOffset = static_cast<int32_t>(offset);
      cl.slots.push_back(SlotRep::Value);
      offset += 8;
    }
    for (const Class* k : chain) {
      for (const Field* f : k->fields) {
        // Fields never read need no storage (tree shaking; their stores are dropped).
        if (f->isStatic || !facts.isFieldStored(f)) continue;
        SlotRep rep = fieldSlotRep(f, program.core, facts);
        layout.fieldOffsets_[f] = offset;
        layout.fieldReps_[f] = rep;
        cl.slots.push_back(rep);
        offset += 8;
      }
    }
    cl.instanceSize = (offset + 15) & ~15u;
  }
  // 3. The global dispatch table over the selectors TFA left virtual.
  std::vector<SelectorInput> inputs;
  std::map<std::pair<const Member*, EntryKind>, ImplementationId> implementationIds;
  for (const tfa::Selector& s : facts.tableSelectors()) {
    SelectorInput in;
    in.selector = static_cast<SelectorId>(inputs.size());
    in.callCount = facts.callCount(s);
    for (const Class* c : classes) {
      if (!facts.isAllocated(c)) continue;
      const Member* impl = tfa::lookupImplementation(c, s);
      if (!impl) continue;
      TableEntry entry{impl, ProgramLayout::entryKindFor(s.kind, impl)};
      auto [found, fresh] = implementationIds.emplace(std::make_pair(entry.member, entry.kind),
                                                      static_cast<ImplementationId>(layout.implementations_.size()));
      if (fresh) layout.implementations_.push_back(entry);
      ImplementationId id = found->second;
      in.implementations.push_back({layout.classes_[c].cid, id});
    }
    layout.selectorIds_[s] = in.selector;
    inputs.push_back(std::move(in));
  }
  layout.table_ = buildDispatchTable(inputs);
  return layout;
}

}  // namespace dartc::dispatch
