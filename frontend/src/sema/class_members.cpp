// Class members: lookup on a class's interface and implementation, member types as seen from a
// receiver type, constructor signatures (initializing formals, super parameters, implicit and
// forwarding constructors), members copied into mixin applications, and the hierarchy checks
// (valid overrides, concrete implementations).
#include <algorithm>
#include <set>
#include <tuple>

#include "sema/checker.h"

namespace dartc::sema {

using kernel::FunctionNode;
using kernel::MemberKind;
using kernel::ProcedureKind;
using kernel::Variable;

namespace {

bool isProcedureOfKind(const Member* m, ProcedureKind k) {
  return m->memberKind == MemberKind::Procedure && static_cast<const Procedure*>(m)->kind == k;
}

// The parameter of `m` a covariance question is about: positional `index`, or the named one
// called `named` when that is not empty; setters have theirs first. Null when `m` has none.
Variable* parameterOf(Member* m, size_t index, Name named) {
  if (m->memberKind != MemberKind::Procedure) return nullptr;
  FunctionNode* fn = static_cast<Procedure*>(m)->function;
  if (!fn) return nullptr;
  if (named.empty()) return index < fn->positional.size() ? fn->positional[index] : nullptr;
  for (Variable* v : fn->named) {
    if (v->name == named) return v;
  }
  return nullptr;
}

// Whether `t` uses a type parameter of `cls` directly or as a type argument (the parameters
// codegen checks against an instance's type arguments, a `T` or `List<T>` in `class C<T>`).
bool usesTypeParameterOf(const DartType* t, const Class* cls) {
  using kernel::TypeKind;
  if (t->kind == TypeKind::TypeParameter) {
    const TypeParameter* p = static_cast<const kernel::TypeParameterType*>(t)->param;
    return !p->isFunctionTypeParam && p->declaringClass == cls;
  }
  if (t->kind == TypeKind::Interface) {
    for (const DartType* a : static_cast<const InterfaceType*>(t)->args) {
      if (usesTypeParameterOf(a, cls)) return true;
    }
  }
  return false;
}

}  // namespace

bool Checker::isCovariantParameter(Class* cls, Name member, bool setter, size_t index, Name named) {
  // Covariance is inherited: a parameter is covariant when the corresponding parameter of any
  // member it overrides, in any superinterface, is marked `covariant`.
  for (const auto& [superClass, superType] : ts.supertypesOf(cls)) {
    if (!hasInfo(superClass)) continue;
    ClassInfo* info = infoOf(superClass);
    auto& own = setter ? info->setters : info->getters;
    auto it = own.find(member);
    if (it == own.end() || it->second->isStatic) continue;
    Member* m = it->second;
    if (m->memberKind == MemberKind::Field) {
      if (setter && static_cast<Field*>(m)->isCovariant) return true;
      continue;
    }
    if (Variable* v = parameterOf(m, index, named); v && v->isCovariant) return true;
  }
  return false;
}

Member* Checker::lookupInterfaceMember(Class* cls, Name name, LookupKind kind) {
  // An extension type's own members (extension members, found by findExtension) shadow the
  // members of the types it implements.
  if (ExtensionInfo* ext = extensionTypeOf(cls); ext && ext->members.count(name)) return nullptr;
  ClassInfo* info = infoOf(cls);
  if (!info->signaturesResolved) ensureSignatures(cls);
  std::string key(name);
  if (kind == LookupKind::Setter) key += '=';
  auto cached = info->interfaceCache.find(key);
  if (cached != info->interfaceCache.end()) return cached->second;
  Member* found = nullptr;
  auto& own = kind == LookupKind::Getter ? info->getters : info->setters;
  auto it = own.find(name);
  if (it != own.end() && !it->second->isStatic) found = it->second;
  if (!found) {
    std::vector<Member*> inherited;
    auto consider = [&](const InterfaceType* direct) {
      Member* m = direct ? lookupInterfaceMember(direct->cls, name, kind) : nullptr;
      if (m && std::find(inherited.begin(), inherited.end(), m) == inherited.end()) inherited.push_back(m);
    };
    consider(cls->supertype);
    for (const InterfaceType* i : cls->interfaces) consider(i);
    found = combinedMember(cls, inherited, kind);
  }
  info->interfaceCache[key] = found;
  return found;
}

// The combined member signature (Dart spec, "Combined Member Signatures") of the members of one
// name that `cls` inherits from its direct superinterfaces: the one whose type, seen from `cls`,
// is a subtype of every other's (a setter's: whose parameter type is a supertype). Object's own
// members give way to any redeclaration (which must be a valid override of them). When no
// member is most specific (an error in Dart once the member is used), the first one.
Member* Checker::combinedMember(Class* cls, const std::vector<Member*>& inherited, LookupKind kind) {
  std::vector<Member*> candidates;
  for (Member* m : inherited) {
    if (m->enclosingClass != core().objectClass) candidates.push_back(m);
  }
  if (candidates.empty()) return inherited.empty() ? nullptr : inherited.front();
  if (candidates.size() == 1) return candidates.front();
  auto typeOf = [&](Member* m) {
    return kind == LookupKind::Setter ? setterType(m, cls->thisType) : getterType(m, cls->thisType);
  };
  std::vector<const DartType*> types;
  for (Member* m : candidates) types.push_back(typeOf(m));
  for (size_t i = 0; i < candidates.size(); ++i) {
    bool mostSpecific = true;
    for (size_t j = 0; j < candidates.size() && mostSpecific; ++j) {
      mostSpecific = kind == LookupKind::Setter ? ts.isSubtype(types[j], types[i]) : ts.isSubtype(types[i], types[j]);
    }
    if (mostSpecific) return candidates[i];
  }
  return candidates.front();
}

Member* Checker::lookupConcreteMember(Class* cls, Name name, LookupKind kind, bool skipSelf) {
  for (Class* c = skipSelf ? cls->superclass() : cls; c; c = c->superclass()) {
    ClassInfo* info = infoOf(c);
    if (!info->signaturesResolved) ensureSignatures(c);
    auto& own = kind == LookupKind::Getter ? info->getters : info->setters;
    auto it = own.find(name);
    if (it == own.end() || it->second->isStatic) continue;
    Member* m = it->second;
    if (m->memberKind == MemberKind::Procedure && static_cast<Procedure*>(m)->isAbstract) continue;
    return m;
  }
  return nullptr;
}

Member* Checker::lookupStaticMember(Class* cls, Name name, LookupKind kind) {
  ClassInfo* info = infoOf(cls);
  auto& own = kind == LookupKind::Getter ? info->getters : info->setters;
  auto it = own.find(name);
  if (it != own.end() && it->second->isStatic) return it->second;
  return nullptr;
}

Constructor* Checker::lookupConstructor(Class* cls, Name name) {
  ClassInfo* info = infoOf(cls);
  if (!info->signaturesResolved) ensureSignatures(cls);
  auto it = info->constructors.find(name);
  return it == info->constructors.end() ? nullptr : it->second;
}

Substitution Checker::receiverSubstitution(Member* member, const DartType* receiverType) {
  Class* owner = member->enclosingClass;
  if (!owner || owner->typeParams.empty() || member->isStatic) return {};
  const InterfaceType* asOwner = ts.asInstanceOfType(receiverType, owner);
  if (!asOwner) {
    // Unknown receiver (dynamic): the class's parameters stand for themselves... as dynamic.
    Substitution s;
    for (TypeParameter* p : owner->typeParams) s[p] = types().dynamicType();
    return s;
  }
  return ts.substitutionFor(asOwner);
}

const DartType* Checker::declaredGetterType(Member* member) {
  if (member->memberKind == MemberKind::Field) return fieldType(static_cast<Field*>(member));
  if (member->memberKind != MemberKind::Procedure) return nullptr;
  auto* p = static_cast<Procedure*>(member);
  if (!p->function && p->enclosingClass) ensureSignatures(p->enclosingClass);
  if (!p->function) return nullptr;
  return p->kind == ProcedureKind::Getter ? p->function->returnType : static_cast<const DartType*>(p->function->type);
}

const DartType* Checker::getterType(Member* member, const DartType* receiverType) {
  const DartType* t = declaredGetterType(member);
  if (!t) return types().dynamicType();
  return ts.substitute(t, receiverSubstitution(member, receiverType));
}

const DartType* Checker::setterType(Member* member, const DartType* receiverType) {
  const DartType* t = nullptr;
  if (member->memberKind == MemberKind::Field) {
    t = fieldType(static_cast<Field*>(member));
  } else {
    auto* p = static_cast<Procedure*>(member);
    if (!p->function && p->enclosingClass) ensureSignatures(p->enclosingClass);
    if (!p->function || p->function->positional.empty()) return types().dynamicType();
    t = p->function->positional.back()->type;
  }
  return ts.substitute(t, receiverSubstitution(member, receiverType));
}

const FunctionType* Checker::methodType(Procedure* proc, const DartType* receiverType) {
  if (!proc->function && proc->enclosingClass) ensureSignatures(proc->enclosingClass);
  if (!proc->function) return nullptr;
  return static_cast<const FunctionType*>(ts.substitute(proc->function->type, receiverSubstitution(proc, receiverType)));
}

// --- Mixin applications ---------------------------------------------------------------------------

FunctionNode* copyFunctionSignature(Checker& c, FunctionNode* from, const Substitution& s) {
  auto* fn = c.arena().make<FunctionNode>(from->loc);
  fn->typeParams = from->typeParams;
  fn->requiredPositionalCount = from->requiredPositionalCount;
  fn->asyncMarker = from->asyncMarker;
  fn->asyncFuture = from->asyncFuture;
  fn->returnType = c.ts.substitute(from->returnType, s);
  auto copyVar = [&](Variable* v) {
    Variable* copy = c.newVariable(v->loc, v->name, c.ts.substitute(v->type, s));
    copy->isFinal = v->isFinal;
    copy->isRequired = v->isRequired;
    copy->isCovariant = v->isCovariant;
    copy->owner = fn;
    return copy;
  };
  for (Variable* v : from->positional) fn->positional.push_back(copyVar(v));
  for (Variable* v : from->named) fn->named.push_back(copyVar(v));
  fn->type = static_cast<const FunctionType*>(c.ts.substitute(from->type, s));
  return fn;
}

void Checker::copyMixinMembers(Class* cls) {
  if (!cls->isMixinApplication || !cls->mixin) return;
  Class* mixin = cls->mixin;
  ensureSignatures(mixin);
  const InterfaceType* asMixin = nullptr;
  for (const InterfaceType* i : cls->interfaces) {
    if (i->cls == mixin) asMixin = i;
  }
  if (!asMixin) return;
  mixinSubstitutions.push_back(std::make_unique<Substitution>(ts.substitutionFor(asMixin)));
  const Substitution* subst = mixinSubstitutions.back().get();
  ClassInfo* info = infoOf(cls);
  ClassInfo* mixinInfo = infoOf(mixin);
  for (Field* f : mixin->fields) {
    if (f->isStatic) continue;
    auto* copy = arena().make<Field>(f->loc);
    copy->name = f->name;
    copy->library = f->library;
    copy->enclosingClass = cls;
    copy->type = ts.substitute(fieldType(f), *subst);
    copy->isFinal = f->isFinal;
    copy->isLate = f->isLate;
    copy->isCovariant = f->isCovariant;
    copy->hasDeclaredInitializer = f->hasDeclaredInitializer;
    copy->id = program.memberCount++;
    cls->fields.push_back(copy);
    info->getters[copy->name] = copy;
    if (copy->hasSetter()) info->setters[copy->name] = copy;
    auto decl = fieldDeclarators.find(f);
    if (decl != fieldDeclarators.end() && decl->second->init) {
      pendingFieldBodies.push_back({copy, decl->second->init, mixinInfo->library, cls, nullptr});
      mixinFieldSubstitutions[copy] = subst;
    }
  }
  for (Procedure* p : mixin->procedures) {
    if (p->isStatic || p->kind == ProcedureKind::Factory || !p->function) continue;
    auto* copy = arena().make<Procedure>(p->loc);
    copy->name = p->name;
    copy->kind = p->kind;
    copy->library = p->library;
    copy->enclosingClass = cls;
    copy->isAbstract = p->isAbstract;
    copy->isExternal = p->isExternal;
    copy->mixedInFrom = p;
    copy->id = program.memberCount++;
    copy->function = copyFunctionSignature(*this, p->function, *subst);
    cls->procedures.push_back(copy);
    (p->kind == ProcedureKind::Setter ? info->setters : info->getters)[copy->name] = copy;
    auto fd = functionDecls.find(p);
    if (fd != functionDecls.end()) {
      functionDecls[copy] = fd->second;
      PendingBody body{copy, fd->second, nullptr, mixinInfo->library, cls, nullptr};
      body.mixinSubstitution = subst;
      pendingBodies.push_back(body);
    }
  }
}

// --- Constructors -----------------------------------------------------------------------------

void Checker::buildConstructorSignatures(Class* cls) {
  ClassInfo* info = infoOf(cls);
  LibraryInfo* lib = info->library;
  TypeScope scope{&cls->typeParams};
  for (Constructor* k : cls->constructors) {
    auto cd = constructorDecls.find(k);
    if (cd == constructorDecls.end() || k->function) continue;
    k->function = buildFunctionNode(*this, cd->second->loc, cd->second->params, nullptr, {}, lib, scope, cls, nullptr,
                                    nullptr, types().voidType());
    typeSuperParameters(k, cd->second);
  }
  Class* super = cls->superclass();
  if (cls->isMixinApplication && super) {
    // Forward every generative constructor of the superclass.
    ensureSignatures(super);
    Substitution s = ts.substitutionFor(cls->supertype);
    for (Constructor* target : super->constructors) {
      if (!target->function || info->constructors.count(target->name)) continue;
      auto* k = arena().make<Constructor>(cls->loc);
      k->name = target->name;
      k->library = cls->library;
      k->enclosingClass = cls;
      k->isConst = target->isConst;
      k->isSynthetic = true;
      k->id = program.memberCount++;
      k->function = copyFunctionSignature(*this, target->function, s);
      auto* body = arena().make<kernel::Block>(cls->loc);
      k->function->body = body;
      auto* args = arena().make<kernel::Arguments>(cls->loc);
      for (Variable* v : k->function->positional) {
        auto* get = arena().make<kernel::VariableGet>(cls->loc);
        get->variable = v;
        get->type = v->type;
        args->positional.push_back(get);
      }
      for (Variable* v : k->function->named) {
        auto* get = arena().make<kernel::VariableGet>(cls->loc);
        get->variable = v;
        get->type = v->type;
        args->named.push_back({v->name, get});
      }
      auto* init = arena().make<kernel::Initializer>(cls->loc);
      init->kind = kernel::InitializerKind::Super;
      init->target = target;
      init->arguments = args;
      k->initializers.push_back(init);
      // Defaults of optional parameters are the target's.
      for (size_t i = 0; i < k->function->positional.size(); ++i) {
        if (i < target->function->positional.size()) {
          forwardedDefaults[k->function->positional[i]] = target->function->positional[i];
        }
      }
      for (size_t i = 0; i < k->function->named.size(); ++i) {
        forwardedDefaults[k->function->named[i]] = target->function->named[i];
      }
      cls->constructors.push_back(k);
      info->constructors[k->name] = k;
    }
    return;
  }
  if (cls->constructors.empty() && info->factories.empty() && !cls->isMixinDeclaration && cls != core().objectClass &&
      info->decl) {
    // The implicit `C()` that calls `super()`; the body checker adds the super initializer.
    auto* k = arena().make<Constructor>(cls->loc);
    k->library = cls->library;
    k->enclosingClass = cls;
    k->isSynthetic = true;
    k->isConst = cls->isEnum;
    k->id = program.memberCount++;
    k->function = arena().make<FunctionNode>(cls->loc);
    k->function->returnType = types().voidType();
    k->function->type = types().function({}, {}, 0, {}, types().voidType());
    cls->constructors.push_back(k);
    info->constructors[""] = k;
    pendingBodies.push_back({k, nullptr, nullptr, lib, cls, nullptr});
  }
  if (cls->isEnum) {
    // Enum constructors receive the value's index and name first; they pass them to _Enum.
    for (Constructor* k : cls->constructors) {
      Variable* index = newVariable(k->loc, "#index", core().intType);
      Variable* name = newVariable(k->loc, "#name", core().stringType);
      index->owner = name->owner = k->function;
      k->function->positional.insert(k->function->positional.begin(), {index, name});
      k->function->requiredPositionalCount += 2;
      std::vector<const DartType*> positional{core().intType, core().stringType};
      positional.insert(positional.end(), k->function->type->positional.begin(), k->function->type->positional.end());
      k->function->type = types().function({}, std::move(positional), k->function->requiredPositionalCount,
                                           k->function->type->named, types().voidType());
    }
  }
}

void Checker::typeSuperParameters(Constructor* k, ast::ConstructorDecl* cd) {
  bool hasSuperParams = false;
  for (ast::FormalParam* p : cd->params) hasSuperParams |= p->isSuperParam;
  if (!hasSuperParams) return;
  Class* super = k->enclosingClass->superclass();
  if (!super) return;
  Name superName;
  size_t explicitPositional = 0;
  for (ast::Initializer* init : cd->initializers) {
    if (init->kind != ast::InitializerKind::Super) continue;
    superName = init->name;
    for (const ast::Argument& a : init->args.args) explicitPositional += a.name.empty() ? 1 : 0;
  }
  ensureSignatures(super);
  Constructor* target = lookupConstructor(super, superName);
  if (!target || !target->function) return;
  Substitution s = ts.substitutionFor(k->enclosingClass->supertype);
  size_t positionalIndex = explicitPositional;
  size_t kPositional = 0;
  std::vector<const DartType*> positional;
  std::vector<kernel::NamedParameterType> named;
  for (ast::FormalParam* p : cd->params) {
    Variable* v = p->kind == ast::ParamKind::Named ? nullptr : k->function->positional[kPositional];
    if (p->kind == ast::ParamKind::Named) {
      for (Variable* n : k->function->named) {
        if (n->name == p->name) v = n;
      }
    } else {
      ++kPositional;
    }
    if (p->isSuperParam && v) {
      Variable* superParam = nullptr;
      if (p->kind == ast::ParamKind::Named) {
        for (Variable* n : target->function->named) {
          if (n->name == p->name) superParam = n;
        }
      } else if (positionalIndex < target->function->positional.size()) {
        superParam = target->function->positional[positionalIndex];
      }
      if (superParam && !p->type) v->type = ts.substitute(superParam->type, s);
      // An optional super parameter without a default value takes the super constructor's
      // parameter's default (super-parameters feature specification); checkDefaultValues copies it.
      bool optional = p->kind != ast::ParamKind::RequiredPositional && !p->isRequired;
      if (superParam && optional && !p->defaultValue) superParameterDefaults[v] = {superParam, target};
    }
    if (p->isSuperParam && p->kind != ast::ParamKind::Named) ++positionalIndex;
  }
  for (Variable* v : k->function->positional) positional.push_back(v->type);
  for (Variable* v : k->function->named) named.push_back({v->name, v->type, v->isRequired});
  k->function->type = types().function({}, std::move(positional), k->function->requiredPositionalCount,
                                       std::move(named), types().voidType());
}

// --- Hierarchy checks -------------------------------------------------------------------------------

namespace {

// Interface member names, as (name, is setter): operator names like "==" and "[]=" end in '='
// too, so the kind is kept separately.
using MemberKey = std::pair<Name, bool>;

// What checkEveryClassHierarchy asks of each class, computed once per class from its supertypes'
// answers: walking every class's whole chain of supertypes costs the square of a hierarchy's
// depth (a 2,000-deep hierarchy took seconds).
class HierarchyIndex {
 public:
  explicit HierarchyIndex(Checker& c) : c_(c) {}

