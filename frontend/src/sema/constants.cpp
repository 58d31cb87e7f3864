// Constant evaluation: literals, const variables and fields, const constructor invocations,
// const collections, and the operations Dart allows in constant expressions on int, double, bool
// and String. Results are canonicalized by the ConstantStore, so equal constants are identical.
#include <cmath>
#include <unordered_map>

#include "sema/checker.h"

namespace dartc::sema {

using namespace kernel;

namespace {

// Type arguments of a constant must be constant types: they mention no type variable.
bool closedTypes(const std::vector<const DartType*>& types) {
  for (const DartType* t : types) {
    if (mentionsTypeParameter(t, [](const TypeParameter*) { return true; })) return false;
  }
  return true;
}

class ConstantEvaluator {
 public:
  ConstantEvaluator(Checker& c, ConstantErrors report) : c_(c), report_(report) {}

  Constant* eval(Expression* e) {
    if (++depth_ > 200) return fail(e->loc, "The constant expression is nested too deeply.");
    Constant* r = evalInner(e);
    --depth_;
    return r;
  }

 private:
  // `specific`: a failure with its own analyzer diagnostic (the evaluation throws, a constructor
  // isn't const, ...), as opposed to "this isn't a constant expression", which a const
  // variable's declaration words its own way.
  Constant* fail(SourceLoc loc, const std::string& message, bool specific = false) {
    bool wanted = report_ == ConstantErrors::All || (report_ == ConstantErrors::SpecificOnly && specific);
    if (wanted && !reported_) {
      c_.error(loc, message);
      reported_ = true;
    }
    return nullptr;
  }
  Constant* notConstant(SourceLoc loc) { return fail(loc, "Not a constant expression."); }

  Constant* canon(std::unique_ptr<Constant> k) { return c_.program.constants.canonicalize(std::move(k)); }
  Constant* intC(int64_t v) {
    auto k = std::make_unique<IntConstant>();
    k->value = v;
    k->type = c_.core().intType;
    return canon(std::move(k));
  }
  Constant* doubleC(double v) {
    auto k = std::make_unique<DoubleConstant>();
    k->value = v;
    k->type = c_.core().doubleType;
    return canon(std::move(k));
  }
  Constant* boolC(bool v) { return c_.program.constants.boolConstant(v, c_.core().boolType); }
  Constant* stringC(std::u16string v) {
    auto k = std::make_unique<StringConstant>();
    k->value = std::move(v);
    k->type = c_.core().stringType;
    return canon(std::move(k));
  }
  Constant* nullC() {
    Constant* k = c_.program.constants.nullConstant();
    k->type = c_.types().nullType();
    return k;
  }

  static bool isInt(Constant* k) { return k && k->kind == ConstantKind::Int; }
  static bool isDouble(Constant* k) { return k && k->kind == ConstantKind::Double; }
  static bool isNum(Constant* k) { return isInt(k) || isDouble(k); }
  static int64_t intOf(Constant* k) { return static_cast<IntConstant*>(k)->value; }
  static double numOf(Constant* k) {
    return isInt(k) ? static_cast<double>(intOf(k)) : static_cast<DoubleConstant*>(k)->value;
  }

  std::u16string toStringOf(Constant* k, SourceLoc loc, bool& ok) {
    ok = true;
    switch (k->kind) {
      case ConstantKind::String: return static_cast<StringConstant*>(k)->value;
      case ConstantKind::Int: {
        std::string s = std::to_string(intOf(k));
        return std::u16string(s.begin(), s.end());
      }
      case ConstantKind::Bool: return static_cast<BoolConstant*>(k)->value ? u"true" : u"false";
      case ConstantKind::Null: return u"null";
      default:
        ok = false;
        fail(loc, "Only strings, ints, bools and null can be interpolated in constant strings here.");
        return {};
    }
  }

