// Rapid Type Analysis, kept behind `--no-tfa` so that the effect of type-flow analysis can be
// measured and compared: a member is reachable when reachable code calls it, a class is
// allocated when reachable code constructs it (or a constant of it is used), and a virtual call
// reaches the implementation of its selector in every allocated class. Conservative: when in
// doubt, a member is kept and a call is dispatched. It grows quadratically (every allocated class
// meets every called selector), which is one reason type-flow analysis replaced it.
#include <algorithm>
#include <deque>
#include <map>

#include "analyses.h"
#include "frontend/kernel_walk.h"

namespace dartc::tfa {

using namespace kernel;

namespace {

// The class a receiver's static type dispatches on, or null for "any class" (dynamic, type
// variables without class bounds, function types).
const Class* receiverClass(const DartType* t, const CoreTypes& core) {
  for (int guard = 0; guard < 32 && t->kind == TypeKind::TypeParameter; ++guard) {
    const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
    if (!p->bound) return nullptr;
    t = p->bound;
  }
  switch (t->kind) {
    case TypeKind::Interface: return static_cast<const InterfaceType*>(t)->cls;
    case TypeKind::Null:
    case TypeKind::Never: return core.nullClass;
    default: return nullptr;
  }
}

}  // namespace

class RapidTypeAnalysis {
 public:
  RapidTypeAnalysis(const Program& p, FlowFacts& f) : p_(p), f_(f) {}

  void run() {
    resolveImplicitMembers();
    // Values of these classes arise from literals and natives without a constructor call.
    const CoreTypes& core = p_.core;
    for (const Class* c : std::initializer_list<const Class*>{core.intClass, core.doubleClass, core.boolClass, core.nullClass,
                           f_.implicit_.oneByteStringClass, f_.implicit_.twoByteStringClass, f_.implicit_.typeClass,
                           f_.implicit_.bigIntDigitsClass}) {
      if (c) allocate(c, nullptr, "built-in value");
    }
    if (f_.implicit_.mainArguments) markReachable(f_.implicit_.mainArguments, nullptr, "entry point");
    // Codegen may call these from any check it emits (null checks, casts, divisions, bounds).
    for (const Procedure* helper : f_.implicit_.throwHelpers()) markReachable(helper, nullptr, "runtime check");
    markReachable(f_.implicit_.reportUnhandled, nullptr, "runtime check");
    markReachable(p_.mainProcedure, nullptr, "entry point");
    while (!work_.empty()) {
      const Member* m = work_.front();
      work_.pop_front();
      scan(m);
    }
    finish();
  }

 private:
  void resolveImplicitMembers() { f_.implicit_ = tfa::resolveImplicitMembers(p_); }

  void markReachable(const Member* m, const Member* by, std::string_view why) {
    if (!m || f_.reachable_.count(m)) return;
    f_.reachable_.insert(m);
    f_.reasons_[m] = KeepReason{by ? KeepKind::Called : KeepKind::EntryPoint, by, nullptr, nullptr, why};
    work_.push_back(m);
    if (m->enclosingClass) use(m->enclosingClass);
  }

  void use(const Class* c) {
    if (!c || f_.used_.count(c)) return;
    f_.used_.insert(c);
    if (c->supertype) use(c->supertype->cls);
    for (const InterfaceType* i : c->interfaces) use(i->cls);
  }

  void allocate(const Class* c, const Member* by, std::string_view why) {
    if (!c || f_.allocated_.count(c)) return;
    f_.allocated_.insert(c);
    allocatedOrder_.push_back(c);
    use(c);
    // Every instance field with an initializer runs in its constructors.
    for (const Class* k = c; k; k = k->superclass()) {
      for (const Field* field : k->fields) {
        if (!field->isStatic) markReachable(field, by, why);
      }
    }
    // Selectors already called reach this class's implementations.
    for (const auto& [sel, count] : invoked_) {
      (void)count;
      if (const Member* impl = implementation(c, sel)) markReachable(impl, by, "dispatch");
    }
    for (std::string_view name : f_.dynamicNames_) markDynamic(c, name, by);
  }

