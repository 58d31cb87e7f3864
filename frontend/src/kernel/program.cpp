#include "frontend/program.h"

#include <cstring>

namespace dartc::kernel {

std::string Member::qualifiedName() const {
  std::string s;
  if (enclosingClass) {
    s = std::string(enclosingClass->name);
    if (memberKind == MemberKind::Constructor) {
      if (!name.empty()) s += "." + std::string(name);
      return s;
    }
    s += '.';
  }
  s += name;
  return s;
}

bool Field::hasLazyInitializer() const {
  if (!initializer || isConst) return false;
  switch (initializer->kind) {
    case ExprKind::IntLiteral:
    case ExprKind::DoubleLiteral:
    case ExprKind::BoolLiteral:
    case ExprKind::NullLiteral:
    case ExprKind::StringLiteral:
    case ExprKind::ConstantExpr:
      return false;
    default:
      return true;
  }
}

Class* Class::superclass() const { return supertype ? supertype->cls : nullptr; }

bool Class::isSubclassOf(const Class* other) const {
  for (const Class* c = this; c; c = c->superclass()) {
    if (c == other) return true;
  }
  return false;
}

std::vector<Class*> Program::allClasses() const {
  std::vector<Class*> out;
  for (Library* lib : libraries) out.insert(out.end(), lib->classes.begin(), lib->classes.end());
  return out;
}

std::vector<Member*> Program::allMembers() const {
  std::vector<Member*> out;
  for (Library* lib : libraries) {
    out.insert(out.end(), lib->procedures.begin(), lib->procedures.end());
    out.insert(out.end(), lib->fields.begin(), lib->fields.end());
    for (Class* c : lib->classes) {
      out.insert(out.end(), c->fields.begin(), c->fields.end());
      out.insert(out.end(), c->procedures.begin(), c->procedures.end());
      out.insert(out.end(), c->constructors.begin(), c->constructors.end());
    }
  }
  return out;
}

Class* Program::findClass(std::string_view libraryUri, std::string_view name) const {
  for (Library* lib : libraries) {
    if (lib->uri != libraryUri) continue;
    for (Class* c : lib->classes) {
      if (c->name == name) return c;
    }
  }
  return nullptr;
}

Procedure* Program::findProcedure(Class* cls, std::string_view name) const {
  for (Class* c = cls; c; c = c->superclass()) {
    for (Procedure* p : c->procedures) {
      if (p->name == name) return p;
    }
  }
  return nullptr;
}

Procedure* Program::findTopLevelProcedure(std::string_view libraryUri, std::string_view name) const {
  for (Library* lib : libraries) {
    if (lib->uri != libraryUri) continue;
    for (Procedure* p : lib->procedures) {
      if (p->name == name) return p;
    }
  }
  return nullptr;
}

namespace {

std::string ptrKey(const void* p) { return std::to_string(reinterpret_cast<uintptr_t>(p)) + ","; }

std::string constantKey(const Constant* c) {
  std::string key = std::to_string(static_cast<int>(c->kind)) + ":" + ptrKey(c->type);
  switch (c->kind) {
    case ConstantKind::Null: break;
    case ConstantKind::Bool: key += static_cast<const BoolConstant*>(c)->value ? "t" : "f"; break;
    case ConstantKind::Int: key += std::to_string(static_cast<const IntConstant*>(c)->value); break;
    case ConstantKind::Double: {
      double d = static_cast<const DoubleConstant*>(c)->value;
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      key += std::to_string(bits);
      break;
    }
    case ConstantKind::String: {
      const auto& v = static_cast<const StringConstant*>(c)->value;
      for (char16_t u : v) {
        key += static_cast<char>(u & 0xFF);
        key += static_cast<char>(u >> 8);
      }
      break;
    }
    case ConstantKind::Instance: {
      const auto* i = static_cast<const InstanceConstant*>(c);
      key += ptrKey(i->cls);
      for (const DartType* t : i->typeArgs) key += ptrKey(t);
      for (const auto& [f, v] : i->fieldValues) key += ptrKey(f) + ptrKey(v);
      break;
    }
    case ConstantKind::List:
    case ConstantKind::Set: {
      const auto& elems = c->kind == ConstantKind::List ? static_cast<const ListConstant*>(c)->elements
                                                        : static_cast<const SetConstant*>(c)->elements;
      for (const Constant* e : elems) key += ptrKey(e);
      break;
    }
    case ConstantKind::Map:
      for (const auto& [k, v] : static_cast<const MapConstant*>(c)->entries) key += ptrKey(k) + ptrKey(v);
      break;
    case ConstantKind::Record: {
      const auto* r = static_cast<const RecordConstant*>(c);
      for (const Constant* e : r->positional) key += ptrKey(e);
      for (const auto& [n, v] : r->named) key += std::string(n) + "=" + ptrKey(v);
      break;
    }
    case ConstantKind::TypeLiteral:
      key += ptrKey(static_cast<const TypeLiteralConstant*>(c)->literalType);
      break;
    case ConstantKind::TearOff:
      key += ptrKey(static_cast<const TearOffConstant*>(c)->target);
      for (const DartType* t : static_cast<const TearOffConstant*>(c)->typeArgs) key += ptrKey(t);
      break;
  }
  return key;
}

}  // namespace

ConstantStore::ConstantStore() = default;
ConstantStore::~ConstantStore() = default;

Constant* ConstantStore::canonicalize(std::unique_ptr<Constant> c) {
  std::string key = constantKey(c.get());
  auto it = byKey_.find(key);
  if (it != byKey_.end()) return it->second;
  Constant* raw = c.get();
  raw->id = static_cast<uint32_t>(ordered_.size());
  owned_.push_back(std::move(c));
  ordered_.push_back(raw);
  byKey_.emplace(std::move(key), raw);
  return raw;
}

Constant* ConstantStore::nullConstant() { return canonicalize(std::make_unique<NullConstant>()); }

Constant* ConstantStore::boolConstant(bool v, const DartType* type) {
  auto c = std::make_unique<BoolConstant>();
  c->value = v;
  c->type = type;
  return canonicalize(std::move(c));
}

}  // namespace dartc::kernel