  // A record literal in a constant context, lowered to `_makeRecord<n>(shape, f1, ..., fn)` or
  // `_makeRecord(shape, <Object?>[f1, ..., fn])` (sema/records.cpp), with the fields in the
  // shape's order: positional ones, then the named ones sorted by name, as in the record type.
  Constant* evalRecord(StaticInvocation* si) {
    if (!si->type || si->type->kind != TypeKind::Record) return notConstant(si->loc);
    auto* type = static_cast<const RecordType*>(si->type);
    const std::vector<Expression*>& args = si->arguments->positional;
    std::vector<Expression*> fields(args.begin() + (args.empty() ? 0 : 1), args.end());
    if (si->target->name == "_makeRecord") {
      if (fields.size() != 1 || fields[0]->kind != ExprKind::ListLiteral) return notConstant(si->loc);
      fields = static_cast<ListLiteral*>(fields[0])->elements;
    }
    if (fields.size() != type->positional.size() + type->named.size()) return notConstant(si->loc);
    auto k = std::make_unique<RecordConstant>();
    k->type = type;
    for (size_t i = 0; i < fields.size(); ++i) {
      Constant* v = eval(fields[i]);
      if (!v) return nullptr;
      if (i < type->positional.size()) {
        k->positional.push_back(v);
      } else {
        k->named.emplace_back(type->named[i - type->positional.size()].name, v);
      }
    }
    return canon(std::move(k));
  }