  const Member* implementation(const Class* c, const Selector& s) {
    auto key = std::make_pair(c, s);
    auto it = implCache_.find(key);
    if (it != implCache_.end()) return it->second;
    const Member* found = lookupImplementation(c, s);
    implCache_[key] = found;
    return found;
  }

  void invoke(const Selector& s, const Member* by) {
    auto [it, fresh] = invoked_.emplace(s, 0);
    it->second++;
    if (!fresh) return;
    for (const Class* c : allocatedOrder_) {
      if (const Member* impl = implementation(c, s)) markReachable(impl, by, "dispatch");
    }
  }

  void markDynamic(const Class* c, std::string_view name, const Member* by) {
    for (const Class* k = c; k; k = k->superclass()) {
      for (const Procedure* p : k->procedures) {
        if (!p->isStatic && !p->isAbstract && p->name == name) markReachable(p, by, "dynamic call");
      }
      for (const Field* fld : k->fields) {
        if (!fld->isStatic && fld->name == name) markReachable(fld, by, "dynamic call");
      }
    }
  }

  void dynamicName(std::string_view name, const Member* by) {
    if (!f_.dynamicNames_.insert(name).second) return;
    // A dynamic call may find no member: the receiver's noSuchMethod gets an Invocation.
    if (f_.implicit_.invokeNoSuchMethod) markReachable(f_.implicit_.invokeNoSuchMethod, by, "dynamic call");
    for (const Class* c : allocatedOrder_) markDynamic(c, name, by);
  }

  void site(uint32_t siteId, const Expression* receiver, const Selector& s, const Member* by) {
    invoke(s, by);
    sites_.push_back({siteId, receiver ? receiverClass(receiver->type, p_.core) : nullptr, s});
    if (receiver && receiver->kind == ExprKind::This && by && by->enclosingClass) {
      sites_.back().receiverClass = by->enclosingClass;
    }
  }

  void constant(const Constant* c, const Member* by) {
    if (!c || !seenConstants_.insert(c).second) return;
    switch (c->kind) {
      case ConstantKind::Instance: {
        auto* i = static_cast<const InstanceConstant*>(c);
        allocate(i->cls, by, "constant");
        for (const auto& [field, value] : i->fieldValues) constant(value, by);
        break;
      }
      case ConstantKind::List:
        if (f_.implicit_.immutableListClass) allocate(f_.implicit_.immutableListClass, by, "constant list");
        for (const Constant* e : static_cast<const ListConstant*>(c)->elements) constant(e, by);
        break;
      case ConstantKind::Set:
        allocate(f_.implicit_.constSetClass, by, "constant set");
        if (f_.implicit_.immutableListClass) allocate(f_.implicit_.immutableListClass, by, "constant set");
        for (const Constant* e : static_cast<const SetConstant*>(c)->elements) constant(e, by);
        break;
      case ConstantKind::Map:
        allocate(f_.implicit_.constMapClass, by, "constant map");
        if (f_.implicit_.immutableListClass) allocate(f_.implicit_.immutableListClass, by, "constant map");
        for (const auto& [k, v] : static_cast<const MapConstant*>(c)->entries) {
          constant(k, by);
          constant(v, by);
        }
        break;
      case ConstantKind::Record: {
        auto* r = static_cast<const RecordConstant*>(c);
        if (f_.implicit_.recordClass) allocate(f_.implicit_.recordClass, by, "constant record");
        if (f_.implicit_.fixedArrayClass) allocate(f_.implicit_.fixedArrayClass, by, "constant record");
        for (const Constant* x : r->positional) constant(x, by);
        for (const auto& [name, x] : r->named) constant(x, by);
        break;
      }
      case ConstantKind::TearOff:
        markReachable(static_cast<const TearOffConstant*>(c)->target, by, "torn off");
        closureCreated(by);
        break;
      default:
        break;
    }
  }

  // Closures need their class, heap contexts for captured variables, and arrays for calls
  // through their dynamic entry.
  void closureCreated(const Member* by) {
    allocate(f_.implicit_.closureClass, by, "closure");
    allocate(f_.implicit_.contextClass, by, "closure context");
    allocate(f_.implicit_.fixedArrayClass, by, "closure call");
  }

