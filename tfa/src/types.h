// The type lattice of the type-flow analysis (docs/tfa.md, "The lattice"):
//
//   Empty  ⊑  Concrete(C)  ⊑  Set{C1 < C2 < ...}  ⊑  Cone(C)  ⊑  Any
//
// each optionally nullable. Concrete and Set name exact classes (closure pseudo-classes
// included), sorted by class id; Cone(C) is every instance of a subtype of C, whichever of them are
// allocated; Any is every object. Types are interned by a TypeStore, so equal types are the same
// pointer and joins and meets are memoized.
//
// Bounded height: a Set with more than `maxSetSize` classes widens to the cone of their nearest
// common superclass (Any when that is Object), so every chain of joins is short (termination).
// Joins and meets never look at which classes are allocated; cones are expanded into classes only
// where calls are dispatched, and that dependency is tracked by the analysis.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "class_hierarchy.h"
#include "dense_keys.h"

namespace dartc::tfa {

enum class TypeShape : uint8_t { Empty, Concrete, Set, Cone, Any };

struct Type {
  TypeShape kind = TypeShape::Empty;
  bool nullable = false;
  ClassId cls = kNoClass;        // Concrete, Cone
  std::vector<ClassId> classes;  // Set: sorted, at least two
  uint32_t id = 0;               // creation order in the store

  bool isEmpty() const { return kind == TypeShape::Empty && !nullable; }
  bool isNullOnly() const { return kind == TypeShape::Empty && nullable; }
  bool isAny() const { return kind == TypeShape::Any; }
  // Concrete and Set: the exact classes.
  const ClassId* begin() const { return kind == TypeShape::Concrete ? &cls : classes.data(); }
  const ClassId* end() const {
    return kind == TypeShape::Concrete ? &cls + 1 : kind == TypeShape::Set ? classes.data() + classes.size() : begin();
  }
  bool isExact() const { return kind == TypeShape::Concrete || kind == TypeShape::Set; }
};

using TypeRef = const Type*;

class TypeStore {
 public:
  TypeStore(const ClassHierarchy& hierarchy, size_t maxSetSize);
  TypeStore(const TypeStore&) = delete;
  TypeStore& operator=(const TypeStore&) = delete;

  TypeRef empty() const { return empty_; }
  TypeRef nullType() const { return null_; }
  TypeRef any(bool nullable = true) const { return nullable ? anyNullable_ : any_; }
  TypeRef concrete(ClassId c, bool nullable = false);
  // Instances of subtypes of c; Object is Any, a class without subtypes is Concrete (or Empty when
  // abstract), Null is the null type.
  TypeRef cone(ClassId c, bool nullable = false);
  // Exact classes (any order, duplicates allowed); widened when there are too many.
  TypeRef ofClasses(std::vector<ClassId> classes, bool nullable);
  TypeRef withNullability(TypeRef t, bool nullable);
  TypeRef nonNullable(TypeRef t) { return withNullability(t, false); }

  // Least upper bound (union), bounded by the set-size cap.
  TypeRef join(TypeRef a, TypeRef b);
  // `value` narrowed to `filter`: an over-approximation of the intersection (two unrelated cones
  // answer the first).
  TypeRef meet(TypeRef value, TypeRef filter);
  // Whether every instance in t is a subtype of class c (null aside).
  bool allSubtypesOf(TypeRef t, ClassId c) const;
  // Whether some instance in t may be of class c (exactly, or within a cone/Any).
  bool mayContain(TypeRef t, ClassId c) const;

  std::string toString(TypeRef t) const;
  size_t size() const { return all_.size(); }
  const ClassHierarchy& hierarchy() const { return h_; }

 private:
  TypeRef intern(Type proto);
  TypeRef widen(const std::vector<ClassId>& classes, bool nullable);
  TypeRef joinUncached(TypeRef a, TypeRef b);
  TypeRef meetUncached(TypeRef a, TypeRef b);

  struct Hash {
    size_t operator()(const Type* t) const;
  };
  struct Equal {
    bool operator()(const Type* a, const Type* b) const;
  };

  const ClassHierarchy& h_;
  size_t maxSetSize_;
  std::deque<Type> all_;  // few large blocks, not one allocation per type
  llvm::DenseSet<const Type*, InternedInfo<Type, Hash, Equal>> interned_;
  PairKeyMap<TypeRef> joins_;
  PairKeyMap<TypeRef> meets_;
  TypeRef empty_ = nullptr;
  TypeRef null_ = nullptr;
  TypeRef any_ = nullptr;
  TypeRef anyNullable_ = nullptr;
};

}  // namespace dartc::tfa