  Constant* evalInner(Expression* e) {
    switch (e->kind) {
      case ExprKind::IntLiteral: return intC(static_cast<IntLiteral*>(e)->value);
      case ExprKind::DoubleLiteral: return doubleC(static_cast<DoubleLiteral*>(e)->value);
      case ExprKind::BoolLiteral: return boolC(static_cast<BoolLiteral*>(e)->value);
      case ExprKind::NullLiteral: return nullC();
      case ExprKind::StringLiteral: return stringC(static_cast<StringLiteral*>(e)->value);
      case ExprKind::ConstantExpr: return static_cast<ConstantExpr*>(e)->constant;
      case ExprKind::VariableGet: {
        Variable* v = static_cast<VariableGet*>(e)->variable;
        auto bound = env_.find(v);
        if (bound != env_.end()) return bound->second;
        if (v->isConst && v->initializer) return eval(v->initializer);
        return notConstant(e->loc);
      }
      case ExprKind::StaticGet: {
        Member* m = static_cast<StaticGet*>(e)->target;
        if (m->memberKind == MemberKind::Field && static_cast<Field*>(m)->isConst) {
          Constant* k = c_.constantOfField(static_cast<Field*>(m));
          return k ? k : notConstant(e->loc);
        }
        return fail(e->loc, "Only constant variables can be used in a constant expression.");
      }
      case ExprKind::StaticTearOff: {
        auto k = std::make_unique<TearOffConstant>();
        k->target = static_cast<StaticTearOff*>(e)->target;
        k->type = e->type;
        return canon(std::move(k));
      }
      case ExprKind::Instantiation: {
        // `f<int>` of a top-level or static function with constant type arguments.
        auto* inst = static_cast<Instantiation*>(e);
        if (inst->operand->kind != ExprKind::StaticTearOff || !closedTypes(inst->typeArgs)) return notConstant(e->loc);
        auto k = std::make_unique<TearOffConstant>();
        k->target = static_cast<StaticTearOff*>(inst->operand)->target;
        k->typeArgs = inst->typeArgs;
        k->type = e->type;
        return canon(std::move(k));
      }
      case ExprKind::TypeLiteral: {
        auto k = std::make_unique<TypeLiteralConstant>();
        k->literalType = static_cast<TypeLiteral*>(e)->literalType;
        k->type = e->type;
        return canon(std::move(k));
      }
      case ExprKind::As: {
        auto* as = static_cast<AsExpr*>(e);
        Constant* k = eval(as->operand);
        if (!k) return nullptr;
        if (!c_.ts.isSubtype(k->type, as->type)) return fail(e->loc, "The constant value doesn't have the type '" + as->type->toString() + "'.");
        return k;
      }
      case ExprKind::Not: {
        Constant* k = eval(static_cast<Not*>(e)->operand);
        if (!k || k->kind != ConstantKind::Bool) return k ? notConstant(e->loc) : nullptr;
        return boolC(!static_cast<BoolConstant*>(k)->value);
      }
      case ExprKind::Logical: {
        auto* l = static_cast<Logical*>(e);
        Constant* a = eval(l->left);
        if (!a || a->kind != ConstantKind::Bool) return a ? notConstant(e->loc) : nullptr;
        bool av = static_cast<BoolConstant*>(a)->value;
        if (l->op == LogicalOp::And && !av) return a;
        if (l->op == LogicalOp::Or && av) return a;
        Constant* b = eval(l->right);
        if (!b || b->kind != ConstantKind::Bool) return b ? notConstant(e->loc) : nullptr;
        return b;
      }
      case ExprKind::Conditional: {
        auto* c = static_cast<Conditional*>(e);
        Constant* cond = eval(c->condition);
        if (!cond || cond->kind != ConstantKind::Bool) return cond ? notConstant(e->loc) : nullptr;
        return eval(static_cast<BoolConstant*>(cond)->value ? c->thenExpr : c->elseExpr);
      }
      case ExprKind::Let: {
        auto* l = static_cast<Let*>(e);
        Constant* k = eval(l->variable->initializer);
        if (!k) return nullptr;
        env_[l->variable] = k;
        return eval(l->body);
      }
      case ExprKind::EqualsNull: {
        Constant* k = eval(static_cast<EqualsNull*>(e)->operand);
        if (!k) return nullptr;
        return boolC(k->kind == ConstantKind::Null);
      }
      case ExprKind::EqualsCall: {
        auto* eq = static_cast<EqualsCall*>(e);
        Constant* a = eval(eq->left);
        Constant* b = a ? eval(eq->right) : nullptr;
        if (!a || !b) return nullptr;
        if (isNum(a) && isNum(b)) return boolC(numOf(a) == numOf(b) && (isInt(a) == isInt(b) || numOf(a) == numOf(b)));
        bool primitive = a->kind == ConstantKind::String || a->kind == ConstantKind::Bool || a->kind == ConstantKind::Null ||
                         (a->kind == ConstantKind::Instance && static_cast<InstanceConstant*>(a)->cls->isEnum);
        if (!primitive) return fail(e->loc, "In constant expressions, operands of '==' must be of type bool, num, String, or null.");
        return boolC(a == b);
      }
      case ExprKind::StringConcat: {
        std::u16string out;
        for (Expression* p : static_cast<StringConcat*>(e)->parts) {
          Constant* k = eval(p);
          if (!k) return nullptr;
          bool ok = false;
          out += toStringOf(k, p->loc, ok);
          if (!ok) return nullptr;
        }
        return stringC(std::move(out));
      }
      case ExprKind::InstanceGet: {
        auto* g = static_cast<InstanceGet*>(e);
        if (g->name != "length") return notConstant(e->loc);
        Constant* k = eval(g->receiver);
        if (!k || k->kind != ConstantKind::String) return k ? notConstant(e->loc) : nullptr;
        return intC(static_cast<int64_t>(static_cast<StringConstant*>(k)->value.size()));
      }
      case ExprKind::InstanceInvocation: return evalOperator(static_cast<InstanceInvocation*>(e));
      case ExprKind::StaticInvocation: {
        auto* si = static_cast<StaticInvocation*>(e);
        if (c_.isEnvironmentConstructor(si->target)) return evalEnvironment(si);
        if (ExtensionInfo* ext = c_.extensionTypeOfConstructor(si->target)) {
          // A const extension type's primary constructor: the constant is the representation
          // value itself (there is no wrapper at run time).
          if (!ext->decl->isConst) return fail(e->loc, "The constructor being called isn't a const constructor.");
          if (si->target != ext->constructors[ext->decl->primaryName] || si->arguments->positional.size() != 1) {
            return fail(e->loc, "'const extension type constructor' is not supported yet.");
          }
          return eval(si->arguments->positional[0]);
        }
        if (si->target->name == "identical" && si->target->library->isCore && si->arguments->positional.size() == 2) {
          Constant* a = eval(si->arguments->positional[0]);
          Constant* b = a ? eval(si->arguments->positional[1]) : nullptr;
          if (!a || !b) return nullptr;
          return boolC(a == b);
        }
        if (si->target->isFactory()) return evalConstFactory(si->target, si->arguments, si->arguments->types, e->loc);
        // A record literal, lowered to _makeRecord* (sema/records.cpp).
        if (si->target->library->isCore && si->target->name.starts_with("_makeRecord")) return evalRecord(si);
        return fail(e->loc, "Methods can't be invoked in constant expressions.");
      }
      case ExprKind::ListLiteral: {
        auto* l = static_cast<ListLiteral*>(e);
        auto k = std::make_unique<ListConstant>();
        k->elementType = l->elementType;
        k->type = e->type;
        for (Expression* x : l->elements) {
          Constant* v = eval(x);
          if (!v) return nullptr;
          k->elements.push_back(v);
        }
        return canon(std::move(k));
      }
      case ExprKind::SetLiteral: {
        auto* l = static_cast<SetLiteral*>(e);
        auto k = std::make_unique<SetConstant>();
        k->elementType = l->elementType;
        k->type = e->type;
        for (Expression* x : l->elements) {
          Constant* v = eval(x);
          if (!v) return nullptr;
          for (Constant* prior : k->elements) {
            if (prior == v) return fail(x->loc, "Two elements in a constant set literal can't be equal.", true);
          }
          k->elements.push_back(v);
        }
        return canon(std::move(k));
      }
      case ExprKind::MapLiteral: {
        auto* m = static_cast<MapLiteral*>(e);
        auto k = std::make_unique<MapConstant>();
        k->keyType = m->keyType;
        k->valueType = m->valueType;
        k->type = e->type;
        for (auto& entry : m->entries) {
          Constant* key = eval(entry.key);
          Constant* value = key ? eval(entry.value) : nullptr;
          if (!key || !value) return nullptr;
          for (auto& prior : k->entries) {
            if (prior.first == key) return fail(entry.key->loc, "Two keys in a constant map literal can't be equal.", true);
          }
          k->entries.push_back({key, value});
        }
        return canon(std::move(k));
      }
      case ExprKind::ConstructorInvocation: return evalConstructor(static_cast<ConstructorInvocation*>(e));
      case ExprKind::BlockExpr: return evalCollectionBlock(static_cast<BlockExpr*>(e));
      case ExprKind::DynamicInvocation: {
        // An operator on a `dynamic` operand (`x + y` with an untyped constructor parameter).
        auto* d = static_cast<DynamicInvocation*>(e);
        InstanceInvocation call;
        call.loc = d->loc;
        call.receiver = d->receiver;
        call.name = d->name;
        call.arguments = d->arguments;
        return d->arguments->named.empty() && d->arguments->types.empty() ? evalOperator(&call) : notConstant(e->loc);
      }
      case ExprKind::DynamicGet: {
        auto* g = static_cast<DynamicGet*>(e);
        if (g->name != "length") return notConstant(e->loc);
        Constant* k = eval(g->receiver);
        if (!k || k->kind != ConstantKind::String) return k ? notConstant(e->loc) : nullptr;
        return intC(static_cast<int64_t>(static_cast<StringConstant*>(k)->value.size()));
      }
      case ExprKind::Invalid: return nullptr;
      default:
        return notConstant(e->loc);
    }
  }

