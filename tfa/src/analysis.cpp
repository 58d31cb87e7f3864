#include "analysis.h"

#include <algorithm>

#include "summary_collector.h"

namespace dartc::tfa {

using namespace kernel;

bool FunctionInfo::isExternal() const {
  const Procedure* p = procedure();
  return p && p->isExternal;
}

const Procedure* FunctionInfo::procedure() const {
  if (kind != Kind::Member || !member || member->memberKind != MemberKind::Procedure) return nullptr;
  return static_cast<const Procedure*>(member);
}

TypeFlowAnalysis::TypeFlowAnalysis(const Program& program, const AnalysisOptions& options)
    : p_(program),
      options_(options),
      implicit_(resolveImplicitMembers(program)),
      hierarchy_(program, implicit_),
      types_(hierarchy_, options.maxSetSize) {
  memberInfos_.assign(program.memberCount, nullptr);
  initializerInfos_.assign(program.memberCount, nullptr);
  variableTypes_.assign(program.variableCount, nullptr);
  sites_.assign(program.callSiteCount, {});
  std::vector<ClassId> strings;
  if (implicit_.oneByteStringClass) {
    oneByteString_ = types_.concrete(classId(implicit_.oneByteStringClass));
    strings.push_back(classId(implicit_.oneByteStringClass));
  }
  if (implicit_.twoByteStringClass) {
    twoByteString_ = types_.concrete(classId(implicit_.twoByteStringClass));
    strings.push_back(classId(implicit_.twoByteStringClass));
  }
  stringType_ = types_.ofClasses(strings, false);
}

// --- Functions, selectors, static types ---------------------------------------------------------------------

FunctionInfo& TypeFlowAnalysis::memberInfo(const Member* m) {
  if (m->id >= memberInfos_.size()) memberInfos_.resize(m->id + 1, nullptr);
  FunctionInfo*& slot = memberInfos_[m->id];
  if (!slot) {
    auto f = std::make_unique<FunctionInfo>();
    f->kind = FunctionInfo::Kind::Member;
    f->member = m;
    if (m->memberKind == MemberKind::Procedure) f->function = static_cast<const Procedure*>(m)->function;
    if (m->memberKind == MemberKind::Constructor) f->function = static_cast<const Constructor*>(m)->function;
    slot = f.get();
    functionList_.push_back(std::move(f));
  }
  return *slot;
}

FunctionInfo& TypeFlowAnalysis::closureInfo(const FunctionNode* fn, const Member* enclosing) {
  FunctionInfo*& slot = closureInfos_[fn];
  if (!slot) {
    auto f = std::make_unique<FunctionInfo>();
    f->kind = FunctionInfo::Kind::Closure;
    f->member = enclosing;
    f->function = fn;
    slot = f.get();
    functionList_.push_back(std::move(f));
  }
  return *slot;
}

FunctionInfo& TypeFlowAnalysis::initializerInfo(const Field* field) {
  if (field->id >= initializerInfos_.size()) initializerInfos_.resize(field->id + 1, nullptr);
  FunctionInfo*& slot = initializerInfos_[field->id];
  if (!slot) {
    auto f = std::make_unique<FunctionInfo>();
    f->kind = FunctionInfo::Kind::FieldInitializer;
    f->member = field;
    slot = f.get();
    functionList_.push_back(std::move(f));
  }
  return *slot;
}

SelectorId TypeFlowAnalysis::selectorId(const Selector& s) {
  auto [it, fresh] = selectorIds_.emplace(s, static_cast<SelectorId>(selectors_.size()));
  if (fresh) {
    selectors_.push_back(s);
    selectorStates_.emplace_back();
  }
  return it->second;
}

TypeRef TypeFlowAnalysis::fromStaticType(const DartType* t) {
  if (!t) return types_.any(true);
  auto it = staticTypes_.find(t);
  if (it != staticTypes_.end()) return it->second;
  TypeRef r = types_.any(true);
  bool nullable = t->isNullable();
  switch (t->kind) {
    case kernel::TypeKind::Never: r = nullable ? types_.nullType() : types_.empty(); break;
    case kernel::TypeKind::Null: r = types_.nullType(); break;
    case kernel::TypeKind::Interface:
      r = types_.cone(classId(static_cast<const InterfaceType*>(t)->cls), nullable);
      break;
    case kernel::TypeKind::Function:
      r = types_.cone(hierarchy_.functionClass != kNoClass ? hierarchy_.functionClass : hierarchy_.closureClass_, nullable);
      break;
    case kernel::TypeKind::TypeParameter: {
      auto* tp = static_cast<const TypeParameterType*>(t);
      const DartType* bound = tp->promotedBound ? tp->promotedBound : tp->param->bound;
      // Bounds cannot refer back to the parameter itself at the top level, but stay careful.
      staticTypes_[t] = types_.any(true);
      TypeRef b = bound && bound != t ? fromStaticType(bound) : types_.any(true);
      r = nullable ? types_.withNullability(b, true) : b;
      break;
    }
    default: r = types_.any(true); break;
  }
  staticTypes_[t] = r;
  return r;
}

TypeRef TypeFlowAnalysis::stringTypeOf(const std::u16string& value) {
  bool oneByte = std::all_of(value.begin(), value.end(), [](char16_t c) { return c <= 0xFF; });
  TypeRef t = oneByte ? oneByteString_ : twoByteString_;
  return t ? t : stringType_;
}

// --- Allocation and used classes ------------------------------------------------------------------------------

TypeFlowAnalysis::ClassState& TypeFlowAnalysis::classState(ClassId c) {
  if (c >= classStates_.size()) classStates_.resize(std::max<size_t>(c + 1, hierarchy_.size()));
  return classStates_[c];
}

const std::vector<ClassId>& TypeFlowAnalysis::allocatedSubtypes(ClassId c) {
  ClassState& st = classState(c);
  for (; st.subtypes.size() < st.allocatedCount && st.scanned < allocatedOrder_.size(); ++st.scanned) {
    ClassId x = allocatedOrder_[st.scanned];
    if (hierarchy_.isSubtype(x, c)) st.subtypes.push_back(x);
  }
  return st.subtypes;
}

void TypeFlowAnalysis::markUsed(ClassId c, KeepKind why, const Member* by, const Class* byClass) {
  if (c == kNoClass) return;
  if (hierarchy_.isClosureClass(c)) c = hierarchy_.closureClass_;
  if (c == kNoClass) return;
  if (c >= used_.size()) used_.resize(std::max<size_t>(c + 1, hierarchy_.kernelClassCount()), false);
  if (used_[c]) return;
  used_[c] = true;
  usedOrder_.push_back(c);
  KeepReason r;
  r.kind = why;
  r.by = by;
  r.byClass = byClass;
  r.what = why == KeepKind::Supertype ? "supertype" : why == KeepKind::TypeUse ? "type use" : "allocated";
  classReasons_.emplace(c, r);
  const Class* self = hierarchy_.kernelClass(c);
  // The superclass marks its own supertypes (the used classes are closed upwards), so a deep
  // hierarchy is not walked from every class; then what c reaches through `implements`/`with`.
  ClassId super = hierarchy_.superclassOf(c);
  if (super != kNoClass) markUsed(super, KeepKind::Supertype, nullptr, self);
  hierarchy_.forEachInterfaceSupertype(c, [&](ClassId s) { markUsed(s, KeepKind::Supertype, nullptr, self); });
}

void TypeFlowAnalysis::useClass(const Class* c, KeepKind why, const Member* by) {
  if (c) markUsed(classId(c), why, by, nullptr);
}

void TypeFlowAnalysis::useType(const DartType* t, const Member* by) {
  if (!t) return;
  // A closure's signature is its runtime type: the classes it names are printed and tested.
  if (t->kind == kernel::TypeKind::Function) {
    auto* f = static_cast<const kernel::FunctionType*>(t);
    useType(f->returnType, by);
    for (const DartType* p : f->positional) useType(p, by);
    for (const auto& n : f->named) useType(n.type, by);
    for (const kernel::TypeParameter* p : f->typeParams) useType(p->bound, by);
    return;
  }
  // `v is FutureOr<T>` is `v is T || v is Future<T>` (codegen's isInstanceOfType).
  if (t->kind == kernel::TypeKind::FutureOr) {
    if (implicit_.futureClass) {
      ClassId c = classId(implicit_.futureClass);
      if (c >= used_.size() || !used_[c]) markUsed(c, KeepKind::TypeUse, by, nullptr);
    }
    useType(static_cast<const kernel::FutureOrType*>(t)->arg, by);
    return;
  }
  if (t->kind != kernel::TypeKind::Interface) return;
  auto* it = static_cast<const InterfaceType*>(t);
  ClassId c = classId(it->cls);
  if (c >= used_.size() || !used_[c]) markUsed(c, KeepKind::TypeUse, by, nullptr);
  for (const DartType* a : it->args) useType(a, by);
}

void TypeFlowAnalysis::allocate(const Class* c, KeepKind why, const Member* by) {
  if (c) allocate(classId(c), why, by);
}

void TypeFlowAnalysis::allocate(ClassId c, KeepKind why, const Member* by) {
  if (c == kNoClass) return;
  if (c >= allocated_.size()) allocated_.resize(std::max<size_t>(c + 1, hierarchy_.size()), false);
  if (allocated_[c]) return;
  allocated_[c] = true;
  allocatedOrder_.push_back(c);
  if (!hierarchy_.isClosureClass(c)) {
    KeepReason r;
    r.kind = why;
    r.by = by;
    r.what = why == KeepKind::Constant ? "constant" : why == KeepKind::Builtin ? "built-in value" : "allocated";
    classReasons_[c] = r;  // allocation is a better reason than a type use seen first
  }
  markUsed(c, why, by, nullptr);
  // Cones over c and its supertypes now include c.
  auto grow = [&](ClassId s) {
    ClassState& st = classState(s);
    ++st.allocatedCount;
    if (!hierarchy_.extendsFrom(s, c)) ++st.foreignSubtypes;
    if (!st.dependents.empty()) changed(st);
  };
  grow(c);
  hierarchy_.forEachSupertype(c, grow);
  // Dispatch on unknown receivers: selectors already in use may have a new implementation.
  for (size_t i = 0; i < watchedSelectors_.size(); ++i) catchUpSelector(watchedSelectors_[i]);
}

TypeRef TypeFlowAnalysis::closureValue(ClosureKind kind, const FunctionNode* f, const Member* m, const Member* by) {
  ClassId c = hierarchy_.closureClassFor(kind, f, m);
  allocate(c, kind == ClosureKind::Function ? KeepKind::Allocated : KeepKind::TornOff, by);
  return types_.concrete(c);
}

const KeepReason* TypeFlowAnalysis::classReason(ClassId c) const {
  auto it = classReasons_.find(c);
  return it == classReasons_.end() ? nullptr : &it->second;
}

// --- Constants ---------------------------------------------------------------------------------------------

TypeRef TypeFlowAnalysis::constantType(const Constant* c, const Member* by) {
  if (!c) return types_.any(true);
  bool first = seenConstants_.insert(c).second;
  auto contentsField = [](const Class* cls) -> const Field* {
    // Codegen stores a constant map's or set's contents in the class's last instance field
    // (const_collections.cpp).
    const Field* field = nullptr;
    for (const Field* f : cls->fields) {
      if (!f->isStatic) field = f;
    }
    return field;
  };
  const ClassHierarchy& h = hierarchy_;
  switch (c->kind) {
    case ConstantKind::Null: return types_.nullType();
    case ConstantKind::Bool: return types_.concrete(h.boolClass);
    case ConstantKind::Int: return types_.concrete(h.intClass);
    case ConstantKind::Double: return types_.concrete(h.doubleClass);
    case ConstantKind::String: return stringTypeOf(static_cast<const StringConstant*>(c)->value);
    case ConstantKind::Instance: {
      auto* i = static_cast<const InstanceConstant*>(c);
      if (first) {
        allocate(i->cls, KeepKind::Constant, by);
        useType(c->type, by);
        for (const auto& [field, value] : i->fieldValues) {
          FieldState& fs = fieldState(field);
          fs.written = true;
          update(fs, constantType(value, by));
        }
      }
      return types_.concrete(classId(i->cls));
    }
    case ConstantKind::List: {
      if (first) {
        allocate(implicit_.immutableListClass, KeepKind::Constant, by);
        for (const Constant* e : static_cast<const ListConstant*>(c)->elements) constantType(e, by);
      }
      return implicit_.immutableListClass ? types_.concrete(classId(implicit_.immutableListClass)) : types_.any(false);
    }
    case ConstantKind::Set:
    case ConstantKind::Map: {
      const Class* cls = c->kind == ConstantKind::Set ? implicit_.constSetClass : implicit_.constMapClass;
      if (!cls) return types_.any(false);
      if (first) {
        allocate(cls, KeepKind::Constant, by);
        allocate(implicit_.immutableListClass, KeepKind::Constant, by);
        if (c->kind == ConstantKind::Set) {
          for (const Constant* e : static_cast<const SetConstant*>(c)->elements) constantType(e, by);
        } else {
          for (const auto& [k, v] : static_cast<const MapConstant*>(c)->entries) {
            constantType(k, by);
            constantType(v, by);
          }
        }
        if (const Field* contents = contentsField(cls); contents && implicit_.immutableListClass) {
          FieldState& fs = fieldState(contents);
          fs.written = true;
          update(fs, types_.concrete(classId(implicit_.immutableListClass)));
        }
      }
      return types_.concrete(classId(cls));
    }
    case ConstantKind::TypeLiteral:
      if (first) {
        allocate(implicit_.typeClass, KeepKind::Builtin, by);
        useType(static_cast<const TypeLiteralConstant*>(c)->literalType, by);
      }
      return implicit_.typeClass ? types_.concrete(classId(implicit_.typeClass)) : types_.any(false);
    case ConstantKind::TearOff: {
      const Procedure* target = static_cast<const TearOffConstant*>(c)->target;
      if (first) {
        // As a tear-off expression's (summary_collector.cpp): the dynamic entry's helpers.
        requireHelper(implicit_.throwNoSuchMethod, nullptr, by);
        requireHelper(implicit_.throwParameterTypeError, nullptr, by);
      }
      return closureValue(ClosureKind::StaticTearOff, target->function, target, by);
    }
    case ConstantKind::Record: {
      // A `_Record` whose `_data` is a fixed array (codegen's Module::constRecord): the shape id,
      // then the fields. Field reads are values of their static type, as for record literals.
      const Class* cls = implicit_.recordClass;
      if (!cls || !implicit_.fixedArrayClass) return types_.any(false);
      if (first) {
        allocate(cls, KeepKind::Constant, by);
        allocate(implicit_.fixedArrayClass, KeepKind::Constant, by);
        auto* r = static_cast<const RecordConstant*>(c);
        for (const Constant* x : r->positional) constantType(x, by);
        for (const auto& [name, x] : r->named) constantType(x, by);
        if (const Field* data = contentsField(cls)) {
          FieldState& fs = fieldState(data);
          fs.written = true;
          update(fs, types_.concrete(classId(implicit_.fixedArrayClass)));
        }
      }
      return types_.concrete(classId(cls));
    }
    default:
      return types_.any(false);
  }
}

// --- Global values ------------------------------------------------------------------------------------------

FieldState& TypeFlowAnalysis::fieldState(const Field* f) {
  auto& slot = fields_[f];
  if (slot) return *slot;
  slot = std::make_unique<FieldState>();
  FieldState& fs = *slot;
  fs.value = types_.empty();
  if (f->isStatic || !f->enclosingClass) {
    // Constant-like initializers are in the statics template from the start; lazy ones run on
    // the first read (the initializer's analysis adds its result).
    if (f->initializer && !f->hasLazyInitializer()) {
      const Expression* init = f->initializer;
      const ClassHierarchy& h = hierarchy_;
      switch (init->kind) {
        case ExprKind::IntLiteral: fs.value = types_.concrete(h.intClass); break;
        case ExprKind::DoubleLiteral: fs.value = types_.concrete(h.doubleClass); break;
        case ExprKind::BoolLiteral: fs.value = types_.concrete(h.boolClass); break;
        case ExprKind::NullLiteral: fs.value = types_.nullType(); break;
        case ExprKind::StringLiteral: fs.value = stringTypeOf(static_cast<const StringLiteral*>(init)->value); break;
        case ExprKind::ConstantExpr:
          fs.value = constantType(static_cast<const ConstantExpr*>(init)->constant, f);
          break;
        default: fs.value = types_.any(true); break;
      }
    } else if (!f->initializer && !f->isLate) {
      fs.value = types_.nullType();
    }
  } else if (!f->isLate && (f->type->admitsNull() || !f->initializer)) {
    // Instance fields start out null until a constructor stores them (only observable for
    // nullable fields; a non-nullable one is always initialized before it can be read).
    if (f->type->admitsNull()) fs.value = types_.nullType();
  }
  return fs;
}

GlobalValue& TypeFlowAnalysis::capturedValue(const Variable* v) {
  auto& slot = captured_[v];
  if (!slot) {
    slot = std::make_unique<GlobalValue>();
    slot->value = types_.empty();
  }
  return *slot;
}

GlobalValue& TypeFlowAnalysis::thisValue(const Member* m) {
  auto& slot = thisValues_[m];
  if (!slot) {
    slot = std::make_unique<GlobalValue>();
    slot->value = types_.empty();
  }
  return *slot;
}

void TypeFlowAnalysis::update(GlobalValue& v, TypeRef add) {
  TypeRef before = v.value ? v.value : types_.empty();
  TypeRef after = types_.join(before, add);
  if (after == before) return;
  v.value = after;
  changed(v);
}

// --- Dependencies and the worklist --------------------------------------------------------------------------

void TypeFlowAnalysis::dependOn(Tracker& t) {
  Invocation* cur = current();
  if (!cur || &t == cur) return;
  if (!t.dependents.empty() && t.dependents.back() == cur) return;
  t.dependents.push_back(cur);
}

void TypeFlowAnalysis::changed(Tracker& t) {
  if (t.dependents.empty()) return;
  llvm::SmallVector<Invocation*, 2> dependents;
  dependents.swap(t.dependents);
  // A changed invocation result: a Dispatch then only needs that target again.
  bool fromInvocation = t.isInvocation;
  Invocation* source = fromInvocation ? static_cast<Invocation*>(&t) : nullptr;
  for (Invocation* dep : dependents) {
    ++dep->invalidations;
    ++stats_.invalidations;
    if (fromInvocation && dep->kind == InvocationKind::Dispatch) dep->dirtyTargets.push_back(source);
    enqueue(dep);
  }
}

void TypeFlowAnalysis::enqueue(Invocation* inv) {
  if (inv->queued) return;
  inv->queued = true;
  queue_.push_back(inv);
}

void TypeFlowAnalysis::keep(FunctionInfo& f, KeepKind why) {
  if (f.kept) return;
  f.kept = true;
  f.reason.kind = why;
  switch (why) {
    case KeepKind::EntryPoint: f.reason.what = "entry point"; break;
    case KeepKind::RuntimeCheck: f.reason.what = "runtime check"; break;
    case KeepKind::Called: f.reason.what = "called"; break;
    case KeepKind::Dispatched: f.reason.what = "dispatch"; break;
    case KeepKind::DynamicCall: f.reason.what = "dynamic call"; break;
    case KeepKind::ClosureCall: f.reason.what = "closure call"; break;
    case KeepKind::TornOff: f.reason.what = "torn off"; break;
    case KeepKind::FieldAccess: f.reason.what = "field access"; break;
    default: f.reason.what = "used"; break;
  }
  // The function whose code made the call: the innermost direct invocation on the stack.
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    Invocation* inv = *it;
    if ((inv->kind == InvocationKind::Direct || inv->kind == InvocationKind::Root) && inv->target) {
      FunctionInfo& by = *inv->target;
      f.reason.by = by.member;
      if (by.kind == FunctionInfo::Kind::Closure) f.reason.byClosure = by.function;
      break;
    }
  }
}