  // Classes named by a type (its arguments included) get class ids, so type tests and
  // runtimeType can name them even when they are never allocated.
  void useType(const DartType* t) {
    if (!t) return;
    // A closure's signature is its runtime type: the classes it names are printed and tested.
    if (t->kind == TypeKind::Function) {
      auto* f = static_cast<const FunctionType*>(t);
      useType(f->returnType);
      for (const DartType* p : f->positional) useType(p);
      for (const auto& n : f->named) useType(n.type);
      for (const TypeParameter* p : f->typeParams) useType(p->bound);
      return;
    }
    // `v is FutureOr<T>` is `v is T || v is Future<T>` (codegen's isInstanceOfType).
    if (t->kind == TypeKind::FutureOr) {
      if (f_.implicit_.futureClass) use(f_.implicit_.futureClass);
      useType(static_cast<const FutureOrType*>(t)->arg);
      return;
    }
    if (t->kind != TypeKind::Interface) return;
    auto* it = static_cast<const InterfaceType*>(t);
    use(it->cls);
    for (const DartType* a : it->args) useType(a);
  }

  void scan(const Member* m) {
    if (m == f_.implicit_.requireEventLoop) markReachable(f_.implicit_.runEventLoop, m, "event loop");
    // An external factory of a concrete class (a native or intrinsic allocation, like
    // dart:typed_data's `_ByteStore(length)`) makes an instance of it without a constructor call.
    if (m->memberKind == MemberKind::Procedure) {
      auto* p = static_cast<const Procedure*>(m);
      if (p->isExternal && p->isFactory() && p->enclosingClass && !p->enclosingClass->isAbstract) {
        allocate(p->enclosingClass, m, "native factory");
      }
    }
    Walker w;
    w.onExpression = [&](const Expression* e) { expression(e, m); };
    w.onStatement = [&](const Statement* s) {
      if (s->kind == StmtKind::FunctionDecl) closureCreated(m);
      if (s->kind == StmtKind::Switch) {
        // A case matches when `constant == subject`: user-defined `==` of constant objects.
        for (const SwitchCase* c : static_cast<const SwitchStmt*>(s)->cases) {
          for (const Expression* e : c->expressions) {
            if (e->kind != ExprKind::ConstantExpr) continue;
            ConstantKind k = static_cast<const ConstantExpr*>(e)->constant->kind;
            if (k == ConstantKind::Instance || k == ConstantKind::TypeLiteral || k == ConstantKind::TearOff) {
              invoke(selectorOf(SelectorKind::Method, "==", nullptr), m);
            }
          }
        }
      }
      if (s->kind == StmtKind::TryCatch) {
        for (const CatchClause* c : static_cast<const TryCatchStmt*>(s)->catches) {
          useType(c->guard);
          // The runtime creates the stack traces that catch clauses receive.
          if (c->stackTrace) allocate(f_.implicit_.stackTraceClass, m, "caught stack trace");
        }
      }
    };
    w.walkMember(m);
    if (m->memberKind == MemberKind::Constructor) {
      for (const Initializer* init : static_cast<const Constructor*>(m)->initializers) {
        if (init->target) markReachable(init->target, m, "super constructor");
      }
    }
    // Overridden `==`/`hashCode`/`toString` of allocated classes are reached by dispatch.
  }