  // A collection literal with spread and `if` elements, in the form collections.cpp lowers it to:
  //   let t = <leading plain elements> in { t.add(e); if (c) t.add(e); { final s = spread; t.addAll(s); } } => t
  // evaluated into a new constant (`for` elements are never constant).
  struct CollectionBuilder {
    Variable* target = nullptr;
    ConstantKind kind = ConstantKind::List;
    std::vector<Constant*> elements;
    std::vector<std::pair<Constant*, Constant*>> entries;
  };

  Constant* evalCollectionBlock(BlockExpr* be) {
    if (be->value->kind != ExprKind::VariableGet) return notConstant(be->loc);
    CollectionBuilder b;
    b.target = static_cast<VariableGet*>(be->value)->variable;
    auto start = env_.find(b.target);
    if (start == env_.end()) return notConstant(be->loc);
    Constant* initial = start->second;
    b.kind = initial->kind;
    switch (initial->kind) {
      case ConstantKind::List: b.elements = static_cast<ListConstant*>(initial)->elements; break;
      case ConstantKind::Set: b.elements = static_cast<SetConstant*>(initial)->elements; break;
      case ConstantKind::Map: b.entries = static_cast<MapConstant*>(initial)->entries; break;
      default: return notConstant(be->loc);
    }
    if (!runCollectionStatement(be->body, b)) return nullptr;
    if (b.kind == ConstantKind::List) {
      auto k = std::make_unique<ListConstant>();
      k->elementType = static_cast<ListConstant*>(initial)->elementType;
      k->type = initial->type;
      k->elements = std::move(b.elements);
      return canon(std::move(k));
    }
    if (b.kind == ConstantKind::Set) {
      auto k = std::make_unique<SetConstant>();
      k->elementType = static_cast<SetConstant*>(initial)->elementType;
      k->type = initial->type;
      for (Constant* v : b.elements) {
        for (Constant* prior : k->elements) {
          if (prior == v) return fail(be->loc, "Two elements in a constant set literal can't be equal.", true);
        }
        k->elements.push_back(v);
      }
      return canon(std::move(k));
    }
    auto k = std::make_unique<MapConstant>();
    k->keyType = static_cast<MapConstant*>(initial)->keyType;
    k->valueType = static_cast<MapConstant*>(initial)->valueType;
    k->type = initial->type;
    for (auto& entry : b.entries) {
      for (auto& prior : k->entries) {
        if (prior.first == entry.first) return fail(be->loc, "Two keys in a constant map literal can't be equal.", true);
      }
      k->entries.push_back(entry);
    }
    return canon(std::move(k));
  }

