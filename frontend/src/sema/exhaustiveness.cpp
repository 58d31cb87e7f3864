// Exhaustiveness of switches (the patterns specification's exhaustiveness.md, "space
// subtraction"), as a search for a value no case matches:
//   - the matched type is split into its leaves: `T?` into T and null, bool into true and false,
//     an enum into its values, a sealed class into its direct subtypes (recursively);
//   - for each leaf, the cases that can match it are specialized to the fields they test
//     (object and record patterns), which become new columns, and the search goes on;
//   - a leaf that no case covers is the witness, printed as Dart prints it.
// Patterns the check can't reason about (relational, list and map patterns, other constants) count
// as matching nothing, which can only report a switch as not exhaustive, never the reverse.
#include <functional>

#include "sema/patterns.h"

namespace dartc::sema {

using kernel::TypeKind;

struct ExhaustivenessChecker {
  BodyChecker& b;
  SpaceArena arena;

  struct Leaf {
    enum class Kind { Type, True, False, Null, Enum, List } kind = Kind::Type;
    const DartType* type = nullptr;
    kernel::Constant* constant = nullptr;  // Enum
    std::string text;                      // Enum: `E.name`
    bool expanded = false;                 // a strict part of the column's type
    size_t length = 0;                     // List: the length, or the minimum when `open`
    bool open = false;
  };
  using Row = std::vector<SpacePattern*>;
  static bool alwaysExhaustive(BodyChecker& b, const DartType* t);
  static const DartType* fromSupertype(BodyChecker& b, Class* sub, const DartType* matched) {
    const DartType* m = b.types().nonNullable(b.ts().resolveToBound(matched));
    if (m->kind != TypeKind::Interface) return b.c_.instantiateToBounds(sub);
    return subtypeWithArguments(b, sub, static_cast<const InterfaceType*>(m));
  }

  Class* classOf(const DartType* t) {
    return t->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(t)->cls : nullptr;
  }

  std::vector<Leaf> expand(const DartType* t, int depth) {
    std::vector<Leaf> out;
    if (depth > 16) return {typeLeaf(t)};
    if (t->kind == TypeKind::TypeParameter) t = b.ts().resolveToBound(t);
    if (t->kind == TypeKind::Null) return {{Leaf::Kind::Null, t, nullptr, "", false}};
    if (t->isNullable() && !t->isDynamicLike()) {
      out = expand(b.types().nonNullable(t), depth + 1);
      for (Leaf& l : out) l.expanded = true;
      out.push_back({Leaf::Kind::Null, b.types().nullType(), nullptr, "", true});
      return out;
    }
    Class* cls = classOf(t);
    if (cls == b.c_.core().boolClass) {
      return {{Leaf::Kind::True, t, nullptr, "", true}, {Leaf::Kind::False, t, nullptr, "", true}};
    }
    if (cls && cls->isEnum) {
      for (kernel::Field* f : cls->fields) {
        if (!f->isStatic || f->name == "values" || !b.c_.fieldConstants.count(f)) continue;
        kernel::Constant* k = b.c_.fieldConstants[f];
        if (classOf(k->type) != cls) continue;
        out.push_back({Leaf::Kind::Enum, t, k, std::string(cls->name) + "." + std::string(f->name), true});
      }
      return out;
    }
    if (cls && cls->isSealed) {
      for (Class* sub : cls->library->classes) {
        bool direct = sub->supertype && sub->supertype->cls == cls;
        for (const InterfaceType* i : sub->interfaces) direct = direct || i->cls == cls;
        if (!direct || sub == cls) continue;
        const DartType* subType = subtypeOf(sub, static_cast<const InterfaceType*>(t));
        for (Leaf& l : expand(subType, depth + 1)) {
          l.expanded = true;
          out.push_back(l);
        }
      }
      return out;
    }
    return {typeLeaf(t)};
  }