Invocation* TypeFlowAnalysis::directInvocation(FunctionInfo& f, CallKind kind, const Args* args, KeepKind why) {
  InvocationKey key{InvocationKind::Direct, kind, &f, args};
  auto it = invocations_.find(key);
  if (it != invocations_.end()) return it->second;
  keep(f, why);
  if (f.variants >= options_.maxInvocationsPerFunction) {
    // Too many argument-type variants: one invocation with the join of all arguments.
    Invocation*& merged = f.merged[static_cast<int>(kind)];
    if (!merged) {
      Invocation* inv = newInvocation();
      inv->kind = InvocationKind::Direct;
      inv->callKind = kind;
      inv->target = &f;
      inv->merged = true;
      inv->reason = why;
      inv->result = types_.empty();
      inv->ownedArgs = std::make_unique<Args>(*args);
      inv->args = inv->ownedArgs.get();
      merged = inv;
      ++stats_.invocations;
      ++stats_.approximated;
      return merged;
    }
    if (mergeArguments(*merged, *args)) {
      merged->dirtyTargets.clear();
      enqueue(merged);
    }
    return merged;
  }
  ++f.variants;
  Invocation* inv = newInvocation();
  inv->kind = InvocationKind::Direct;
  inv->callKind = kind;
  inv->target = &f;
  inv->args = args;
  inv->reason = why;
  inv->result = types_.empty();
  invocations_.try_emplace(key, inv);
  ++stats_.invocations;
  return inv;
}