  bool runCollectionStatement(Statement* s, CollectionBuilder& b) {
    switch (s->kind) {
      case StmtKind::Block:
        for (Statement* x : static_cast<Block*>(s)->statements) {
          if (!runCollectionStatement(x, b)) return false;
        }
        return true;
      case StmtKind::Empty: return true;
      case StmtKind::VariableDecl: {
        Variable* v = static_cast<VariableDecl*>(s)->variable;
        Constant* k = v->initializer ? eval(v->initializer) : nullptr;
        if (!k) {
          if (!v->initializer) notConstant(s->loc);
          return false;
        }
        env_[v] = k;
        return true;
      }
      case StmtKind::If: {
        auto* i = static_cast<IfStmt*>(s);
        Constant* cond = eval(i->condition);
        if (!cond) return false;
        if (cond->kind != ConstantKind::Bool) {
          notConstant(i->condition->loc);
          return false;
        }
        if (static_cast<BoolConstant*>(cond)->value) return runCollectionStatement(i->thenStmt, b);
        return !i->elseStmt || runCollectionStatement(i->elseStmt, b);
      }
      case StmtKind::ExpressionStmt: {
        Expression* x = static_cast<ExpressionStmt*>(s)->expression;
        if (x->kind != ExprKind::InstanceInvocation) break;
        auto* call = static_cast<InstanceInvocation*>(x);
        bool onTarget = call->receiver->kind == ExprKind::VariableGet &&
                        static_cast<VariableGet*>(call->receiver)->variable == b.target;
        if (!onTarget) break;
        std::vector<Constant*> args;
        for (Expression* a : call->arguments->positional) {
          Constant* k = eval(a);
          if (!k) return false;
          args.push_back(k);
        }
        if (call->name == "add" && args.size() == 1) {
          b.elements.push_back(args[0]);
          return true;
        }
        if (call->name == "[]=" && args.size() == 2) {
          b.entries.push_back({args[0], args[1]});
          return true;
        }
        if (call->name == "addAll" && args.size() == 1) {
          Constant* spread = args[0];
          if (b.kind == ConstantKind::Map) {
            if (spread->kind != ConstantKind::Map) {
              fail(call->loc, "A map is expected in this spread.", true);
              return false;
            }
            for (auto& entry : static_cast<MapConstant*>(spread)->entries) b.entries.push_back(entry);
            return true;
          }
          if (spread->kind == ConstantKind::List) {
            for (Constant* v : static_cast<ListConstant*>(spread)->elements) b.elements.push_back(v);
            return true;
          }
          if (spread->kind == ConstantKind::Set) {
            for (Constant* v : static_cast<SetConstant*>(spread)->elements) b.elements.push_back(v);
            return true;
          }
          fail(call->loc, "A list or a set is expected in this spread.", true);
          return false;
        }
        break;
      }
      default: break;
    }
    // Loops (`for` elements, element-wise checked spreads) and anything else.
    notConstant(s->loc);
    return false;
  }