  static Leaf typeLeaf(const DartType* t) { return {Leaf::Kind::Type, t, nullptr, "", false}; }

  // `sub` (a direct subtype of `t`'s sealed class) with the type arguments `t` implies: for
  // `class Ok<T> extends Result<T>`, Result<int> gives Ok<int>; others take their bounds.
  const DartType* subtypeOf(Class* sub, const InterfaceType* t) { return subtypeWithArguments(b, sub, t); }

  static const DartType* subtypeWithArguments(BodyChecker& b, Class* sub, const InterfaceType* t) {
    if (sub->typeParams.empty()) return b.types().interface(sub);
    const InterfaceType* bounds = b.c_.instantiateToBounds(sub);
    std::vector<const DartType*> args = bounds->args;
    if (const InterfaceType* asSuper = b.ts().asInstanceOf(sub->thisType, t->cls)) {
      for (size_t i = 0; i < asSuper->args.size() && i < t->args.size(); ++i) {
        const DartType* a = asSuper->args[i];
        if (a->kind != TypeKind::TypeParameter) continue;
        TypeParameter* param = static_cast<const kernel::TypeParameterType*>(a)->param;
        for (size_t j = 0; j < sub->typeParams.size(); ++j) {
          if (sub->typeParams[j] == param) args[j] = t->args[i];
        }
      }
    }
    return b.types().interface(sub, args);
  }

  bool covers(const Leaf& leaf, const DartType* u) {
    if (u->kind == TypeKind::Invalid) return true;  // already reported
    return b.ts().isSubtype(leaf.type, u);
  }

  bool constantMatches(kernel::Constant* k, const Leaf& leaf) {
    if (!k) return false;
    switch (leaf.kind) {
      case Leaf::Kind::True:
      case Leaf::Kind::False:
        return k->kind == kernel::ConstantKind::Bool &&
               static_cast<kernel::BoolConstant*>(k)->value == (leaf.kind == Leaf::Kind::True);
      case Leaf::Kind::Null: return k->kind == kernel::ConstantKind::Null;
      case Leaf::Kind::Enum: return k == leaf.constant;
      case Leaf::Kind::Type:
      case Leaf::Kind::List: return false;
    }
    return false;
  }

  void listLengths(SpacePattern* p, size_t& k, bool& any) {
    if (!p) return;
    using K = SpacePattern::Kind;
    switch (p->kind) {
      case K::List:
        any = true;
        k = std::max(k, p->hasRest ? p->fields.size() + p->tail.size() : p->fields.size() + 1);
        break;
      case K::Or:
      case K::And:
        listLengths(p->left, k, any);
        listLengths(p->right, k, any);
        break;
      case K::Cast:
      case K::NullCheck:
      case K::NullAssert: listLengths(p->left, k, any); break;
      default: break;
    }
  }

  // A list pattern's elements on a list leaf, by field name; false when it can't match it.
  bool listElements(SpacePattern* p, const Leaf& leaf, std::vector<std::pair<Name, SpacePattern*>>& out) {
    if (leaf.kind != Leaf::Kind::List || !covers(leaf, p->type)) return false;
    size_t h = p->fields.size(), t = p->tail.size();
    if (!p->hasRest && (leaf.open || h != leaf.length)) return false;
    if (p->hasRest && h + t > leaf.length) return false;
    for (size_t i = 0; i < h; ++i) out.push_back({arena.indexName(i), p->fields[i].second});
    for (size_t j = 0; j < t; ++j) {
      Name name = leaf.open ? arena.tailName(t - j) : arena.indexName(leaf.length - t + j);
      out.push_back({name, p->tail[j]});
    }
    return true;
  }