bool TypeFlowAnalysis::mergeArguments(Invocation& merged, const Args& add) {
  Args& into = *merged.ownedArgs;
  // Most calls of a merged invocation add nothing new: the same shape, every value already
  // included. Answered without building the merged lists.
  if (into.hasReceiver == add.hasReceiver && into.names == add.names && into.values.size() == add.values.size()) {
    bool grows = false;
    for (size_t i = 0; i < into.values.size() && !grows; ++i) grows = types_.join(into.values[i], add.values[i]) != into.values[i];
    if (!grows) return false;
  }
  bool changedAny = false;
  // Positional arguments: a slot some call leaves out may be missing (its default applies).
  size_t intoPositional = into.positionalCount();
  size_t addPositional = add.positionalCount();
  size_t offset = into.hasReceiver ? 1 : 0;
  std::vector<TypeRef> positional;
  std::vector<bool> missing;
  size_t n = std::max(intoPositional, addPositional);
  for (size_t i = 0; i < n; ++i) {
    TypeRef a = i < intoPositional ? into.values[offset + i] : nullptr;
    TypeRef b = i < addPositional ? add.positional(i) : nullptr;
    bool mayMiss = (i < merged.mayBeMissing.size() && merged.mayBeMissing[i]) || !a || !b;
    TypeRef j = a && b ? types_.join(a, b) : a ? a : b;
    if (j != a || (mayMiss && !(i < merged.mayBeMissing.size() && merged.mayBeMissing[i]))) changedAny = true;
    positional.push_back(j);
    missing.push_back(mayMiss);
  }
  // Named arguments: the union of the names; a name some call leaves out may be missing.
  std::vector<std::pair<std::string_view, TypeRef>> named;
  std::vector<std::string_view> missingNames = merged.mayBeMissingNames;
  for (size_t i = 0; i < into.names.size(); ++i) named.push_back({into.names[i], into.values[into.values.size() - into.names.size() + i]});
  for (size_t i = 0; i < add.names.size(); ++i) {
    TypeRef v = add.values[add.values.size() - add.names.size() + i];
    auto found = std::find_if(named.begin(), named.end(), [&](const auto& p) { return p.first == add.names[i]; });
    if (found == named.end()) {
      named.push_back({add.names[i], v});
      missingNames.push_back(add.names[i]);
      changedAny = true;
    } else {
      TypeRef j = types_.join(found->second, v);
      if (j != found->second) changedAny = true;
      found->second = j;
    }
  }
  for (const auto& [name, v] : named) {
    (void)v;
    if (!add.named(name) && std::find(missingNames.begin(), missingNames.end(), name) == missingNames.end()) {
      missingNames.push_back(name);
      changedAny = true;
    }
  }
  TypeRef receiver = into.hasReceiver ? into.values[0] : nullptr;
  if (into.hasReceiver && add.hasReceiver) {
    TypeRef j = types_.join(receiver, add.values[0]);
    if (j != receiver) changedAny = true;
    receiver = j;
  }
  if (!changedAny) return false;
  std::sort(named.begin(), named.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  Args out;
  out.hasReceiver = into.hasReceiver;
  if (receiver) out.values.push_back(receiver);
  for (TypeRef t : positional) out.values.push_back(t);
  for (const auto& [name, v] : named) {
    out.names.push_back(name);
    out.values.push_back(v);
  }
  *merged.ownedArgs = std::move(out);
  merged.mayBeMissing = std::move(missing);
  merged.mayBeMissingNames = std::move(missingNames);
  return true;
}

Invocation* TypeFlowAnalysis::dispatchInvocation(SelectorId s, const Args* args, KeepKind why) {
  InvocationKey key{InvocationKind::Dispatch, CallKind::Method, reinterpret_cast<const void*>(static_cast<uintptr_t>(s) + 1), args};
  auto it = invocations_.find(key);
  if (it != invocations_.end()) return it->second;
  Invocation* inv = newInvocation();
  inv->kind = InvocationKind::Dispatch;
  inv->selector = s;
  inv->args = args;
  inv->reason = why;
  inv->result = types_.empty();
  invocations_.try_emplace(key, inv);
  ++stats_.invocations;
  return inv;
}

TypeRef TypeFlowAnalysis::process(Invocation* inv) {
  if (current()) dependOn(*inv);
  if (inv->active) return inv->result;  // recursion: what is known so far (re-analyzed on change)
  if (inv->analyzed && !inv->queued) return inv->result;
  if (stack_.size() >= kMaxDepth) {
    enqueue(inv);
    return inv->result;
  }
  analyze(inv);
  return inv->result;
}

void TypeFlowAnalysis::analyze(Invocation* inv) {
  inv->queued = false;
  inv->active = true;
  stack_.push_back(inv);
  ++stats_.iterations;
  TypeRef r = types_.empty();
  switch (inv->kind) {
    case InvocationKind::Direct: r = analyzeDirect(*inv); break;
    case InvocationKind::Dispatch: r = analyzeDispatch(*inv); break;
    case InvocationKind::Root: r = analyzeRoot(*inv); break;
    default: break;
  }
  stack_.pop_back();
  inv->active = false;
  inv->analyzed = true;
  TypeRef joined = types_.join(inv->result, r);
  if (!inv->saturated && inv->invalidations > options_.invalidationLimit) {
    inv->saturated = true;
    ++stats_.saturated;
  }
  if (inv->saturated) joined = types_.join(joined, saturationBound(*inv));
  if (joined != inv->result) {
    inv->result = joined;
    changed(*inv);
  }
}

TypeRef TypeFlowAnalysis::saturationBound(const Invocation& inv) {
  // An upper bound of anything the invocation can return, so that it stops changing.
  if (inv.kind == InvocationKind::Direct && inv.target && inv.target->function && inv.callKind == CallKind::Method) {
    return fromStaticType(inv.target->function->returnType);
  }
  return types_.any(true);
}

void TypeFlowAnalysis::solve() {
  while (!queue_.empty()) {
    Invocation* inv = queue_.front();
    queue_.pop_front();
    if (!inv->queued) continue;
    analyze(inv);
  }
}

// --- Roots ----------------------------------------------------------------------------------------------------

void TypeFlowAnalysis::addRoots() {
  // Values the language and the runtime create without a constructor call.
  const ClassHierarchy& h = hierarchy_;
  for (ClassId c : {h.intClass, h.doubleClass, h.boolClass}) allocate(c, KeepKind::Builtin, nullptr);
  allocate(implicit_.oneByteStringClass, KeepKind::Builtin, nullptr);
  allocate(implicit_.twoByteStringClass, KeepKind::Builtin, nullptr);
  // Null answers Object's members; a nullable receiver dispatches on its class id.
  allocate(h.nullClass, KeepKind::Builtin, nullptr);
  // Codegen reifies types (type arguments, casts) as read-only objects of _Type.
  useClass(implicit_.typeClass, KeepKind::Builtin, nullptr);
  auto root = [&](RootKind kind, FunctionInfo* target) {
    Invocation* inv = newInvocation();
    inv->kind = InvocationKind::Root;
    inv->rootKind = kind;
    inv->target = target;
    inv->result = types_.empty();
    enqueue(inv);
      };
  root(RootKind::Main, nullptr);
  if (implicit_.reportUnhandled) root(RootKind::UncaughtException, nullptr);
  // The runtime throws OutOfMemoryError through it when any allocation fails (dartrt_throw_out_of_memory).
  requireHelper(implicit_.throwOutOfMemory, nullptr, nullptr);
  // `@pragma('vm:entry-point')`: members the runtime calls, with arguments of their declared types.
  for (const Library* lib : p_.libraries) {
    if (!lib->isCore) continue;
    auto visit = [&](const Procedure* proc) {
      for (const auto& [name, option] : proc->pragmas) {
        if (name != "vm:entry-point") continue;
        if (proc == implicit_.mainArguments || proc == implicit_.reportUnhandled) continue;  // with exact arguments above
        root(RootKind::EntryPoint, &memberInfo(proc));
      }
    };
    for (const Procedure* proc : lib->procedures) visit(proc);
    for (const Class* c : lib->classes) {
      for (const Procedure* proc : c->procedures) visit(proc);
    }
  }
}

const Args* TypeFlowAnalysis::staticArguments(const Member* m, bool withReceiver) {
  Args a;
  a.hasReceiver = withReceiver;
  if (withReceiver) a.values.push_back(types_.cone(classId(m->enclosingClass), false));
  const FunctionNode* fn = m->memberKind == MemberKind::Procedure ? static_cast<const Procedure*>(m)->function
                           : m->memberKind == MemberKind::Constructor ? static_cast<const Constructor*>(m)->function
                                                                      : nullptr;
  if (fn) {
    for (const Variable* v : fn->positional) a.values.push_back(fromStaticType(v->type));
    std::vector<const Variable*> named(fn->named.begin(), fn->named.end());
    std::sort(named.begin(), named.end(), [](const Variable* x, const Variable* y) { return x->name < y->name; });
    for (const Variable* v : named) {
      a.names.push_back(v->name);
      a.values.push_back(fromStaticType(v->type));
    }
  }
  return args_.intern(std::move(a));
}

TypeRef TypeFlowAnalysis::analyzeRoot(Invocation& inv) {
  switch (inv.rootKind) {
    case RootKind::Main: {
      const Procedure* main = p_.mainProcedure;
      if (!main) break;
      Args a;
      if (!main->function->positional.empty() && implicit_.mainArguments) {
        // The runtime passes the command line as an array of strings; _mainArguments makes it a
        // List<String> (codegen's emitEntryPoint).
        allocate(implicit_.fixedArrayClass, KeepKind::Builtin, nullptr);
        Args arr;
        arr.values.push_back(implicit_.fixedArrayClass ? types_.concrete(classId(implicit_.fixedArrayClass)) : types_.any(false));
        TypeRef list = process(directInvocation(memberInfo(implicit_.mainArguments), CallKind::Method, args_.intern(std::move(arr)),
                                                KeepKind::EntryPoint));
        a.values.push_back(list);
      }
      process(directInvocation(memberInfo(main), CallKind::Method, args_.intern(std::move(a)), KeepKind::EntryPoint));
      break;
    }
    case RootKind::UncaughtException: {
      // Anything thrown may end up here, with its stack trace.
      dependOn(thrown_);
      TypeRef thrown = thrown_.value ? thrown_.value : types_.empty();
      if (thrown->isEmpty()) break;
      Args a;
      a.values.push_back(thrown);
      a.values.push_back(implicit_.stackTraceClass ? types_.concrete(classId(implicit_.stackTraceClass), true) : types_.nullType());
      process(directInvocation(memberInfo(implicit_.reportUnhandled), CallKind::Method, args_.intern(std::move(a)),
                               KeepKind::EntryPoint));
      break;
    }
    case RootKind::EntryPoint: {
      const Member* m = inv.target->member;
      process(directInvocation(*inv.target, CallKind::Method, staticArguments(m, m->isInstanceMember()), KeepKind::EntryPoint));
      break;
    }
    case RootKind::Helper:
      process(directInvocation(*inv.target, CallKind::Method, inv.args, KeepKind::RuntimeCheck));
      break;
  }
  return types_.empty();
}

void TypeFlowAnalysis::requireHelper(const Procedure* helper, const std::vector<TypeRef>* args, const Member* by) {
  (void)by;
  if (!helper) return;
  const Args* a;
  if (args) {
    Args x;
    x.values.assign(args->begin(), args->end());
    a = args_.intern(std::move(x));
  } else {
    a = staticArguments(helper, false);
  }
  InvocationKey key{InvocationKind::Root, CallKind::Method, helper, a};
  if (invocations_.count(key)) return;
  requiredHelpers_.insert(helper);
  Invocation* inv = newInvocation();
  inv->kind = InvocationKind::Root;
  inv->rootKind = RootKind::Helper;
  inv->target = &memberInfo(helper);
  inv->args = a;
  inv->result = types_.empty();
  enqueue(inv);
  invocations_.try_emplace(key, inv);
}

// --- Direct invocations ---------------------------------------------------------------------------------------

bool TypeFlowAnalysis::argumentsFit(const FunctionNode* fn, const Args& args, const Invocation& inv) const {
  size_t positional = args.positionalCount();
  if (positional > fn->positional.size()) return false;
  if (positional < fn->requiredPositionalCount && !inv.merged) return false;
  for (std::string_view name : args.names) {
    bool found = std::any_of(fn->named.begin(), fn->named.end(), [&](const Variable* v) { return v->name == name; });
    if (!found) return false;
  }
  for (const Variable* v : fn->named) {
    if (v->isRequired && !args.named(v->name) && !inv.merged) return false;
  }
  return true;
}

TypeRef TypeFlowAnalysis::callTearOffOrGetterValue(Invocation& inv, TypeRef value) {
  // A getter or field called like a method: the value it returns is called with the arguments.
  const Args& args = *inv.args;
  Args call;
  call.hasReceiver = true;
  call.values.push_back(value);
  for (size_t i = args.hasReceiver ? 1 : 0; i < args.values.size(); ++i) call.values.push_back(args.values[i]);
  call.names = args.names;
  if (value->isEmpty()) return types_.empty();
  return process(dispatchInvocation(callSelector(), args_.intern(std::move(call)), KeepKind::ClosureCall));
}

SelectorId TypeFlowAnalysis::callSelector() {
  if (callSelector_ == kNone) callSelector_ = selectorId(selectorOf(SelectorKind::Method, "call", nullptr));
  return callSelector_;
}

TypeRef TypeFlowAnalysis::analyzeDirect(Invocation& inv) {
  FunctionInfo& f = *inv.target;
  const Args& args = *inv.args;
  if (f.kind == FunctionInfo::Kind::FieldInitializer) {
    auto* field = static_cast<const Field*>(f.member);
    TypeRef value = applySummary(inv, f);
    FieldState& fs = fieldState(field);
    fs.initializerRan = true;
    fs.written = true;
    update(fs, value);
    return value;
  }
  if (f.kind == FunctionInfo::Kind::Closure) return applySummary(inv, f);
  const Member* m = f.member;
  if (m->memberKind == MemberKind::Field) {
    auto* field = static_cast<const Field*>(m);
    FieldState& fs = fieldState(field);
    f.invoked = true;
    if (field->isLate) requireHelper(implicit_.throwLateInitialization, nullptr, m);
    switch (inv.callKind) {
      case CallKind::Setter: {
        fs.written = true;
        TypeRef v = args.positionalCount() > 0 ? args.positional(0) : types_.any(true);
        update(fs, v);
        // Stores of generic-covariant fields are checked (codegen's checkFieldStore).
        if (field->isCovariant || (field->enclosingClass && !field->enclosingClass->typeParams.empty() && !field->type->isTop())) {
          requireHelper(implicit_.throwParameterTypeError, nullptr, m);
        }
        return types_.empty();
      }
      case CallKind::Getter:
      case CallKind::Method: {
        fs.read = true;
        if (field->isLate && field->initializer) {
          Args init;
          if (args.hasReceiver) {
            init.hasReceiver = true;
            init.values.push_back(args.values[0]);
          }
          process(directInvocation(initializerInfo(field), CallKind::Initializer, args_.intern(std::move(init)), KeepKind::FieldAccess));
        }
        dependOn(fs);
        TypeRef value = fs.value ? fs.value : types_.empty();
        if (inv.callKind == CallKind::Getter) return value;
        return callTearOffOrGetterValue(inv, value);
      }
      default: return types_.empty();
    }
  }
  if (m->memberKind == MemberKind::Constructor) return applySummary(inv, f);
  auto* p = static_cast<const Procedure*>(m);
  bool isMethod = p->kind == ProcedureKind::Method || p->kind == ProcedureKind::Operator;
  // Instance members reached through a selector of another kind: a method read (a tear-off), a
  // getter called. (Static calls, including lowered extension getters, run the code itself.)
  bool instance = m->isInstanceMember();
  if (instance && inv.callKind == CallKind::Getter && isMethod) {
    // A tear-off: a closure bound to the receiver.
    requireHelper(implicit_.throwNoSuchMethod, nullptr, m);
    const Member* by = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend() && !by; ++it) {
      if ((*it)->kind == InvocationKind::Direct && (*it)->target) by = (*it)->target->member;
    }
    TypeRef closure = closureValue(ClosureKind::InstanceTearOff, p->function, p, by);
    auto& receivers = tearOffReceivers_[p];
    if (!receivers) {
      receivers = std::make_unique<GlobalValue>();
      receivers->value = types_.empty();
    }
    if (args.hasReceiver) update(*receivers, args.values[0]);
    return closure;
  }
  if (instance && inv.callKind == CallKind::Method && p->kind == ProcedureKind::Getter) {
    Args get;
    get.hasReceiver = args.hasReceiver;
    if (args.hasReceiver) get.values.push_back(args.values[0]);
    TypeRef value = process(directInvocation(f, CallKind::Getter, args_.intern(std::move(get)), KeepKind::Called));
    return callTearOffOrGetterValue(inv, value);
  }
  if (p->isAbstract) return types_.empty();
  if (inv.callKind == CallKind::Method && p->kind != ProcedureKind::Getter && !argumentsFit(p->function, args, inv)) {
    // The arguments don't fit (a dynamic or closure call): NoSuchMethodError.
    requireHelper(implicit_.throwNoSuchMethod, nullptr, m);
    return types_.empty();
  }
  if (p->isExternal) {
    f.invoked = true;
    recordParameters(f, args, inv, nullptr);
    // The codegen intrinsic that throws a given error (an `await` of a failed future,
    // Error.throwWithStackTrace, sync*'s errors) is a throw: catch clauses may receive its
    // argument. Without this, an error that only ever reached a catch through it (say a
    // FormatException passed to addError) made `on FormatException` look unreachable.
    if (p->name == "_throwWithTrace" && !p->enclosingClass && p->library->uri.starts_with("dart:") &&
        args.positionalCount() >= 1) {
      update(thrown_, types_.nonNullable(args.positional(0)));
    }
    return nativeResult(inv, f);
  }
  return applySummary(inv, f);
}

