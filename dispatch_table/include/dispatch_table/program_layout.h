// The dispatch_table stage applied to a program: class ids by a depth-first walk of the classes
// present at run time, instance layouts (field offsets and representations), and the global
// dispatch table for every selector TFA could not devirtualize (DESIGN.md §1, §3).
#pragma once

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "dispatch_table/dispatch_table.h"
#include "frontend/program.h"
#include "tfa/flow_facts.h"

namespace dartc::dispatch {

// How an 8-byte field slot holds its value.
enum class SlotRep : uint8_t { Value, Int, Double, Bool };

struct ClassLayout {
  ClassId cid = 0;
  ClassId lastSubclassCid = 0;
  uint32_t instanceSize = 0;     // bytes including the header, a multiple of 16
  int32_t typeArgsOffset = -1;   // byte offset of the reified type arguments word, or -1
  bool isAllocated = false;
  std::vector<SlotRep> slots;    // slot i is at byte offset 8 * (i + 1)
};

// What a dispatch-table slot runs.
enum class EntryKind : uint8_t {
  Call,            // the procedure itself (method, operator, getter or setter)
  FieldGet,        // load of a field (getter selector)
  FieldSet,        // store to a field (setter selector)
  TearOff,         // a method read as a value (getter selector): a closure bound to the receiver
  GetterThenCall,  // a getter or field called as a method: read it, then call the value
};

struct TableEntry {
  const kernel::Member* member = nullptr;
  EntryKind kind = EntryKind::Call;
  bool operator==(const TableEntry& o) const { return member == o.member && kind == o.kind; }
};

class ProgramLayout {
 public:
  const ClassLayout* classLayout(const kernel::Class* c) const {
    auto it = classes_.find(c);
    return it == classes_.end() ? nullptr : &it->second;
  }
  // Byte offset of an instance field from the object start.
  uint32_t fieldOffset(const kernel::Field* f) const { return fieldOffsets_.at(f); }
  bool hasField(const kernel::Field* f) const { return fieldOffsets_.count(f) != 0; }
  SlotRep fieldRep(const kernel::Field* f) const { return fieldReps_.at(f); }
  // Index = cid; null for reserved cids.
  const std::vector<const kernel::Class*>& classesByCid() const { return byCid_; }
  ClassId cidCount() const { return static_cast<ClassId>(byCid_.size()); }

  // The table offset of a selector, when it is called through the table.
  std::optional<SelectorOffset> selectorOffset(const tfa::Selector& s) const {
    auto it = selectorIds_.find(s);
    if (it == selectorIds_.end()) return std::nullopt;
    return table_.offset(it->second);
  }
  // The implementations answering a table selector (cid intervals of its row), or null.
  const SelectorRow* row(const tfa::Selector& s) const {
    auto it = selectorIds_.find(s);
    if (it == selectorIds_.end()) return nullptr;
    for (const PlacedSelector& p : table_.selectors()) {
      if (p.row.selector == it->second) return &p.row;
    }
    return nullptr;
  }
  // The table, slot by slot: the entry a slot runs, or null for a hole.
  std::vector<const TableEntry*> tableSlots() const;
  const std::vector<TableEntry>& implementations() const { return implementations_; }
  const DispatchTable& table() const { return table_; }
  size_t selectorCount() const { return selectorIds_.size(); }
  // The entry kind for `member` answering a selector of `kind`.
  static EntryKind entryKindFor(tfa::SelectorKind kind, const kernel::Member* member);

 private:
  friend ProgramLayout buildProgramLayout(const kernel::Program&, const tfa::FlowFacts&);
  std::unordered_map<const kernel::Class*, ClassLayout> classes_;
  std::unordered_map<const kernel::Field*, uint32_t> fieldOffsets_;
  std::unordered_map<const kernel::Field*, SlotRep> fieldReps_;
  std::vector<const kernel::Class*> byCid_;
  std::unordered_map<tfa::Selector, SelectorId, tfa::SelectorHash> selectorIds_;
  std::vector<TableEntry> implementations_;
  DispatchTable table_;
};

ProgramLayout buildProgramLayout(const kernel::Program& program, const tfa::FlowFacts& facts);

}  // namespace dartc::dispatch