  // The instance member names of cls's interface, sorted.
  const std::vector<MemberKey>& interfaceNames(Class* cls) {
    auto found = names_.find(cls);
    if (found != names_.end()) return found->second;
    names_[cls];  // a (malformed, already reported) cycle of supertypes ends here
    std::vector<MemberKey> names;
    ClassInfo* info = c_.infoOf(cls);
    for (const auto& [n, m] : info->getters) {
      if (!m->isStatic) names.push_back({n, false});
    }
    for (const auto& [n, m] : info->setters) {
      if (!m->isStatic) names.push_back({n, true});
    }
    std::sort(names.begin(), names.end());
    auto add = [&](const InterfaceType* t) {
      const std::vector<MemberKey>& more = interfaceNames(t->cls);
      std::vector<MemberKey> merged;
      merged.reserve(names.size() + more.size());
      std::set_union(names.begin(), names.end(), more.begin(), more.end(), std::back_inserter(merged));
      names = std::move(merged);
    };
    if (cls->supertype) add(cls->supertype);
    for (const InterfaceType* i : cls->interfaces) add(i);
    return names_[cls] = std::move(names);
  }

  // The same as Checker::lookupConcreteMember(cls, name, kind, false).
  Member* concreteMember(Class* cls, Name name, LookupKind kind) {
    const std::vector<std::pair<MemberKey, Member*>>& index = concreteMembers(cls);
    MemberKey key{name, kind == LookupKind::Setter};
    auto it = std::lower_bound(index.begin(), index.end(), key, [](const auto& e, const MemberKey& k) { return e.first < k; });
    return it != index.end() && it->first == key ? it->second : nullptr;
  }