TypeRef TypeFlowAnalysis::nativeResult(Invocation& inv, FunctionInfo& f) {
  const Procedure* p = f.procedure();
  const FunctionNode* fn = p->function;
  bool first = nativesSeen_.insert(p).second;
  TypeRef exact = nullptr;
  for (const auto& [name, option] : p->pragmas) {
    if (name == "vm:exact-result-type" && !option.empty()) {
      const Class* cls = nullptr;
      for (const Class* c : p->library->classes) {
        if (c->name == option) cls = c;
      }
      if (!cls) cls = p_.findClass("dart:core", option);
      if (cls) {
        if (first) allocate(cls, KeepKind::Builtin, p);
        exact = types_.concrete(classId(cls), fn->returnType && fn->returnType->isNullable());
      }
    } else if (name == "dartc:calls" && first) {
      // An intrinsic that may call a helper of the core library (a range error, ...).
      requireHelper(p_.findTopLevelProcedure("dart:core", option), nullptr, p);
    }
  }
  if (exact) return exact;
  if (p->isFactory()) {
    // An external factory allocates its class (the `_List` intrinsic).
    if (first) allocate(p->enclosingClass, KeepKind::Allocated, p);
    return types_.concrete(classId(p->enclosingClass));
  }
  if (p->kind == ProcedureKind::Setter) return types_.empty();
  if (TypeRef arithmetic = numArithmeticResult(p, *inv.args)) return arithmetic;
  // Intrinsics that pass a value through.
  if (p->name == "unsafeCast" && p->library->uri == "dart:_internal" && inv.args->positionalCount() == 1) {
    return inv.args->positional(0);
  }
  const DartType* rt = fn->returnType;
  if (rt && rt->kind == kernel::TypeKind::Void) return types_.nullType();
  // The conservative default: any instance of the declared type. A native can make only the
  // runtime's own kinds of objects, so those are allocated when the declared type admits them
  // (a type parameter result is a value that was passed in, never a new object).
  if (first && rt && rt->kind != kernel::TypeKind::TypeParameter) {
    const CoreTypes& core = p_.core;
    std::vector<const Class*> builtins = {core.intClass, core.doubleClass, core.boolClass, implicit_.oneByteStringClass,
                                          implicit_.twoByteStringClass, implicit_.typeClass, implicit_.stackTraceClass,
                                          implicit_.fixedArrayClass};
    TypeRef declared = fromStaticType(rt);
    for (const Class* b : builtins) {
      if (b && types_.mayContain(declared, classId(b))) allocate(b, KeepKind::Builtin, p);
    }
  }
  return fromStaticType(rt);
}