  void expression(const Expression* e, const Member* by) {
    switch (e->kind) {
      case ExprKind::StaticGet: markReachable(static_cast<const StaticGet*>(e)->target, by, "read"); break;
      case ExprKind::StaticSet: markReachable(static_cast<const StaticSet*>(e)->target, by, "written"); break;
      case ExprKind::StaticInvocation: markReachable(static_cast<const StaticInvocation*>(e)->target, by, "called"); break;
      case ExprKind::StaticTearOff:
        markReachable(static_cast<const StaticTearOff*>(e)->target, by, "torn off");
        closureCreated(by);
        break;
      case ExprKind::ConstructorInvocation: {
        auto* c = static_cast<const ConstructorInvocation*>(e);
        allocate(c->target->enclosingClass, by, "allocated");
        markReachable(c->target, by, "called");
        break;
      }
      case ExprKind::InstanceGet: {
        auto* g = static_cast<const InstanceGet*>(e);
        site(g->siteId, g->receiver, selectorOf(SelectorKind::Getter, g->interfaceTarget ? g->interfaceTarget->name : g->name,
                                                 g->interfaceTarget ? g->interfaceTarget->library : nullptr), by);
        break;
      }
      case ExprKind::InstanceSet: {
        auto* s = static_cast<const InstanceSet*>(e);
        site(s->siteId, s->receiver, selectorOf(SelectorKind::Setter, s->name, s->interfaceTarget ? s->interfaceTarget->library : nullptr), by);
        break;
      }
      case ExprKind::InstanceInvocation: {
        auto* i = static_cast<const InstanceInvocation*>(e);
        site(i->siteId, i->receiver, selectorOf(SelectorKind::Method, i->name, i->interfaceTarget ? i->interfaceTarget->library : nullptr), by);
        break;
      }
      case ExprKind::InstanceTearOff: {
        auto* t = static_cast<const InstanceTearOff*>(e);
        site(t->siteId, t->receiver, selectorOf(SelectorKind::Getter, t->name, t->interfaceTarget ? t->interfaceTarget->library : nullptr), by);
        closureCreated(by);
        break;
      }
      case ExprKind::EqualsCall: {
        auto* q = static_cast<const EqualsCall*>(e);
        site(q->siteId, q->left, selectorOf(SelectorKind::Method, "==", nullptr), by);
        break;
      }
      case ExprKind::StringConcat:
        // Interpolation calls toString on every part that is not already a String.
        for (const Expression* part : static_cast<const StringConcat*>(e)->parts) {
          if (part->type != p_.core.stringType) invoke(selectorOf(SelectorKind::Method, "toString", nullptr), by);
        }
        break;
      case ExprKind::SuperGet: markReachable(static_cast<const SuperGet*>(e)->target, by, "super"); break;
      case ExprKind::SuperSet: markReachable(static_cast<const SuperSet*>(e)->target, by, "super"); break;
      case ExprKind::SuperInvocation: markReachable(static_cast<const SuperInvocation*>(e)->target, by, "super"); break;
      case ExprKind::DynamicGet: dynamicName(static_cast<const DynamicGet*>(e)->name, by); break;
      case ExprKind::DynamicSet: dynamicName(static_cast<const DynamicSet*>(e)->name, by); break;
      case ExprKind::DynamicInvocation: dynamicName(static_cast<const DynamicInvocation*>(e)->name, by); break;
      case ExprKind::FunctionInvocation:
        if (!static_cast<const FunctionInvocation*>(e)->functionType) dynamicName("call", by);
        allocate(f_.implicit_.fixedArrayClass, by, "closure call");
        break;
      case ExprKind::FunctionExpression:
        closureCreated(by);
        break;
      case ExprKind::ConstantExpr: constant(static_cast<const ConstantExpr*>(e)->constant, by); break;
      case ExprKind::ListLiteral:
        if (f_.implicit_.growableListClass) allocate(f_.implicit_.growableListClass, by, "list literal");
        if (f_.implicit_.growableListFromArray) markReachable(f_.implicit_.growableListFromArray, by, "list literal");
        if (f_.implicit_.fixedArrayClass) allocate(f_.implicit_.fixedArrayClass, by, "list literal");
        break;
      case ExprKind::MapLiteral:
        allocate(f_.implicit_.linkedHashMapClass, by, "map literal");
        markReachable(f_.implicit_.linkedHashMapNew, by, "map literal");
        markReachable(f_.implicit_.linkedHashMapPut, by, "map literal");
        break;
      case ExprKind::SetLiteral:
        allocate(f_.implicit_.linkedHashSetClass, by, "set literal");
        markReachable(f_.implicit_.linkedHashSetNew, by, "set literal");
        markReachable(f_.implicit_.linkedHashSetAdd, by, "set literal");
        break;
      case ExprKind::Is: useType(static_cast<const IsExpr*>(e)->testedType); break;
      case ExprKind::As: useType(e->type); break;
      case ExprKind::NullCheck: markReachable(f_.implicit_.throwNullCheck, by, "null check"); break;
      default: break;
    }
    if (e->kind == ExprKind::As) markReachable(f_.implicit_.throwCastError, by, "cast");
    // Static types become runtime types (type arguments of allocations, runtimeType).
    useType(e->type);
  }