  // The field names the patterns test on this leaf, in first-use order.
  void collectFields(SpacePattern* p, const Leaf& leaf, std::vector<Name>& names) {
    if (!p) return;
    using K = SpacePattern::Kind;
    switch (p->kind) {
      case K::Typed:
        if (covers(leaf, p->type)) {
          for (auto& [name, sub] : p->fields) {
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
          }
        }
        break;
      case K::Or:
      case K::And:
        collectFields(p->left, leaf, names);
        collectFields(p->right, leaf, names);
        break;
      case K::Cast:
      case K::NullCheck:
      case K::NullAssert: collectFields(p->left, leaf, names); break;
      case K::List: {
        std::vector<std::pair<Name, SpacePattern*>> elements;
        if (listElements(p, leaf, elements)) {
          for (auto& [name, sub] : elements) {
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
          }
        }
        break;
      }
      default: break;
    }
  }

  // The rows `p` contributes on `leaf`: one per way it can match, with the subpatterns of `names`.
  std::vector<Row> specialize(SpacePattern* p, const Leaf& leaf, const std::vector<Name>& names) {
    using K = SpacePattern::Kind;
    Row anyRow(names.size(), arena.any());
    if (!p) return {};
    switch (p->kind) {
      case K::Any: return {anyRow};
      case K::None: return {};
      case K::Typed: {
        if (!covers(leaf, p->type)) return {};
        Row row = anyRow;
        for (size_t i = 0; i < names.size(); ++i) {
          for (auto& [name, sub] : p->fields) {
            if (name != names[i]) continue;
            row[i] = row[i]->kind == K::Any ? sub : arena.both(row[i], sub);
          }
        }
        return {row};
      }
      case K::Constant: return constantMatches(p->constant, leaf) ? std::vector<Row>{anyRow} : std::vector<Row>{};
      case K::Or: {
        std::vector<Row> out = specialize(p->left, leaf, names);
        for (Row& r : specialize(p->right, leaf, names)) out.push_back(r);
        return out;
      }
      case K::And: {
        std::vector<Row> out;
        for (Row& l : specialize(p->left, leaf, names)) {
          for (Row& r : specialize(p->right, leaf, names)) {
            Row row(names.size());
            for (size_t i = 0; i < names.size(); ++i) {
              row[i] = l[i]->kind == K::Any ? r[i] : r[i]->kind == K::Any ? l[i] : arena.both(l[i], r[i]);
            }
            out.push_back(row);
          }
        }
        return out;
      }
      case K::Cast: {
        if (covers(leaf, p->type)) return specialize(p->left, leaf, names);
        bool overlaps = b.ts().isSubtype(p->type, leaf.type);
        if (!overlaps) return {anyRow};  // the cast throws on these values: matched
        return specialize(p->left, leaf, names);
      }
      case K::NullCheck:
        if (leaf.kind == Leaf::Kind::Null) return {};
        return specialize(p->left, leaf, names);
      case K::NullAssert:
        if (leaf.kind == Leaf::Kind::Null) return {anyRow};
        return specialize(p->left, leaf, names);
      case K::List: {
        std::vector<std::pair<Name, SpacePattern*>> elements;
        if (!listElements(p, leaf, elements)) return {};
        Row row = anyRow;
        for (size_t i = 0; i < names.size(); ++i) {
          for (auto& [name, sub] : elements) {
            if (name == names[i]) row[i] = sub;
          }
        }
        return {row};
      }
    }
    return {};
  }

  const DartType* fieldType(const Leaf& leaf, Name name) {
    const DartType* t = b.ts().resolveToBound(leaf.type);
    if (leaf.kind == Leaf::Kind::List) {
      const InterfaceType* list = b.ts().asInstanceOfType(t, b.c_.core().listClass);
      return list ? list->args[0] : b.types().dynamicType();
    }
    if (t->kind == TypeKind::Record) {
      auto* r = static_cast<const kernel::RecordType*>(t);
      for (auto& n : r->named) {
        if (n.name == name) return n.type;
      }
      if (name.size() > 1 && name[0] == '$') {
        size_t i = static_cast<size_t>(std::atoi(std::string(name.substr(1)).c_str()));
        if (i >= 1 && i <= r->positional.size()) return r->positional[i - 1];
      }
      return b.types().dynamicType();
    }
    Class* cls = classOf(b.types().nonNullable(t));
    if (!cls) return b.types().dynamicType();
    Member* m = b.c_.lookupInterfaceMember(cls, name, LookupKind::Getter);
    if (!m) return b.types().dynamicType();
    const DartType* ft = b.c_.getterType(m, t);
    return ft ? ft : b.types().dynamicType();
  }