TypeRef TypeFlowAnalysis::numArithmeticResult(const Procedure* p, const Args& args) {
  // num's operators (intrinsics declared to return num), as the language specifies them for int
  // and double operands: int op int is an int, an operation with a double is a double.
  const CoreTypes& core = p_.core;
  if (p->enclosingClass != core.numClass || !args.hasReceiver) return nullptr;
  std::string_view n = p->name;
  bool arithmetic = n == "+" || n == "-" || n == "*" || n == "%" || n == "remainder" || n == "unary-";
  if (!arithmetic || args.values.size() > 2) return nullptr;
  const ClassHierarchy& h = hierarchy_;
  auto kinds = [&](TypeRef t, bool& hasInt, bool& hasDouble) {
    if (!t->isExact() || t->nullable) return false;
    for (ClassId c : *t) {
      if (c == h.intClass) hasInt = true;
      else if (c == h.doubleClass) hasDouble = true;
      else return false;
    }
    return true;
  };
  bool recvInt = false, recvDouble = false, argInt = false, argDouble = false;
  if (!kinds(args.values[0], recvInt, recvDouble)) return nullptr;
  std::vector<ClassId> result;
  if (args.values.size() == 1) {
    if (recvInt) result.push_back(h.intClass);
    if (recvDouble) result.push_back(h.doubleClass);
  } else {
    if (!kinds(args.values[1], argInt, argDouble)) return nullptr;
    if (recvInt && argInt) result.push_back(h.intClass);
    if (recvDouble || argDouble) result.push_back(h.doubleClass);
  }
  return types_.ofClasses(std::move(result), false);
}

