// Class ids by a depth-first walk of the single-inheritance class hierarchy. Preorder numbering
// puts every subtree on a contiguous cid range, so `x is C` (for a class C without `implements`
// users) is `C.cid <= cid(x) <= C.lastSubclassCid`, and inherited implementations form long runs
// in dispatch-table rows.
#pragma once

#include <cstddef>
#include <vector>

#include "dispatch_table/ids.h"

namespace dartc::dispatch {

struct ClassHierarchy {
  // Per class, in declaration order: the index of its superclass, or kNoSuperclass for a root.
  // Subclasses are numbered in this (declaration) order.
  std::vector<ClassIndex> superclassOf;
  // Roots to number first, in this order (e.g. Object, then the builtins codegen wants early).
  // Roots not listed follow in declaration order.
  std::vector<ClassIndex> rootOrder;
  // Cids [0, reservedCids) are given to no class (e.g. to keep cid 0 illegal).
  ClassId reservedCids = 0;
};

struct ClassIdRange {
  ClassId cid = 0;
  ClassId lastSubclassCid = 0;  // largest cid in the subtree (== cid for a leaf)

  bool contains(ClassId other) const { return cid <= other && other <= lastSubclassCid; }
};

class ClassIds {
 public:
  ClassIds(std::vector<ClassIdRange> byClass, std::vector<ClassIndex> classByCid,
           ClassId reservedCids);

  const ClassIdRange& operator[](ClassIndex cls) const { return byClass_[cls]; }
  ClassId cid(ClassIndex cls) const { return byClass_[cls].cid; }
  // The class numbered `cid`; kNoSuperclass for a reserved cid.
  ClassIndex classOf(ClassId cid) const;
  // Number of cids handed out, reserved ones included: every cid is < cidCount().
  ClassId cidCount() const { return reservedCids_ + ClassId(classByCid_.size()); }
  ClassId reservedCids() const { return reservedCids_; }
  size_t classCount() const { return byClass_.size(); }

 private:
  std::vector<ClassIdRange> byClass_;
  std::vector<ClassIndex> classByCid_;  // indexed by cid - reservedCids_
  ClassId reservedCids_;
};

// Numbers every class. Throws std::invalid_argument if a superclass index is out of range, the
// superclass relation has a cycle, or rootOrder names a non-root or a root twice.
ClassIds assignClassIds(const ClassHierarchy& hierarchy);

}  // namespace dartc::dispatch