  // `String.fromEnvironment(name, defaultValue: d)` and friends.
  Constant* evalEnvironment(StaticInvocation* si) {
    if (si->arguments->positional.empty()) return notConstant(si->loc);
    Constant* name = eval(si->arguments->positional[0]);
    if (!name) return nullptr;
    if (name->kind != ConstantKind::String) return notConstant(si->arguments->positional[0]->loc);
    Constant* defaultValue = nullptr;
    for (auto& a : si->arguments->named) {
      if (a.name != "defaultValue") continue;
      defaultValue = eval(a.value);
      if (!defaultValue) return nullptr;
    }
    return c_.environmentConstant(si->target, static_cast<StringConstant*>(name)->value, defaultValue);
  }

  Constant* evalOperator(InstanceInvocation* call) {
    Constant* a = eval(call->receiver);
    if (!a) return nullptr;
    Name op = call->name;
    if (call->arguments->positional.empty()) {
      if (op == "unary-") {
        if (isInt(a)) return intC(static_cast<int64_t>(0ULL - static_cast<uint64_t>(intOf(a))));
        if (isDouble(a)) return doubleC(-numOf(a));
      }
      if (op == "~" && isInt(a)) return intC(~intOf(a));
      return notConstant(call->loc);
    }
    Constant* b = eval(call->arguments->positional[0]);
    if (!b) return nullptr;
    if (a->kind == ConstantKind::String && b->kind == ConstantKind::String && op == "+") {
      return stringC(static_cast<StringConstant*>(a)->value + static_cast<StringConstant*>(b)->value);
    }
    if (a->kind == ConstantKind::Bool && b->kind == ConstantKind::Bool) {
      bool x = static_cast<BoolConstant*>(a)->value, y = static_cast<BoolConstant*>(b)->value;
      if (op == "&") return boolC(x && y);
      if (op == "|") return boolC(x || y);
      if (op == "^") return boolC(x != y);
    }
    if (isInt(a) && isInt(b)) {
      int64_t x = intOf(a), y = intOf(b);
      uint64_t ux = static_cast<uint64_t>(x), uy = static_cast<uint64_t>(y);
      if (op == "+") return intC(static_cast<int64_t>(ux + uy));
      if (op == "-") return intC(static_cast<int64_t>(ux - uy));
      if (op == "*") return intC(static_cast<int64_t>(ux * uy));
      if (op == "~/" || op == "%") {
        // At the expression's start (its left operand), like the analyzer.
        if (y == 0) return fail(call->receiver->loc, "Evaluation of this constant expression throws an IntegerDivisionByZeroException.", true);
        if (op == "~/") return intC(x == INT64_MIN && y == -1 ? INT64_MIN : x / y);
        int64_t r = (x == INT64_MIN && y == -1) ? 0 : x % y;
        if (r < 0) r += y < 0 ? -y : y;
        return intC(r);
      }
      if (op == "/") return doubleC(static_cast<double>(x) / static_cast<double>(y));
      if (op == "&") return intC(x & y);
      if (op == "|") return intC(x | y);
      if (op == "^") return intC(x ^ y);
      if (op == "<<") return intC(y >= 64 || y < 0 ? 0 : static_cast<int64_t>(ux << y));
      if (op == ">>") return intC(y >= 64 || y < 0 ? (x < 0 ? -1 : 0) : (x >> y));
      if (op == ">>>") return intC(y >= 64 || y < 0 ? 0 : static_cast<int64_t>(ux >> y));
      if (op == "<") return boolC(x < y);
      if (op == ">") return boolC(x > y);
      if (op == "<=") return boolC(x <= y);
      if (op == ">=") return boolC(x >= y);
    }
    if (isNum(a) && isNum(b)) {
      double x = numOf(a), y = numOf(b);
      if (op == "+") return doubleC(x + y);
      if (op == "-") return doubleC(x - y);
      if (op == "*") return doubleC(x * y);
      if (op == "/") return doubleC(x / y);
      if (op == "%") {
        double r = std::fmod(x, y);
        if (r == 0) r = 0.0;  // the VM's DartModulo: a zero remainder is +0.0, never -0.0
        else if (r < 0) r += std::fabs(y);
        return doubleC(r);
      }
      if (op == "~/") {
        double q = std::trunc(x / y);
        if (!std::isfinite(q)) return fail(call->loc, "Evaluation of this constant expression throws an UnsupportedError.", true);
        return intC(static_cast<int64_t>(q));
      }
      if (op == "<") return boolC(x < y);
      if (op == ">") return boolC(x > y);
      if (op == "<=") return boolC(x <= y);
      if (op == ">=") return boolC(x >= y);
    }
    return notConstant(call->loc);
  }