  // A class got a member (a noSuchMethod forwarder): what was inherited from it is stale.
  void membersChanged() { concrete_.clear(); }

 private:
  // The concrete instance members of cls and its superclasses, the nearest one of each name.
  const std::vector<std::pair<MemberKey, Member*>>& concreteMembers(Class* cls) {
    auto found = concrete_.find(cls);
    if (found != concrete_.end()) return found->second;
    concrete_[cls];  // a (malformed, already reported) cycle of superclasses ends here
    std::vector<std::pair<MemberKey, Member*>> own;
    ClassInfo* info = c_.infoOf(cls);
    if (!info->signaturesResolved) c_.ensureSignatures(cls);
    auto addOwn = [&](const std::unordered_map<Name, Member*>& members, bool setter) {
      for (const auto& [n, m] : members) {
        if (m->isStatic) continue;
        if (m->memberKind == MemberKind::Procedure && static_cast<Procedure*>(m)->isAbstract) continue;
        own.push_back({{n, setter}, m});
      }
    };
    addOwn(info->getters, false);
    addOwn(info->setters, true);
    auto byKey = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::sort(own.begin(), own.end(), byKey);
    std::vector<std::pair<MemberKey, Member*>> all;
    if (Class* super = cls->superclass()) {
      const std::vector<std::pair<MemberKey, Member*>>& inherited = concreteMembers(super);
      all.reserve(own.size() + inherited.size());
      // Own members first: std::set_union keeps the first range's element of equal keys.
      std::set_union(own.begin(), own.end(), inherited.begin(), inherited.end(), std::back_inserter(all), byKey);
    } else {
      all = std::move(own);
    }
    return concrete_[cls] = std::move(all);
  }

