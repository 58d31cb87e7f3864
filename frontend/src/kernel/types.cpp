#include "frontend/types.h"

#include <algorithm>

#include "frontend/kernel.h"

namespace dartc::kernel {

namespace {

// A compact structural key for hash-consing. Types are built bottom-up, so a component is
// already interned and its address identifies it.
std::string ptrKey(const void* p) {
  char buf[2 + 2 * sizeof(void*)];
  auto v = reinterpret_cast<uintptr_t>(p);
  for (size_t i = 0; i < sizeof(buf); ++i) {
    buf[i] = static_cast<char>('a' + (v & 15));
    v >>= 4;
  }
  return std::string(buf, sizeof(buf));
}

char nullChar(Nullability n) { return n == Nullability::Nullable ? '?' : '!'; }

std::string namedKey(const std::vector<NamedParameterType>& named) {
  std::string key;
  for (const auto& p : named) {
    key += p.name;
    key += p.isRequired ? '=' : ':';
    key += ptrKey(p.type);
  }
  return key;
}

}  // namespace

bool DartType::admitsNull() const {
  switch (kind) {
    case TypeKind::Dynamic:
    case TypeKind::Void:
    case TypeKind::Null:
    case TypeKind::Invalid:
      return true;
    case TypeKind::FutureOr:
      return isNullable() || static_cast<const FutureOrType*>(this)->arg->admitsNull();
    default:
      return isNullable();
  }
}

bool DartType::isTop() const {
  if (kind == TypeKind::Dynamic || kind == TypeKind::Void || kind == TypeKind::Invalid) return true;
  // FutureOr<T> is a top type when T is (the spec's TOP: FutureOr<void>, FutureOr<Object?>, ...).
  if (kind == TypeKind::FutureOr) return static_cast<const FutureOrType*>(this)->arg->isTop();
  if (kind == TypeKind::Interface && isNullable()) {
    const auto* it = static_cast<const InterfaceType*>(this);
    return it->cls->supertype == nullptr && it->cls->name == "Object";
  }
  return false;
}

std::string DartType::toString() const {
  std::string s;
  switch (kind) {
    case TypeKind::Dynamic: return "dynamic";
    case TypeKind::Void: return "void";
    case TypeKind::Never: return isNullable() ? "Null" : "Never";
    case TypeKind::Null: return "Null";
    case TypeKind::Invalid: return "<invalid>";
    case TypeKind::Interface: {
      const auto* t = static_cast<const InterfaceType*>(this);
      s = std::string(t->cls->name);
      if (!t->args.empty()) {
        s += '<';
        for (size_t i = 0; i < t->args.size(); ++i) {
          if (i) s += ", ";
          s += t->args[i]->toString();
        }
        s += '>';
      }
      break;
    }
    case TypeKind::TypeParameter: {
      const auto* t = static_cast<const TypeParameterType*>(this);
      s = std::string(t->param->name);
      if (t->promotedBound) s += " & " + t->promotedBound->toString();
      break;
    }
    case TypeKind::FutureOr:
      s = "FutureOr<" + static_cast<const FutureOrType*>(this)->arg->toString() + ">";
      break;
    case TypeKind::Function: {
      const auto* f = static_cast<const FunctionType*>(this);
      s = f->returnType->toString() + " Function";
      if (!f->typeParams.empty()) {
        s += '<';
        for (size_t i = 0; i < f->typeParams.size(); ++i) {
          if (i) s += ", ";
          s += f->typeParams[i]->name;
        }
        s += '>';
      }
      s += '(';
      for (size_t i = 0; i < f->positional.size(); ++i) {
        if (i) s += ", ";
        if (i == f->requiredPositionalCount) s += '[';
        s += f->positional[i]->toString();
      }
      if (f->positional.size() > f->requiredPositionalCount) s += ']';
      if (!f->named.empty()) {
        if (!f->positional.empty()) s += ", ";
        s += '{';
        for (size_t i = 0; i < f->named.size(); ++i) {
          if (i) s += ", ";
          if (f->named[i].isRequired) s += "required ";
          s += f->named[i].type->toString() + " " + std::string(f->named[i].name);
        }
        s += '}';
      }
      s += ')';
      if (isNullable()) return "(" + s + ")?";
      return s;
    }
    case TypeKind::Record: {
      const auto* r = static_cast<const RecordType*>(this);
      s = "(";
      for (size_t i = 0; i < r->positional.size(); ++i) {
        if (i) s += ", ";
        s += r->positional[i]->toString();
      }
      if (!r->named.empty()) {
        if (!r->positional.empty()) s += ", ";
        s += '{';
        for (size_t i = 0; i < r->named.size(); ++i) {
          if (i) s += ", ";
          s += r->named[i].type->toString() + " " + std::string(r->named[i].name);
        }
        s += '}';
      } else if (r->positional.size() == 1) {
        s += ',';
      }
      s += ')';
      break;
    }
  }
  if (isNullable()) s += '?';
  return s;
}

std::string FunctionType::userVisibleSignature() const {
  // "R Function<T>(params)" becomes "<T>(params) => R".
  std::string result = returnType->toString();
  std::string text = toString();
  size_t after = result.size() + std::string_view(" Function").size();
  return text.substr(after) + " => " + result;
}

namespace {
struct SimpleType final : DartType {
  SimpleType(TypeKind k, Nullability n) : DartType(k, n) {}
};
}  // namespace

TypeStore::TypeStore() {
  auto make = [&](TypeKind k, Nullability n) {
    owned_.push_back(std::unique_ptr<DartType>(new SimpleType(k, n)));
    return owned_.back().get();
  };
  dynamic_ = make(TypeKind::Dynamic, Nullability::Nullable);
  void_ = make(TypeKind::Void, Nullability::Nullable);
  never_ = make(TypeKind::Never, Nullability::NonNullable);
  null_ = make(TypeKind::Null, Nullability::Nullable);
  invalid_ = make(TypeKind::Invalid, Nullability::Nullable);
}

TypeStore::~TypeStore() = default;

const DartType* TypeStore::intern(std::unique_ptr<DartType> t, const std::string& key) {
  auto it = interned_.find(key);
  if (it != interned_.end()) return it->second;
  const DartType* raw = t.get();
  owned_.push_back(std::move(t));
  interned_.emplace(key, raw);
  return raw;
}

const InterfaceType* TypeStore::interface(Class* cls, std::vector<const DartType*> args, Nullability n) {
  std::string key = "I";
  key += nullChar(n);
  key += ptrKey(cls);
  for (const DartType* a : args) key += ptrKey(a);
  auto it = interned_.find(key);
  if (it != interned_.end()) return static_cast<const InterfaceType*>(it->second);
  return static_cast<const InterfaceType*>(
      intern(std::unique_ptr<DartType>(new InterfaceType(cls, std::move(args), n)), key));
}

const FunctionType* TypeStore::function(std::vector<TypeParameter*> typeParams,
                                        std::vector<const DartType*> positional, size_t requiredPositional,
                                        std::vector<NamedParameterType> named, const DartType* returnType,
                                        Nullability n) {
  std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  std::string key = "F";
  key += nullChar(n);
  for (TypeParameter* p : typeParams) key += ptrKey(p);
  key += '(';
  key += std::to_string(requiredPositional);
  for (const DartType* p : positional) key += ptrKey(p);
  key += namedKey(named);
  key += ')';
  key += ptrKey(returnType);
  auto it = interned_.find(key);
  if (it != interned_.end()) return static_cast<const FunctionType*>(it->second);
  auto* f = new FunctionType(n);
  f->typeParams = std::move(typeParams);
  f->positional = std::move(positional);
  f->requiredPositionalCount = requiredPositional;
  f->named = std::move(named);
  f->returnType = returnType;
  return static_cast<const FunctionType*>(intern(std::unique_ptr<DartType>(f), key));
}

const TypeParameterType* TypeStore::typeParameter(TypeParameter* p, Nullability n) {
  std::string key = "T";
  key += nullChar(n);
  key += ptrKey(p);
  auto it = interned_.find(key);
  if (it != interned_.end()) return static_cast<const TypeParameterType*>(it->second);
  return static_cast<const TypeParameterType*>(
      intern(std::unique_ptr<DartType>(new TypeParameterType(p, n)), key));
}

const TypeParameterType* TypeStore::intersection(TypeParameter* p, const DartType* bound) {
  std::string key = "I";
  key += ptrKey(p);
  key += ptrKey(bound);
  auto it = interned_.find(key);
  if (it != interned_.end()) return static_cast<const TypeParameterType*>(it->second);
  auto* t = new TypeParameterType(p, Nullability::NonNullable);
  t->promotedBound = bound;
  return static_cast<const TypeParameterType*>(intern(std::unique_ptr<DartType>(t), key));
}

const RecordType* TypeStore::record(std::vector<const DartType*> positional,
                                    std::vector<NamedParameterType> named, Nullability n) {
  std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  std::string key = "R";
  key += nullChar(n);
  for (const DartType* p : positional) key += ptrKey(p);
  key += namedKey(named);
  auto it = interned_.find(key);
  if (it != interned_.end()) return static_cast<const RecordType*>(it->second);
  auto* r = new RecordType(n);
  r->positional = std::move(positional);
  r->named = std::move(named);
  return static_cast<const RecordType*>(intern(std::unique_ptr<DartType>(r), key));
}

uint32_t TypeStore::recordShapeId(const RecordType* r) {
  std::string key = std::to_string(r->positional.size());
  for (const auto& n : r->named) {
    key += ',';
    key += n.name;
  }
  auto [it, inserted] = recordShapeIds_.try_emplace(key, static_cast<uint32_t>(recordShapes_.size()));
  if (inserted) {
    RecordShape shape;
    shape.positional = static_cast<uint32_t>(r->positional.size());
    for (const auto& n : r->named) shape.names.push_back(n.name);
    recordShapes_.push_back(std::move(shape));
  }
  return it->second;
}

const DartType* TypeStore::futureOr(const DartType* arg, Nullability n) {
  std::string key = "O";
  key += nullChar(n);
  key += ptrKey(arg);
  auto it = interned_.find(key);
  if (it != interned_.end()) return it->second;
  return intern(std::unique_ptr<DartType>(new FutureOrType(arg, n)), key);
}

const DartType* TypeStore::withNullability(const DartType* t, Nullability n) {
  if (t->nullability == n) return t;
  switch (t->kind) {
    case TypeKind::Dynamic:
    case TypeKind::Void:
    case TypeKind::Invalid:
      return t;
    case TypeKind::Null:
      return n == Nullability::Nullable ? t : never_;
    case TypeKind::Never:
      return n == Nullability::Nullable ? null_ : never_;
    case TypeKind::Interface: {
      const auto* it = static_cast<const InterfaceType*>(t);
      return interface(it->cls, it->args, n);
    }
    case TypeKind::Function: {
      const auto* f = static_cast<const FunctionType*>(t);
      return function(f->typeParams, f->positional, f->requiredPositionalCount, f->named, f->returnType, n);
    }
    case TypeKind::TypeParameter:
      return typeParameter(static_cast<const TypeParameterType*>(t)->param, n);
    case TypeKind::Record: {
      const auto* r = static_cast<const RecordType*>(t);
      return record(r->positional, r->named, n);
    }
    case TypeKind::FutureOr:
      return futureOr(static_cast<const FutureOrType*>(t)->arg, n);
  }
  return t;
}

const DartType* TypeStore::nullable(const DartType* t) { return withNullability(t, Nullability::Nullable); }

const DartType* TypeStore::nonNullable(const DartType* t) {
  if (t->kind == TypeKind::FutureOr && !t->isNullable()) {
    const auto* f = static_cast<const FutureOrType*>(t);
    return futureOr(nonNullable(f->arg));
  }
  return withNullability(t, Nullability::NonNullable);
}

TypeParameter* TypeStore::newTypeParameter(std::string_view name) {
  ownedParams_.push_back(std::make_unique<TypeParameter>());
  ownedParams_.back()->name = name;
  return ownedParams_.back().get();
}

}  // namespace dartc::kernel