// --- Summaries --------------------------------------------------------------------------------------------

void TypeFlowAnalysis::recordParameters(FunctionInfo& f, const Args& args, const Invocation& inv, const std::vector<TypeRef>* values) {
  const FunctionNode* fn = f.function;
  if (!fn) return;
  size_t count = fn->positional.size() + fn->named.size();
  if (f.parameterTypes.size() != count) {
    f.parameterTypes.assign(count, types_.empty());
    f.parameterPassed.assign(count, false);
  }
  for (size_t i = 0; i < count; ++i) {
    TypeRef passed = nullptr;
    if (i < fn->positional.size()) {
      if (i < args.positionalCount()) passed = args.positional(i);
    } else {
      passed = args.named(fn->named[i - fn->positional.size()]->name);
    }
    bool mayMiss = inv.merged && (i < fn->positional.size() ? i < inv.mayBeMissing.size() && inv.mayBeMissing[i]
                                                           : std::find(inv.mayBeMissingNames.begin(), inv.mayBeMissingNames.end(),
                                                                       fn->named[i - fn->positional.size()]->name) !=
                                                                 inv.mayBeMissingNames.end());
    if (passed) f.parameterPassed[i] = true;
    TypeRef value = passed;
    if (values && f.summary && i < f.summary->parameterStatements.size() && f.summary->parameterStatements[i] != kNone) {
      value = (*values)[f.summary->parameterStatements[i]];
    } else if (!passed || mayMiss) {
      value = types_.any(true);  // a native's default: not followed
    }
    if (value) f.parameterTypes[i] = types_.join(f.parameterTypes[i], value);
  }
}

TypeRef TypeFlowAnalysis::applySummary(Invocation& inv, FunctionInfo& f) {
  if (!f.summary) {
    f.summary = SummaryCollector(*this, f).collect();
    ++stats_.summaries;
  }
  f.invoked = true;
  const Summary& s = *f.summary;
  const Args& args = *inv.args;
  // Scratch lists of this depth of the analysis stack (a nested applySummary is deeper).
  while (scratchLists_.size() < 2 * stack_.size() + 2) scratchLists_.emplace_back();
  std::vector<TypeRef>& values = scratchLists_[2 * stack_.size()];
  std::vector<TypeRef>& callArgs = scratchLists_[2 * stack_.size() + 1];
  values.assign(s.size(), types_.empty());
  for (int pass = 0;; ++pass) {
    bool grew = false;
    for (uint32_t i = 0; i < s.size(); ++i) {
      const Statement& st = s.statements[i];
      TypeRef v = types_.empty();
      switch (st.op) {
        case Op::Param: {
          if (st.index == kReceiver) {
            v = args.hasReceiver ? args.values[0] : types_.empty();
            break;
          }
          TypeRef passed = nullptr;
          bool mayMiss = false;
          if (st.index != kNone) {
            if (st.index < args.positionalCount()) passed = args.positional(st.index);
            mayMiss = inv.merged && st.index < inv.mayBeMissing.size() && inv.mayBeMissing[st.index];
          } else {
            passed = args.named(st.name);
            mayMiss = inv.merged && std::find(inv.mayBeMissingNames.begin(), inv.mayBeMissingNames.end(), st.name) !=
                                        inv.mayBeMissingNames.end();
          }
          if (passed) v = passed;
          if ((!passed || mayMiss) && st.a != kNone) v = types_.join(passed ? passed : types_.empty(), values[st.a]);
          else if (!passed && inv.merged) v = types_.any(true);  // a required argument no variant passed
          break;
        }
        case Op::Const: v = st.type; break;
        case Op::Join:
          v = values[i];
          for (const uint32_t* in = s.inputsBegin(st); in != s.inputsEnd(st); ++in) v = types_.join(v, values[*in]);
          break;
        case Op::Store: {
          TypeRef slot = types_.join(values[st.b], values[st.a]);
          if (slot != values[st.b]) {
            values[st.b] = slot;
            grew = true;
          }
          break;
        }
        case Op::Narrow: v = types_.meet(values[st.a], st.type); break;
        case Op::Call: {
          callArgs.clear();
          for (const uint32_t* in = s.inputsBegin(st); in != s.inputsEnd(st); ++in) callArgs.push_back(values[*in]);
          v = evalCall(*st.call, callArgs);
          break;
        }
        case Op::FieldGet: {
          FieldState& fs = fieldState(st.field);
          fs.read = true;
          if (st.field->hasLazyInitializer() && (st.field->isStatic || !st.field->enclosingClass)) {
            Args none;
            process(directInvocation(initializerInfo(st.field), CallKind::Initializer, args_.intern(std::move(none)),
                                     KeepKind::FieldAccess));
          }
          dependOn(fs);
          v = fs.value ? fs.value : types_.empty();
          break;
        }
        case Op::FieldSet: {
          FieldState& fs = fieldState(st.field);
          fs.written = true;
          update(fs, values[st.a]);
          break;
        }
        case Op::CapturedGet: {
          GlobalValue& g = capturedValue(st.variable);
          dependOn(g);
          v = g.value;
          break;
        }
        case Op::CapturedSet: update(capturedValue(st.variable), values[st.a]); break;
        case Op::ThisGet: {
          GlobalValue& g = thisValue(st.member);
          dependOn(g);
          v = g.value;
          break;
        }
        case Op::ThisSet: update(thisValue(st.member), values[st.a]); break;
        case Op::Thrown:
          dependOn(thrown_);
          v = thrown_.value ? thrown_.value : types_.empty();
          break;
        case Op::Throw: update(thrown_, types_.nonNullable(values[st.a])); break;
      }
      values[i] = v;
    }
    if (!s.needsPasses || (pass > 0 && !grew)) break;
    // Another pass: reads before the writes of a loop see the writes now.
    if (pass >= 32) {
      // Bounded: the joins still growing jump to the top of the lattice, then one last pass.
      for (uint32_t i = 0; i < s.size(); ++i) {
        if (s.statements[i].op == Op::Join) values[i] = types_.any(true);
      }
    }
    if (pass >= 34) break;
  }
  // Facts over all invocations.
  recordParameters(f, args, inv, &values);
  for (const auto& [variable, stmt] : s.locals) {
    TypeRef& slot = variableTypes_[variable->id];
    slot = slot ? types_.join(slot, values[stmt]) : values[stmt];
  }
  TypeRef result = s.result != kNone ? values[s.result] : types_.empty();
  f.resultType = f.resultType ? types_.join(f.resultType, result) : result;
  return result;
}