  Checker& c_;
  std::unordered_map<const Class*, std::vector<MemberKey>> names_;
  std::unordered_map<const Class*, std::vector<std::pair<MemberKey, Member*>>> concrete_;
};

}  // namespace

namespace {

// The parameters that compiled code checks at run time, by the supertypes that declare them: a
// parameter of a class's member is checked when the parameter it overrides in any proper
// supertype is marked covariant or typed with that supertype's type parameter. Each class's
// answer is built from its direct supertypes' answers: asking every supertype for every parameter
// costs the square of a hierarchy's depth.
class CheckedParameterIndex {
 public:
  // (member name, setter, positional index, named parameter's name)
  using Key = std::tuple<Name, bool, size_t, Name>;

  explicit CheckedParameterIndex(Checker& c) : c_(c) {}

  bool overridesChecked(Class* cls, Name member, bool setter, size_t index, Name named) {
    const std::vector<Key>& keys = above(cls);
    return std::binary_search(keys.begin(), keys.end(), Key{member, setter, named.empty() ? index : 0, named});
  }

 private:
  // The checked parameters of the proper supertypes of cls, sorted.
  const std::vector<Key>& above(Class* cls) {
    auto found = above_.find(cls);
    if (found != above_.end()) return found->second;
    above_[cls];  // a (malformed, already reported) cycle ends here
    std::vector<Key> keys;
    auto add = [&](const InterfaceType* direct) {
      if (!direct) return;
      std::vector<Key> more = own(direct->cls);
      const std::vector<Key>& inherited = above(direct->cls);
      more.insert(more.end(), inherited.begin(), inherited.end());
      std::sort(more.begin(), more.end());
      std::vector<Key> merged;
      std::set_union(keys.begin(), keys.end(), more.begin(), more.end(), std::back_inserter(merged));
      keys = std::move(merged);
    };
    add(cls->supertype);
    for (const InterfaceType* i : cls->interfaces) add(i);
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return above_[cls] = std::move(keys);
  }

