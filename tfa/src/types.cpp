#include "types.h"

#include <algorithm>
#include <memory>

namespace dartc::tfa {

size_t TypeStore::Hash::operator()(const Type* t) const {
  size_t h = static_cast<size_t>(t->kind) * 31 + (t->nullable ? 17 : 0);
  h = h * 1000003 + t->cls;
  for (ClassId c : t->classes) h = h * 1000003 + c;
  return h;
}

bool TypeStore::Equal::operator()(const Type* a, const Type* b) const {
  return a->kind == b->kind && a->nullable == b->nullable && a->cls == b->cls && a->classes == b->classes;
}

TypeStore::TypeStore(const ClassHierarchy& hierarchy, size_t maxSetSize) : h_(hierarchy), maxSetSize_(std::max<size_t>(maxSetSize, 2)) {
  empty_ = intern({TypeShape::Empty, false, kNoClass, {}, 0});
  null_ = intern({TypeShape::Empty, true, kNoClass, {}, 0});
  any_ = intern({TypeShape::Any, false, kNoClass, {}, 0});
  anyNullable_ = intern({TypeShape::Any, true, kNoClass, {}, 0});
}

TypeRef TypeStore::intern(Type proto) {
  auto it = interned_.find(&proto);
  if (it != interned_.end()) return *it;
  proto.id = static_cast<uint32_t>(all_.size());
  all_.push_back(std::move(proto));
  interned_.insert(&all_.back());
  return &all_.back();
}

TypeRef TypeStore::concrete(ClassId c, bool nullable) {
  if (c == h_.nullClass) return null_;
  return intern({TypeShape::Concrete, nullable, c, {}, 0});
}

TypeRef TypeStore::cone(ClassId c, bool nullable) {
  if (c == kNoClass || c == h_.objectClass) return any(nullable);
  if (c == h_.nullClass) return null_;
  if (h_.isClosureClass(c)) return concrete(c, nullable);
  if (!h_.hasSubtypes(c)) return h_.isAbstract(c) ? (nullable ? null_ : empty_) : concrete(c, nullable);
  return intern({TypeShape::Cone, nullable, c, {}, 0});
}

TypeRef TypeStore::ofClasses(std::vector<ClassId> classes, bool nullable) {
  std::sort(classes.begin(), classes.end());
  classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
  bool sawNull = false;
  classes.erase(std::remove_if(classes.begin(), classes.end(),
                               [&](ClassId c) {
                                 if (c != h_.nullClass) return false;
                                 sawNull = true;
                                 return true;
                               }),
                classes.end());
  nullable |= sawNull;
  if (classes.empty()) return nullable ? null_ : empty_;
  if (classes.size() == 1) return concrete(classes[0], nullable);
  if (classes.size() > maxSetSize_) return widen(classes, nullable);
  return intern({TypeShape::Set, nullable, kNoClass, std::move(classes), 0});
}

TypeRef TypeStore::widen(const std::vector<ClassId>& classes, bool nullable) {
  ClassId common = classes[0];
  for (ClassId c : classes) common = h_.commonSuperclass(common, c);
  return cone(common, nullable);
}

TypeRef TypeStore::withNullability(TypeRef t, bool nullable) {
  if (t->nullable == nullable) return t;
  Type proto = *t;
  proto.nullable = nullable;
  return intern(std::move(proto));
}

TypeRef TypeStore::join(TypeRef a, TypeRef b) {
  if (a == b) return a;
  if (a->isEmpty()) return b;
  if (b->isEmpty()) return a;
  if (a->id > b->id) std::swap(a, b);
  uint64_t key = (static_cast<uint64_t>(a->id) << 32) | b->id;
  auto it = joins_.find(key);
  if (it != joins_.end()) return it->second;
  TypeRef r = joinUncached(a, b);
  joins_.try_emplace(key, r);
  return r;
}

TypeRef TypeStore::joinUncached(TypeRef a, TypeRef b) {
  bool nullable = a->nullable || b->nullable;
  if (a->kind == TypeShape::Empty) return withNullability(b, nullable);
  if (b->kind == TypeShape::Empty) return withNullability(a, nullable);
  if (a->isAny() || b->isAny()) return any(nullable);
  if (a->isExact() && b->isExact()) {
    std::vector<ClassId> merged;
    merged.reserve((a->end() - a->begin()) + (b->end() - b->begin()));
    std::set_union(a->begin(), a->end(), b->begin(), b->end(), std::back_inserter(merged));
    return ofClasses(std::move(merged), nullable);
  }
  if (a->kind == TypeShape::Cone && b->kind == TypeShape::Cone) {
    if (h_.isSubtype(b->cls, a->cls)) return withNullability(a, nullable);
    if (h_.isSubtype(a->cls, b->cls)) return withNullability(b, nullable);
    return cone(h_.commonSuperclass(a->cls, b->cls), nullable);
  }
  TypeRef c = a->kind == TypeShape::Cone ? a : b;
  TypeRef exact = a->kind == TypeShape::Cone ? b : a;
  ClassId common = c->cls;
  bool inside = true;
  for (ClassId x : *exact) {
    if (!h_.isSubtype(x, c->cls)) {
      inside = false;
      common = h_.commonSuperclass(common, x);
    }
  }
  if (inside) return withNullability(c, nullable);
  return cone(common, nullable);
}

TypeRef TypeStore::meet(TypeRef value, TypeRef filter) {
  if (value == filter || filter == anyNullable_) return value;
  uint64_t key = (static_cast<uint64_t>(value->id) << 32) | filter->id;
  auto it = meets_.find(key);
  if (it != meets_.end()) return it->second;
  TypeRef r = meetUncached(value, filter);
  meets_.try_emplace(key, r);
  return r;
}

TypeRef TypeStore::meetUncached(TypeRef a, TypeRef b) {
  bool nullable = a->nullable && b->nullable;
  if (a->kind == TypeShape::Empty || b->kind == TypeShape::Empty) return nullable ? null_ : empty_;
  if (b->isAny()) return withNullability(a, nullable);
  if (a->isAny()) return withNullability(b, nullable);
  if (a->isExact() && b->isExact()) {
    std::vector<ClassId> common;
    std::set_intersection(a->begin(), a->end(), b->begin(), b->end(), std::back_inserter(common));
    return ofClasses(std::move(common), nullable);
  }
  if (a->kind == TypeShape::Cone && b->kind == TypeShape::Cone) {
    if (h_.isSubtype(a->cls, b->cls)) return withNullability(a, nullable);
    if (h_.isSubtype(b->cls, a->cls)) return withNullability(b, nullable);
    return withNullability(a, nullable);  // classes below both: over-approximated by the value
  }
  TypeRef c = a->kind == TypeShape::Cone ? a : b;
  TypeRef exact = a->kind == TypeShape::Cone ? b : a;
  std::vector<ClassId> kept;
  for (ClassId x : *exact) {
    if (h_.isSubtype(x, c->cls)) kept.push_back(x);
  }
  return ofClasses(std::move(kept), nullable);
}

bool TypeStore::allSubtypesOf(TypeRef t, ClassId c) const {
  switch (t->kind) {
    case TypeShape::Empty: return true;
    case TypeShape::Any: return c == h_.objectClass;
    case TypeShape::Cone: return h_.isSubtype(t->cls, c);
    default:
      for (ClassId x : *t) {
        if (!h_.isSubtype(x, c)) return false;
      }
      return true;
  }
}

bool TypeStore::mayContain(TypeRef t, ClassId c) const {
  switch (t->kind) {
    case TypeShape::Empty: return false;
    case TypeShape::Any: return true;
    case TypeShape::Cone: return h_.isSubtype(c, t->cls);
    default: return std::binary_search(t->begin(), t->end(), c);
  }
}

std::string TypeStore::toString(TypeRef t) const {
  std::string s;
  switch (t->kind) {
    case TypeShape::Empty: return t->nullable ? "null" : "empty";
    case TypeShape::Any: s = "any"; break;
    case TypeShape::Cone: s = "cone(" + h_.name(t->cls) + ")"; break;
    case TypeShape::Concrete: s = h_.name(t->cls); break;
    case TypeShape::Set:
      s = "{";
      for (size_t i = 0; i < t->classes.size(); ++i) s += (i ? ", " : "") + h_.name(t->classes[i]);
      s += "}";
      break;
  }
  return t->nullable ? s + "?" : s;
}

}  // namespace dartc::tfa