  std::string render(const Leaf& leaf, const std::vector<Name>& names, const std::vector<std::string>& fields, bool top) {
    switch (leaf.kind) {
      case Leaf::Kind::True: return "true";
      case Leaf::Kind::False: return "false";
      case Leaf::Kind::Null: return "null";
      case Leaf::Kind::Enum: return leaf.text;
      case Leaf::Kind::Type: break;
      case Leaf::Kind::List: {
        std::string s = "[";
        for (size_t i = 0; i < leaf.length; ++i) {
          if (i) s += ", ";
          std::string element = "_";
          for (size_t j = 0; j < names.size(); ++j) {
            if (names[j] == arena.indexName(i)) element = fields[j];
          }
          s += element;
        }
        if (leaf.open) s += leaf.length ? ", ..." : "...";
        return s + "]";
      }
    }
    const DartType* t = b.ts().resolveToBound(leaf.type);
    auto fieldText = [&](Name name) -> std::string {
      for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) return fields[i];
      }
      return "_";
    };
    if (t->kind == TypeKind::Record) {
      auto* r = static_cast<const kernel::RecordType*>(t);
      std::string s = "(";
      bool first = true;
      for (size_t i = 0; i < r->positional.size(); ++i) {
        if (!first) s += ", ";
        first = false;
        s += fieldText(b.c_.keep("$" + std::to_string(i + 1)));
      }
      for (auto& n : r->named) {
        if (!first) s += ", ";
        first = false;
        s += std::string(n.name) + ": " + fieldText(n.name);
      }
      return s + ")";
    }
    bool constrained = std::any_of(fields.begin(), fields.end(), [](const std::string& f) { return f != "_"; });
    if (!top && !leaf.expanded && !constrained) return "_";
    Class* cls = classOf(b.types().nonNullable(t));
    std::string s = cls ? std::string(cls->name) : t->toString();
    s += "(";
    bool first = true;
    for (size_t i = 0; i < names.size(); ++i) {
      if (fields[i] == "_") continue;
      if (!first) s += ", ";
      first = false;
      s += std::string(names[i]) + ": " + fields[i];
    }
    return s + ")";
  }

  std::optional<std::vector<std::string>> missing(const std::vector<const DartType*>& cols, const std::vector<Row>& rows, bool top,
                                                  int depth) {
    if (cols.empty()) {
      if (rows.empty()) return std::vector<std::string>{};
      return std::nullopt;
    }
    if (depth > 64) return std::nullopt;  // give up: counted as exhaustive only for absurd nesting
    std::vector<Leaf> leaves = expand(cols[0], 0);
    // Lists split by length: 0 .. K-1 exactly, and K or more, where K exceeds every list
    // pattern's fixed length and covers every rest pattern's heads and tails.
    size_t k = 0;
    bool anyList = false;
    for (const Row& r : rows) listLengths(r[0], k, anyList);
    if (anyList) {
      std::vector<Leaf> split;
      for (const Leaf& leaf : leaves) {
        if (leaf.kind != Leaf::Kind::Type || !b.ts().asInstanceOfType(leaf.type, b.c_.core().listClass)) {
          split.push_back(leaf);
          continue;
        }
        for (size_t n = 0; n <= k; ++n) {
          Leaf l = leaf;
          l.kind = Leaf::Kind::List;
          l.length = n;
          l.open = n == k;
          l.expanded = true;
          split.push_back(l);
        }
      }
      leaves = std::move(split);
    }
    for (const Leaf& leaf : leaves) {
      std::vector<Name> names;
      for (const Row& r : rows) collectFields(r[0], leaf, names);
      std::vector<Row> next;
      for (const Row& r : rows) {
        for (Row& s : specialize(r[0], leaf, names)) {
          s.insert(s.end(), r.begin() + 1, r.end());
          next.push_back(std::move(s));
        }
      }
      std::vector<const DartType*> nextCols;
      for (Name n : names) nextCols.push_back(fieldType(leaf, n));
      nextCols.insert(nextCols.end(), cols.begin() + 1, cols.end());
      if (auto w = missing(nextCols, next, false, depth + 1)) {
        std::vector<std::string> fields(w->begin(), w->begin() + static_cast<std::ptrdiff_t>(names.size()));
        std::vector<std::string> out{render(leaf, names, fields, top)};
        out.insert(out.end(), w->begin() + static_cast<std::ptrdiff_t>(names.size()), w->end());
        return out;
      }
    }
    return std::nullopt;
  }
};