  // The checked parameters of the members cls declares itself.
  std::vector<Key> own(Class* cls) {
    std::vector<Key> keys;
    if (!c_.hasInfo(cls)) return keys;
    ClassInfo* info = c_.infoOf(cls);
    for (bool setter : {false, true}) {
      for (const auto& [name, m] : setter ? info->setters : info->getters) {
        if (m->isStatic) continue;
        if (m->memberKind == MemberKind::Field) {
          auto* f = static_cast<Field*>(m);
          if (setter && (f->isCovariant || usesTypeParameterOf(c_.fieldType(f), cls))) keys.push_back({name, true, 0, {}});
          continue;
        }
        if (m->memberKind != MemberKind::Procedure) continue;
        FunctionNode* fn = static_cast<Procedure*>(m)->function;
        if (!fn) continue;
        auto checked = [&](const Variable* v) { return v->isCovariant || usesTypeParameterOf(v->type, cls); };
        for (size_t i = 0; i < fn->positional.size(); ++i) {
          if (checked(fn->positional[i])) keys.push_back({name, setter, i, {}});
        }
        for (const Variable* v : fn->named) {
          if (checked(v)) keys.push_back({name, setter, 0, v->name});
        }
      }
    }
    return keys;
  }

  Checker& c_;
  std::unordered_map<const Class*, std::vector<Key>> above_;
};

void inheritRuntimeCovariance(CheckedParameterIndex& index, Class* cls) {
  for (Procedure* p : cls->procedures) {
    if (p->isStatic || p->kind == ProcedureKind::Factory || !p->function) continue;
    bool setter = p->kind == ProcedureKind::Setter;
    for (size_t i = 0; i < p->function->positional.size(); ++i) {
      Variable* v = p->function->positional[i];
      if (!v->isCovariant && index.overridesChecked(cls, p->name, setter, i, {})) v->isCovariant = true;
    }
    for (Variable* v : p->function->named) {
      if (!v->isCovariant && index.overridesChecked(cls, p->name, setter, 0, v->name)) v->isCovariant = true;
    }
  }
  for (Field* f : cls->fields) {
    if (f->isStatic || !f->hasSetter() || f->isCovariant) continue;
    if (index.overridesChecked(cls, f->name, true, 0, {})) f->isCovariant = true;
  }
}

}  // namespace

void Checker::checkClassHierarchies() {
  checkEveryClassHierarchy();
  // After the override checks, which relax overrides only where a parameter is marked
  // covariant: a parameter overriding one that is checked at run time (marked covariant, or
  // typed with its class's type parameter) may receive any value of that one's type, so it is
  // checked too (Dart's covariant-by-declaration and covariant-by-class), in every library.
  CheckedParameterIndex index(*this);
  for (auto& lib : libraries) {
    for (Class* cls : lib->library->classes) inheritRuntimeCovariance(index, cls);
  }
}

void Checker::checkEveryClassHierarchy() {
  HierarchyIndex index(*this);
  for (auto& lib : libraries) {
    if (lib->isSdk) continue;
    for (Class* cls : lib->library->classes) {
      ClassInfo* info = infoOf(cls);
      if (!info->decl) continue;  // synthetic: checked through the class that uses it
      checkOverrides(cls);
      if (cls->isAbstract || cls->isMixinDeclaration) continue;
      std::vector<std::string> missing;
      const std::vector<MemberKey>& names = index.interfaceNames(cls);
      for (const MemberKey& key : names) {
        bool setter = key.second;
        Name name = key.first;
        LookupKind kind = setter ? LookupKind::Setter : LookupKind::Getter;
        if (Member* impl = index.concreteMember(cls, name, kind)) {
          // Own members were checked as overrides; an inherited one must implement the
          // interface's (combined) member as well.
          if (impl->enclosingClass != cls) checkInheritedImplementation(cls, impl, kind);
          continue;
        }
        Member* m = lookupInterfaceMember(cls, name, kind);
        if (!m) continue;
        // noSuchMethod forwarders: a class that overrides noSuchMethod implements everything.
        Member* nsm = index.concreteMember(cls, "noSuchMethod", LookupKind::Getter);
        if (nsm && nsm->enclosingClass != core().objectClass) {
          addNoSuchMethodForwarder(cls, m, setter);
          index.membersChanged();
          continue;
        }
        missing.push_back(m->qualifiedName() + (setter && m->memberKind != MemberKind::Field ? "=" : ""));
      }
      if (missing.empty()) continue;
      std::sort(missing.begin(), missing.end());
      std::string list;
      for (size_t i = 0; i < missing.size(); ++i) list += (i ? ", '" : "'") + missing[i] + "'";
      error(static_cast<ast::Decl*>(info->decl)->loc.valid() ? cls->loc : cls->loc,
            missing.size() == 1 ? "Missing concrete implementation of " + list + "."
                                : "Missing concrete implementations of " + list + ".");
    }
  }
}

// `class B extends A implements I {}` where A.f is less specific than I.f: Dart reports that
// A.f isn't a valid concrete implementation (B's callers would pass what A.f can't take).
void Checker::checkInheritedImplementation(Class* cls, Member* impl, LookupKind kind) {
  Member* iface = lookupInterfaceMember(cls, impl->name, kind);
  if (!iface || iface == impl) return;
  bool setter = kind == LookupKind::Setter;
  const DartType* mine = setter ? setterType(impl, cls->thisType) : getterType(impl, cls->thisType);
  const DartType* theirs = setter ? setterType(iface, cls->thisType) : getterType(iface, cls->thisType);
  if (!mine || !theirs) return;
  bool ok = setter ? ts.isSubtype(theirs, mine) || (impl->memberKind == MemberKind::Field && static_cast<Field*>(impl)->isCovariant)
                   : ts.isSubtype(mine, theirs);
  if (!ok && !setter && mine->kind == kernel::TypeKind::Function && theirs->kind == kernel::TypeKind::Function &&
      impl->memberKind == MemberKind::Procedure) {
    // Covariant parameters of the implementation may be narrower (checked at run time).
    auto* mf = static_cast<const FunctionType*>(mine);
    auto* of = static_cast<const FunctionType*>(theirs);
    FunctionNode* fn = static_cast<Procedure*>(impl)->function;
    auto parameterOk = [&](const DartType* theirType, const DartType* myType, Variable* v) {
      return ts.isSubtype(theirType, myType) || (v && v->isCovariant && ts.isSubtype(myType, theirType));
    };
    ok = fn && ts.isSubtype(mf->returnType, of->returnType) && mf->positional.size() >= of->positional.size() &&
         mf->requiredPositionalCount <= of->requiredPositionalCount;
    for (size_t i = 0; ok && i < of->positional.size(); ++i) ok = parameterOk(of->positional[i], mf->positional[i], fn->positional[i]);
    for (const auto& on : of->named) {
      auto mn = std::find_if(mf->named.begin(), mf->named.end(), [&](const auto& n) { return n.name == on.name; });
      Variable* v = nullptr;
      for (Variable* p : fn ? fn->named : std::vector<Variable*>{}) {
        if (p->name == on.name) v = p;
      }
      ok = ok && mn != mf->named.end() && parameterOk(on.type, mn->type, v);
    }
  }
  if (ok) return;
  error(cls->loc, "'" + impl->qualifiedName() + "' ('" + mine->toString() + "') isn't a valid concrete implementation of '" +
                      iface->qualifiedName() + "' ('" + theirs->toString() + "').");
}

bool Checker::isPromotableField(Field* f) {
  auto [it, inserted] = promotableFields.try_emplace(f, false);
  if (!inserted) return it->second;
  if (f->isStatic || !f->isFinal || !f->enclosingClass || f->name.empty() || f->name[0] != '_' || !f->library) {
    return false;
  }
  for (Class* c : f->library->classes) {
    if (!hasInfo(c)) continue;
    ClassInfo* info = infoOf(c);
    auto own = info->getters.find(f->name);
    if (own != info->getters.end() && !own->second->isStatic) {
      Member* m = own->second;
      if (m->memberKind == MemberKind::Field && !static_cast<Field*>(m)->isFinal) return false;
      if (isProcedureOfKind(m, ProcedureKind::Getter) && !static_cast<Procedure*>(m)->isAbstract) return false;
    }
    // A concrete class that only has the getter in its interface gets a noSuchMethod forwarder
    // when it overrides noSuchMethod: reading it twice may give different values.
    if (c->isAbstract || !lookupInterfaceMember(c, f->name, LookupKind::Getter) ||
        lookupConcreteMember(c, f->name, LookupKind::Getter, false)) {
      continue;
    }
    Member* nsm = lookupConcreteMember(c, "noSuchMethod", LookupKind::Getter, false);
    if (nsm && nsm->enclosingClass != core().objectClass) return false;
  }
  promotableFields[f] = true;
  return true;
}

void Checker::markCovariant(Member* m, size_t index, Name named) {
  if (m->memberKind == MemberKind::Field) {
    static_cast<Field*>(m)->isCovariant = true;
  } else if (Variable* v = parameterOf(m, index, named)) {
    v->isCovariant = true;
  }
}

void Checker::checkOverrides(Class* cls) {
  auto checkOne = [&](Member* m, LookupKind kind) {
    if (m->isStatic || m->memberKind == MemberKind::Constructor) return;
    std::vector<const InterfaceType*> supers;
    if (cls->supertype) supers.push_back(cls->supertype);
    supers.insert(supers.end(), cls->interfaces.begin(), cls->interfaces.end());
    for (const InterfaceType* st : supers) {
      Member* o = lookupInterfaceMember(st->cls, m->name, kind);
      if (!o || o == m) continue;
      const DartType* mine = nullptr;
      const DartType* theirs = nullptr;
      bool covariantOk = false;
      if (kind == LookupKind::Setter) {
        mine = setterType(m, cls->thisType);
        theirs = setterType(o, cls->thisType);
        // Setter parameters are checked contravariantly (covariant parameters relax this).
        if (ts.isSubtype(theirs, mine)) continue;
        covariantOk = isCovariantParameter(cls, m->name, true, 0, {});
        if (covariantOk && ts.isSubtype(mine, theirs)) {
          markCovariant(m, 0, {});
          continue;
        }
        error(m->loc, "'" + m->qualifiedName() + "' ('" + mine->toString() + "') isn't a valid override of '" +
                          o->qualifiedName() + "' ('" + theirs->toString() + "').");
        return;
      }
      bool mIsMethod = m->memberKind == MemberKind::Procedure &&
                       (isProcedureOfKind(m, ProcedureKind::Method) || isProcedureOfKind(m, ProcedureKind::Operator));
      bool oIsMethod = o->memberKind == MemberKind::Procedure &&
                       (isProcedureOfKind(o, ProcedureKind::Method) || isProcedureOfKind(o, ProcedureKind::Operator));
      if (mIsMethod != oIsMethod) {
        if (mIsMethod) {
          error(m->loc, "'" + m->qualifiedName() + "' can't be a method because '" + o->qualifiedName() + "' is a getter or field.");
        } else {
          error(m->loc, "'" + m->qualifiedName() + "' can't be a getter or field because '" + o->qualifiedName() + "' is a method.");
        }
        return;
      }
      mine = getterType(m, cls->thisType);
      theirs = getterType(o, cls->thisType);
      if (ts.isSubtype(mine, theirs)) continue;
      if (mIsMethod && mine->kind == kernel::TypeKind::Function && theirs->kind == kernel::TypeKind::Function) {
        // Parameters marked covariant (here or in the overridden member) may be narrowed.
        auto* mf = static_cast<const FunctionType*>(mine);
        auto* of = static_cast<const FunctionType*>(theirs);
        bool ok = ts.isSubtype(mf->returnType, of->returnType) && mf->positional.size() >= of->positional.size() &&
                  mf->requiredPositionalCount <= of->requiredPositionalCount;
        // A narrower parameter type is allowed only where the parameter is covariant (then
        // checked at run time, so the inherited covariance is recorded on the parameter).
        auto parameterOk = [&](const DartType* theirType, const DartType* myType, size_t index, Name named) {
          if (ts.isSubtype(theirType, myType)) return true;
          if (!ts.isSubtype(myType, theirType) || !isCovariantParameter(cls, m->name, false, index, named)) return false;
          markCovariant(m, index, named);
          return true;
        };
        for (size_t i = 0; ok && i < of->positional.size(); ++i) {
          ok = parameterOk(of->positional[i], mf->positional[i], i, {});
        }
        for (const auto& on : of->named) {
          auto mn = std::find_if(mf->named.begin(), mf->named.end(), [&](const auto& n) { return n.name == on.name; });
          ok = ok && mn != mf->named.end() && parameterOk(on.type, mn->type, 0, on.name);
        }
        if (ok) continue;
      }
      error(m->loc, "'" + m->qualifiedName() + "' ('" + mine->toString() + "') isn't a valid override of '" +
                        o->qualifiedName() + "' ('" + theirs->toString() + "').");
      return;
    }
  };
  // Declaration order keeps the diagnostics deterministic.
  for (Field* f : cls->fields) {
    if (f->isStatic) continue;
    checkOne(f, LookupKind::Getter);
    if (!f->isFinal) checkOne(f, LookupKind::Setter);
  }
  for (Procedure* p : cls->procedures) {
    if (p->isStatic || p->kind == ProcedureKind::Factory) continue;
    checkOne(p, p->kind == ProcedureKind::Setter ? LookupKind::Setter : LookupKind::Getter);
  }
}

}  // namespace dartc::sema