  Constant* evalConstructor(ConstructorInvocation* ci) {
    return evalConstructor(ci->target, ci->arguments, ci->constructedType, ci->loc);
  }

  Constant* evalConstructor(Constructor* k, Arguments* args, const InterfaceType* constructedType, SourceLoc loc) {
    if (!k->isConst) return fail(loc, "The constructor being called isn't a const constructor.", true);
    auto result = std::make_unique<InstanceConstant>();
    result->cls = k->enclosingClass;
    result->typeArgs = constructedType->args;
    result->type = constructedType;
    std::unordered_map<Field*, Constant*> values;
    if (!runConstructor(k, args, values, loc)) return nullptr;
    // Every instance field of the class chain, superclasses first.
    std::vector<Class*> chain;
    for (Class* c = k->enclosingClass; c; c = c->superclass()) chain.insert(chain.begin(), c);
    for (Class* c : chain) {
      for (Field* f : c->fields) {
        if (f->isStatic) continue;
        auto it = values.find(f);
        result->fieldValues.push_back({f, it == values.end() ? nullC() : it->second});
      }
    }
    return canon(std::move(result));
  }

  // `C.f(args)` where `const factory C.f(...) = D<T>.g;`: the constant `D<T>.g(args)` is, with
  // C's type arguments for T (the factory passes its parameters on unchanged, so the call's own
  // arguments, and the target's defaults for those it leaves out, are the target's).
  Constant* evalConstFactory(Procedure* factory, Arguments* args, const std::vector<const DartType*>& typeArgs,
                             SourceLoc loc) {
    if (!factory->isConst) return fail(loc, "The constructor being called isn't a const constructor.", true);
    if (depth_ > 100) return nullptr;
    c_.ensureFactoryChecked(factory);
    Expression* redirect = nullptr;
    if (factory->function && factory->function->body && factory->function->body->kind == kernel::StmtKind::Block) {
      auto* block = static_cast<kernel::Block*>(factory->function->body);
      if (block->statements.size() == 1 && block->statements[0]->kind == kernel::StmtKind::Return) {
        redirect = static_cast<kernel::ReturnStmt*>(block->statements[0])->value;
      }
    }
    if (!redirect) return notConstant(loc);
    Substitution s;
    const auto& params = factory->enclosingClass->typeParams;
    for (size_t i = 0; i < params.size() && i < typeArgs.size(); ++i) s[params[i]] = typeArgs[i];
    if (redirect->kind == ExprKind::ConstructorInvocation) {
      auto* ci = static_cast<ConstructorInvocation*>(redirect);
      auto* type = static_cast<const InterfaceType*>(c_.ts.substitute(ci->constructedType, s));
      return evalConstructor(ci->target, args, type, loc);
    }
    if (redirect->kind == ExprKind::StaticInvocation) {
      auto* next = static_cast<StaticInvocation*>(redirect);
      if (!next->target->isFactory()) return notConstant(loc);
      std::vector<const DartType*> nextTypes;
      for (const DartType* t : next->arguments->types) nextTypes.push_back(c_.ts.substitute(t, s));
      ++depth_;
      Constant* result = evalConstFactory(next->target, args, nextTypes, loc);
      --depth_;
      return result;
    }
    return notConstant(loc);
  }