  void finish() {
    // Deterministic order: program order of libraries, classes and members.
    for (const Library* lib : p_.libraries) {
      auto add = [&](const Member* m) {
        ++f_.totalMembers_;
        if (f_.reachable_.count(m)) f_.reachableOrder_.push_back(m);
      };
      for (const Field* fld : lib->fields) add(fld);
      for (const Procedure* proc : lib->procedures) add(proc);
      for (const Class* c : lib->classes) {
        ++f_.totalClasses_;
        if (f_.used_.count(c)) f_.usedOrder_.push_back(c);
        for (const Field* fld : c->fields) add(fld);
        for (const Constructor* k : c->constructors) add(k);
        for (const Procedure* proc : c->procedures) add(proc);
      }
    }
    // Devirtualization: a call site whose possible targets are one member calls it directly.
    f_.sites_.assign(p_.callSiteCount, SiteTarget{});
    std::map<std::string, Selector> tableSelectors;  // ordered by name for determinism
    for (const Site& s : sites_) {
      std::vector<const Member*> targets;
      bool someClassLacksIt = false;  // it would end in noSuchMethod: keep the dispatch
      for (const Class* c : allocatedOrder_) {
        if (s.receiverClass && !isSubclassOrImplementor(c, s.receiverClass)) continue;
        const Member* impl = implementation(c, s.selector);
        if (!impl) someClassLacksIt = true;
        else if (std::find(targets.begin(), targets.end(), impl) == targets.end()) targets.push_back(impl);
      }
      bool single = targets.size() == 1 && !someClassLacksIt;
      if (single && s.siteId < f_.sites_.size()) {
        f_.sites_[s.siteId] = {SiteKind::Direct, targets[0]};
      } else {
        std::string key = s.selector.toString() + "@" + std::to_string(reinterpret_cast<uintptr_t>(s.selector.privateLibrary));
        if (!targets.empty()) tableSelectors.emplace(key, s.selector);
        f_.callCounts_[s.selector]++;
      }
    }
    for (const auto& [key, sel] : tableSelectors) f_.tableSelectors_.push_back(sel);
  }

  bool isSubclassOrImplementor(const Class* c, const Class* target) {
    if (c == target || target == p_.core.objectClass) return true;
    auto key = std::make_pair(c, target);
    auto it = subtypeCache_.find(key);
    if (it != subtypeCache_.end()) return it->second;
    bool result = false;
    if (c->supertype && isSubclassOrImplementor(c->supertype->cls, target)) result = true;
    for (const InterfaceType* i : c->interfaces) {
      if (!result && isSubclassOrImplementor(i->cls, target)) result = true;
    }
    subtypeCache_[key] = result;
    return result;
  }

  struct Site {
    uint32_t siteId;
    const Class* receiverClass;
    Selector selector;
  };
  struct PairHash {
    size_t operator()(const std::pair<const Class*, Selector>& p) const {
      return std::hash<const void*>()(p.first) ^ SelectorHash()(p.second);
    }
    size_t operator()(const std::pair<const Class*, const Class*>& p) const {
      return std::hash<const void*>()(p.first) * 31 ^ std::hash<const void*>()(p.second);
    }
  };

  const Program& p_;
  FlowFacts& f_;
  std::deque<const Member*> work_;
  std::vector<const Class*> allocatedOrder_;
  std::unordered_map<Selector, size_t, SelectorHash> invoked_;
  std::unordered_map<std::pair<const Class*, Selector>, const Member*, PairHash> implCache_;
  std::unordered_map<std::pair<const Class*, const Class*>, bool, PairHash> subtypeCache_;
  std::unordered_set<const Constant*> seenConstants_;
  std::vector<Site> sites_;
};

void runRapidTypeAnalysis(const Program& program, FlowFacts& facts) { RapidTypeAnalysis(program, facts).run(); }

}  // namespace dartc::tfa