TypeRef TypeFlowAnalysis::evalCall(const CallSpec& call, std::vector<TypeRef>& argValues) {
  // Argument values that can never exist mean the call never happens. (Codegen still emits the
  // helper calls of implicit checks in such code, so those are analyzed anyway.)
  for (TypeRef t : argValues) {
    if (call.reason == KeepKind::RuntimeCheck) break;
    if (t->isEmpty()) {
      if (call.hasReceiver && call.kind != CallSpec::Kind::Direct) recordSite(call, argValues[0]);
      return types_.empty();
    }
  }
  TypeRef result = callResult(call, argValues);
  // The language's static types hold for every result (Dart 3 is sound; a read whose static type
  // is not, a covariance-checked one, still has the class of its static type): a native's
  // declared `num` for `int + int`, an element read from an array, and a generic class's result
  // joined over all its instantiations (som's `IdentityDictionary<Sym, V>.at` returns ints in
  // one dictionary and Strengths in another: `Strength.of(...)` is a Strength).
  if (call.resultFilter) result = types_.meet(result, call.resultFilter);
  return result;
}

TypeRef TypeFlowAnalysis::callResult(const CallSpec& call, std::vector<TypeRef>& argValues) {
  // The scratch list is only used until it is interned (before anything else runs).
  Args& args = scratchArgs_;
  args.hasReceiver = call.hasReceiver;
  args.values.assign(argValues.begin(), argValues.end());
  args.names.assign(call.names.begin(), call.names.end());
  switch (call.kind) {
    case CallSpec::Kind::Direct:
      return process(directInvocation(*call.target, call.callKind, args_.internCopy(args), call.reason));
    case CallSpec::Kind::Virtual:
    case CallSpec::Kind::Dynamic:
    case CallSpec::Kind::Closure: {
      TypeRef receiver = args.values[0];
      if (call.receiverFilter && (receiver->kind == TypeShape::Any || receiver->kind == TypeShape::Cone)) {
        // An imprecise receiver of an interface call is still an instance of the interface.
        receiver = types_.meet(receiver, types_.withNullability(call.receiverFilter, !call.receiverNonNull));
        args.values[0] = receiver;
      } else if (call.receiverNonNull && receiver->nullable) {
        receiver = types_.nonNullable(receiver);
        args.values[0] = receiver;
      }
      recordSite(call, receiver);
      if (receiver->isEmpty()) return types_.empty();
      SelectorId s = call.kind == CallSpec::Kind::Closure ? callSelector() : call.selector;
      return process(dispatchInvocation(s, args_.internCopy(args), call.reason));
    }
  }
  return types_.empty();
}

void TypeFlowAnalysis::recordSite(const CallSpec& call, TypeRef receiver) {
  SiteRecord* site = nullptr;
  if (call.toStringPart) site = &toStringSites_[call.toStringPart];
  else if (call.siteId != kNone && call.siteId < sites_.size()) site = &sites_[call.siteId];
  if (!site) return;
  site->receiver = site->receiver ? types_.join(site->receiver, receiver) : receiver;
  site->selector = call.kind == CallSpec::Kind::Closure ? callSelector() : call.selector;
  site->kind = call.kind;
}

// --- Dispatch ---------------------------------------------------------------------------------------------------

const Member* TypeFlowAnalysis::lookup(ClassId c, SelectorId s) {
  const Class* k = hierarchy_.kernelClass(c);
  if (!k) return nullptr;
  uint64_t key = (static_cast<uint64_t>(k->id) << 32) | s;
  auto it = lookups_.find(key);
  if (it != lookups_.end()) return it->second;
  const Selector& sel = selectors_[s];
  // Up the superclass chain, filling the cache for every class passed on the way.
  std::vector<uint64_t> passed;
  const Member* found = nullptr;
  for (const Class* x = k; x; x = x->superclass()) {
    uint64_t xkey = (static_cast<uint64_t>(x->id) << 32) | s;
    auto cached = lookups_.find(xkey);
    if (cached != lookups_.end()) {
      found = cached->second;
      break;
    }
    passed.push_back(xkey);
    auto& index = ownMembers_[x];
    if (index.empty()) {
      for (const Procedure* p : x->procedures) index[p->name].push_back(p);
      for (const Field* f : x->fields) index[f->name].push_back(f);
      index[""];  // built
    }
    auto named = index.find(sel.name);
    if (named != index.end()) {
      for (const Member* m : named->second) {
        if (answersSelector(m, sel)) {
          found = m;
          break;
        }
      }
    }
    if (found) break;
  }
  for (uint64_t k2 : passed) lookups_[k2] = found;
  return found;
}

void TypeFlowAnalysis::catchUpSelector(SelectorId s) {
  SelectorState& st = selectorStates_[s];
  bool grew = false;
  for (; st.classesSeen < allocatedOrder_.size(); ++st.classesSeen) {
    ClassId c = allocatedOrder_[st.classesSeen];
    bool answers = (hierarchy_.isClosureClass(c) && s == callSelector()) || lookup(c, s) != nullptr;
    if (answers) {
      st.answering.push_back(c);
      grew = true;
    } else {
      st.someClassLacks = true;
    }
  }
  if (grew) changed(st);
}

void TypeFlowAnalysis::dispatchToClass(Invocation& inv, ClassId c, TypeRef receiver, std::vector<ClassId>* group, TypeRef& acc) {
  (void)group;
  const Args& args = *inv.args;
  if (hierarchy_.isClosureClass(c) && inv.selector == callSelector()) {
    const ClosureClass& k = hierarchy_.closureClass(c);
    const void* key = &k;
    bool known = hasTarget(inv, key);
    if (known && k.kind != ClosureKind::InstanceTearOff) return;
    if (!known) addTarget(inv, key, nullptr);
    acc = types_.join(acc, callClosure(c, args, inv.reason));
    return;
  }
  const Member* impl = lookup(c, inv.selector);
  if (!impl) {
    requireHelper(implicit_.throwNoSuchMethod, nullptr, nullptr);
    return;
  }
  if (hasTarget(inv, impl)) return;
  Args& direct = scratchArgs_;
  direct.hasReceiver = true;
  direct.values.assign(args.values.begin(), args.values.end());
  direct.names.assign(args.names.begin(), args.names.end());
  direct.values[0] = receiver;
  const Selector& sel = selectors_[inv.selector];
  CallKind kind = sel.kind == SelectorKind::Method ? CallKind::Method : sel.kind == SelectorKind::Getter ? CallKind::Getter : CallKind::Setter;
  Invocation* target = directInvocation(memberInfo(impl), kind, args_.internCopy(direct), inv.reason);
  addTarget(inv, impl, target);
  acc = types_.join(acc, process(target));
}

bool TypeFlowAnalysis::hasTarget(Invocation& inv, const void* key) {
  if (!inv.targetIndex.empty()) return inv.targetIndex.count(key) != 0;
  return std::any_of(inv.targets.begin(), inv.targets.end(), [&](const auto& t) { return t.first == key; });
}

void TypeFlowAnalysis::addTarget(Invocation& inv, const void* key, Invocation* target) {
  inv.targets.push_back({key, target});
  // A dispatch over many implementations (a cone of a big hierarchy, `call` on many closures)
  // would otherwise scan its targets once per class.
  constexpr size_t kIndexFrom = 8;
  if (inv.targets.size() == kIndexFrom) {
    for (const auto& t : inv.targets) inv.targetIndex.insert(t.first);
  } else if (inv.targets.size() > kIndexFrom) {
    inv.targetIndex.insert(key);
  }
}