const DartType* instantiateFromSupertype(BodyChecker& b, Class* sub, const DartType* matched) {
  return ExhaustivenessChecker::fromSupertype(b, sub, matched);
}

namespace {

// Exhaustiveness looks at extension types' erasures (the extension types specification).
void eraseExtensionTypes(BodyChecker& b, SpacePattern* p, int depth) {
  if (!p || depth > 500) return;
  if (p->type) p->type = b.checker().extensionTypeErasure(p->type);
  for (auto& f : p->fields) eraseExtensionTypes(b, f.second, depth + 1);
  for (SpacePattern* t : p->tail) eraseExtensionTypes(b, t, depth + 1);
  eraseExtensionTypes(b, p->left, depth + 1);
  eraseExtensionTypes(b, p->right, depth + 1);
}

}  // namespace

std::optional<std::string> missingCase(BodyChecker& b, const DartType* subjectType, const std::vector<SpacePattern*>& cases) {
  if (!b.checker().extensionTypeClasses.empty()) {
    subjectType = b.checker().extensionTypeErasure(subjectType);
    for (SpacePattern* s : cases) eraseExtensionTypes(b, s, 0);
  }
  ExhaustivenessChecker checker{b, {}};
  std::vector<ExhaustivenessChecker::Row> rows;
  for (SpacePattern* s : cases) rows.push_back({s});
  auto w = checker.missing({subjectType}, rows, true, 0);
  if (!w) return std::nullopt;
  return (*w)[0];
}

bool isAlwaysExhaustive(BodyChecker& b, const DartType* t) {
  return ExhaustivenessChecker::alwaysExhaustive(b, b.checker().extensionTypeErasure(t));
}

bool ExhaustivenessChecker::alwaysExhaustive(BodyChecker& b, const DartType* t) {
  if (t->kind == TypeKind::TypeParameter) t = b.ts().resolveToBound(t);
  if (t->kind == TypeKind::Null) return true;
  if (t->isDynamicLike() || t->kind == TypeKind::Invalid) return false;
  if (t->isNullable()) return alwaysExhaustive(b, b.types().nonNullable(t));
  if (t->kind == TypeKind::Record) {
    auto* r = static_cast<const kernel::RecordType*>(t);
    for (const DartType* f : r->positional) {
      if (!alwaysExhaustive(b, f)) return false;
    }
    for (auto& n : r->named) {
      if (!alwaysExhaustive(b, n.type)) return false;
    }
    return true;
  }
  if (t->kind != TypeKind::Interface) return false;
  Class* cls = static_cast<const InterfaceType*>(t)->cls;
  return cls == b.c_.core().boolClass || cls->isEnum || cls->isSealed;
}

}  // namespace dartc::sema