  bool runConstructor(Constructor* k, Arguments* args, std::unordered_map<Field*, Constant*>& values, SourceLoc loc) {
    if (++depth_ > 100) return false;
    c_.ensureBodyChecked(k);  // its initializers are needed now
    FunctionNode* fn = k->function;
    std::unordered_map<Variable*, Constant*> saved = env_;
    // Arguments are evaluated in the caller's environment, then bound to the parameters.
    std::vector<Constant*> positional;
    for (Expression* a : args->positional) {
      Constant* v = eval(a);
      if (!v) return false;
      positional.push_back(v);
    }
    std::vector<std::pair<std::string_view, Constant*>> named;
    for (auto& a : args->named) {
      Constant* v = eval(a.value);
      if (!v) return false;
      named.push_back({a.name, v});
    }
    for (size_t i = 0; i < fn->positional.size(); ++i) {
      Variable* p = fn->positional[i];
      if (i < positional.size()) env_[p] = positional[i];
      else env_[p] = p->initializer ? eval(p->initializer) : nullC();
    }
    for (Variable* p : fn->named) {
      Constant* v = nullptr;
      for (auto& [n, c] : named) {
        if (n == p->name) v = c;
      }
      env_[p] = v ? v : (p->initializer ? eval(p->initializer) : nullC());
    }
    // Field initializers written at the declaration.
    Class* cls = k->enclosingClass;
    for (Field* f : cls->fields) {
      if (f->isStatic || !f->initializer) continue;
      Constant* v = eval(f->initializer);
      if (!v) return false;
      values[f] = v;
    }
    for (Initializer* init : k->initializers) {
      switch (init->kind) {
        case InitializerKind::Field: {
          Constant* v = eval(init->value);
          if (!v) return false;
          values[init->field] = v;
          break;
        }
        case InitializerKind::Super:
        case InitializerKind::Redirecting:
          if (!init->target->isConst) {
            fail(loc, "A constant constructor can't call a non-constant super constructor.", true);
            return false;
          }
          if (!runConstructor(init->target, init->arguments, values, loc)) return false;
          break;
        case InitializerKind::Assert: {
          Constant* v = eval(init->value);
          if (v && v->kind == ConstantKind::Bool && !static_cast<BoolConstant*>(v)->value) {
            fail(loc, "This assertion failed while evaluating a constant.", true);
            return false;
          }
          break;
        }
        case InitializerKind::Local: break;
      }
    }
    env_ = saved;
    --depth_;
    return true;
  }

  Checker& c_;
  ConstantErrors report_;
  bool reported_ = false;
  int depth_ = 0;
  std::unordered_map<Variable*, Constant*> env_;
};

}  // namespace

kernel::Constant* Checker::evaluateConstant(kernel::Expression* expr, bool reportErrors) {
  return evaluateConstant(expr, reportErrors ? ConstantErrors::All : ConstantErrors::None);
}

kernel::Constant* Checker::evaluateConstant(kernel::Expression* expr, ConstantErrors report) {
  if (!expr || expr->type->kind == kernel::TypeKind::Invalid) return nullptr;
  return ConstantEvaluator(*this, report).eval(expr);
}

kernel::Constant* Checker::symbolConstant(std::string_view name) {
  // `#name` is `const Symbol("name")` (dart:core's Symbol keeps the name in `_name`).
  if (!coreLibrary) return nullptr;
  auto it = coreLibrary->declared.find("Symbol");
  if (it == coreLibrary->declared.end() || !it->second.cls) return nullptr;
  Class* symbol = it->second.cls;
  Field* nameField = nullptr;
  for (Field* f : symbol->fields) {
    if (!f->isStatic && f->name == "_name") nameField = f;
  }
  if (!nameField) return nullptr;
  auto text = std::make_unique<kernel::StringConstant>();
  text->value = std::u16string(name.begin(), name.end());
  text->type = core().stringType;
  auto k = std::make_unique<kernel::InstanceConstant>();
  k->cls = symbol;
  k->type = types().interface(symbol);
  k->fieldValues.push_back({nameField, program.constants.canonicalize(std::move(text))});
  return program.constants.canonicalize(std::move(k));
}

kernel::Constant* Checker::constantOfField(Field* field) {
  auto it = fieldConstants.find(field);
  if (it != fieldConstants.end()) return it->second;
  if (evaluatingFields.count(field)) {
    error(field->loc, "Constant evaluation error: '" + std::string(field->name) + "' depends on itself.");
    return nullptr;
  }
  // The field's initializer may not have been checked yet.
  if (field->enclosingClass && field->enclosingClass->isEnum && field->isStatic) {
    ensureEnumValues(field->enclosingClass);
    it = fieldConstants.find(field);
    if (it != fieldConstants.end()) return it->second;
  }
  if (!field->initializer) ensureStaticInitializer(field);
  if (!field->initializer) return nullptr;
  evaluatingFields.insert(field);
  kernel::Constant* k = evaluateConstant(field->initializer, false);
  evaluatingFields.erase(field);
  if (k) fieldConstants[field] = k;
  return k;
}

}  // namespace dartc::sema