const std::vector<uint32_t>& TypeFlowAnalysis::declarers(SelectorId s) {
  if (declarersBuilt_.size() <= s) declarersBuilt_.resize(selectors_.size(), false);
  while (declarers_.size() <= s) declarers_.emplace_back();
  std::vector<uint32_t>& out = declarers_[s];
  if (declarersBuilt_[s]) return out;
  declarersBuilt_[s] = true;
  if (instanceMembersByName_.empty()) {
    for (const Class* k : p_.allClasses()) {
      for (const Procedure* proc : k->procedures) {
        if (!proc->isStatic) instanceMembersByName_[proc->name].push_back(proc);
      }
      for (const Field* fld : k->fields) {
        if (!fld->isStatic) instanceMembersByName_[fld->name].push_back(fld);
      }
    }
  }
  const Selector& sel = selectors_[s];
  auto named = instanceMembersByName_.find(sel.name);
  if (named != instanceMembersByName_.end()) {
    for (const Member* m : named->second) {
      if (m->enclosingClass && answersSelector(m, sel)) out.push_back(hierarchy_.preorder(classId(m->enclosingClass)));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool TypeFlowAnalysis::coneHasSingleTarget(ClassId cone, SelectorId s, const Member** target) {
  if (hierarchy_.isClosureClass(cone)) return false;
  ClassState& st = classState(cone);
  if (st.foreignSubtypes != 0) return false;
  // Every allocated subtype extends `cone`: it runs the implementation nearest up its superclass
  // chain, which is cone's own unless a class strictly below `cone` declares one.
  const std::vector<uint32_t>& d = declarers(s);
  auto below = std::upper_bound(d.begin(), d.end(), hierarchy_.preorder(cone));
  if (below != d.end() && *below <= hierarchy_.lastDescendant(cone)) return false;
  *target = lookup(cone, s);
  return true;
}

TypeRef TypeFlowAnalysis::callClosure(ClassId c, const Args& args, KeepKind why) {
  // `args` has the closure as receiver; the callee gets the rest (and a bound receiver).
  const ClosureClass& k = hierarchy_.closureClass(c);
  Args call;
  call.names = args.names;
  const FunctionNode* fn = k.function;
  FunctionInfo* target;
  if (k.kind == ClosureKind::Function) {
    target = &closureInfo(fn, k.member);
  } else {
    target = &memberInfo(k.member);
    if (k.kind == ClosureKind::InstanceTearOff) {
      auto& receivers = tearOffReceivers_[k.member];
      if (!receivers) {
        receivers = std::make_unique<GlobalValue>();
        receivers->value = types_.empty();
      }
      dependOn(*receivers);
      if (receivers->value->isEmpty()) return types_.empty();
      call.hasReceiver = true;
      call.values.push_back(receivers->value);
    }
  }
  for (size_t i = 1; i < args.values.size(); ++i) call.values.push_back(args.values[i]);
  Invocation probe;
  if (!fn || !argumentsFit(fn, call, probe)) {
    requireHelper(implicit_.throwNoSuchMethod, nullptr, nullptr);
    return types_.empty();
  }
  return process(directInvocation(*target, CallKind::Method, args_.intern(std::move(call)), why));
}

TypeRef TypeFlowAnalysis::analyzeDispatch(Invocation& inv) {
  const Args& args = *inv.args;
  TypeRef receiver = args.values[0];
  TypeRef acc = types_.empty();
  SelectorId s = inv.selector;
  // Targets whose results changed since the last analysis.
  std::vector<Invocation*> dirty;
  dirty.swap(inv.dirtyTargets);
  for (Invocation* t : dirty) acc = types_.join(acc, process(t));
  if (!inv.exactDone) {
    inv.exactDone = true;
    // Exact receivers: group the classes by implementation, so each gets the classes it serves.
    std::vector<std::pair<const Member*, std::vector<ClassId>>> groups;
    std::vector<ClassId> classes;
    if (receiver->isExact()) classes.assign(receiver->begin(), receiver->end());
    if (receiver->nullable && hierarchy_.nullClass != kNoClass) classes.push_back(hierarchy_.nullClass);
    for (ClassId c : classes) {
      if (hierarchy_.isClosureClass(c) && s == callSelector()) {
        dispatchToClass(inv, c, nullptr, nullptr, acc);
        continue;
      }
      const Member* impl = lookup(c, s);
      if (!impl) {
        requireHelper(implicit_.throwNoSuchMethod, nullptr, nullptr);
        continue;
      }
      auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& x) { return x.first == impl; });
      if (g == groups.end()) groups.push_back({impl, {c}});
      else g->second.push_back(c);
    }
    for (auto& [impl, group] : groups) {
      bool hasNull = std::find(group.begin(), group.end(), hierarchy_.nullClass) != group.end();
      TypeRef r = types_.ofClasses(group, hasNull);
      dispatchToClass(inv, group[0], r, nullptr, acc);
    }
  } else {
    for (const auto& t : inv.targets) {
      // Instance tear-offs: their bound receivers may have grown.
      if (t.second == nullptr) {
        auto* k = static_cast<const ClosureClass*>(t.first);
        if (k->kind == ClosureKind::InstanceTearOff) {
          ClassId c = hierarchy_.closureClassFor(k->kind, k->function, k->member);
          acc = types_.join(acc, callClosure(c, args, inv.reason));
        }
      }
    }
  }
  if (receiver->kind == TypeShape::Cone) {
    ClassState& st = classState(receiver->cls);
    dependOn(st);
    const Member* single = nullptr;
    if (inv.classesSeen < st.allocatedCount && coneHasSingleTarget(receiver->cls, s, &single)) {
      // All of them (those seen before too) run `single`, which the cone's class finds too.
      TypeRef r = single && single->enclosingClass
                      ? types_.meet(types_.nonNullable(receiver), types_.cone(classId(single->enclosingClass)))
                      : types_.nonNullable(receiver);
      dispatchToClass(inv, receiver->cls, r, nullptr, acc);
      inv.classesSeen = st.allocatedCount;
    }
    if (inv.classesSeen < st.allocatedCount) {
      const std::vector<ClassId>& subtypes = allocatedSubtypes(receiver->cls);
      for (; inv.classesSeen < subtypes.size(); ++inv.classesSeen) {
        ClassId c = subtypes[inv.classesSeen];
        const Member* impl = hierarchy_.isClosureClass(c) && s == callSelector() ? nullptr : lookup(c, s);
        TypeRef r = impl && impl->enclosingClass ? types_.meet(types_.nonNullable(receiver), types_.cone(classId(impl->enclosingClass)))
                                                 : types_.nonNullable(receiver);
        dispatchToClass(inv, c, r, nullptr, acc);
      }
    }
  } else if (receiver->kind == TypeShape::Any) {
    SelectorState& st = selectorStates_[s];
    if (!st.watched) {
      st.watched = true;
      watchedSelectors_.push_back(s);
      catchUpSelector(s);
    }
    dependOn(st);
    if (st.someClassLacks && !lookup(hierarchy_.objectClass, s)) requireHelper(implicit_.throwNoSuchMethod, nullptr, nullptr);
    for (; inv.anyTargetsSeen < st.answering.size(); ++inv.anyTargetsSeen) {
      ClassId c = st.answering[inv.anyTargetsSeen];
      const Member* impl = hierarchy_.isClosureClass(c) && s == callSelector() ? nullptr : lookup(c, s);
      TypeRef r = impl && impl->enclosingClass ? types_.cone(classId(impl->enclosingClass)) : types_.any(false);
      dispatchToClass(inv, c, r, nullptr, acc);
    }
  }
  return acc;
}

std::vector<const Member*> TypeFlowAnalysis::dispatchTargets(TypeRef receiver, SelectorId s, bool* lacking, size_t limit) {
  std::vector<const Member*> out;
  *lacking = false;
  auto add = [&](ClassId c) {
    const Member* impl = hierarchy_.isClosureClass(c) && s == callSelector() ? nullptr : lookup(c, s);
    if (!impl) {
      *lacking = true;
      return;
    }
    if (std::find(out.begin(), out.end(), impl) == out.end()) out.push_back(impl);
  };
  if (receiver->nullable && hierarchy_.nullClass != kNoClass) add(hierarchy_.nullClass);
  switch (receiver->kind) {
    case TypeShape::Concrete:
    case TypeShape::Set:
      for (ClassId c : *receiver) {
        add(c);
        if (out.size() >= limit) break;
      }
      break;
    case TypeShape::Cone: {
      const Member* single = nullptr;
      if (classState(receiver->cls).allocatedCount == 0) break;
      if (coneHasSingleTarget(receiver->cls, s, &single)) {
        add(receiver->cls);
        break;
      }
      for (ClassId c : allocatedSubtypes(receiver->cls)) {
        add(c);
        if (out.size() >= limit) break;
      }
      break;
    }
    case TypeShape::Any:
      for (ClassId c : allocatedOrder_) {
        add(c);
        if (out.size() >= limit) break;
      }
      break;
    default: break;
  }
  return out;
}

}  // namespace dartc::tfa
