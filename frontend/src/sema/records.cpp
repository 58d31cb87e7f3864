// Record literals and record field reads (docs/records.md). A record value is an instance of the
// core library's `_Record` (precompiled_runtime/lib/core/record.dart); the frontend lowers
//   (e1, e2, name: e3)   =>  _makeRecord3(shapeId, e1, e2, e3)    (fields in the shape's order)
//   r.$2 / r.name        =>  unsafeCast<T>(_recordField(r, index))
// so later stages see ordinary calls; only reified record types (is, as, runtimeType, type
// arguments) need the runtime's and codegen's help. Constant records (`const (1, 2)`, a record
// in a constant context) are RecordConstants, built by the constant evaluator from that call. Fields are evaluated in source order: when
// a named field comes before a positional one or the names are not in sorted order, the values
// are bound to temporaries first.
#include <algorithm>

#include "sema/body_checker.h"

namespace dartc::sema {

using kernel::TypeKind;

namespace {

// A record type of the same shape as the literal in the context (`(int, double) r = (1, 2)`),
// whose field types are the fields' contexts.
const kernel::RecordType* contextShape(const DartType* context, size_t positional, const std::vector<ast::NamedExpr>& named) {
  if (!context || context->kind != TypeKind::Record) return nullptr;
  auto* r = static_cast<const kernel::RecordType*>(context);
  if (r->positional.size() != positional || r->named.size() != named.size()) return nullptr;
  for (const ast::NamedExpr& n : named) {
    if (std::none_of(r->named.begin(), r->named.end(), [&](const auto& f) { return f.name == n.name; })) return nullptr;
  }
  return r;
}

const DartType* namedFieldType(const kernel::RecordType* r, Name name) {
  for (const auto& f : r->named) {
    if (f.name == name) return f.type;
  }
  return nullptr;
}

// `$<digits>` without a leading zero: the getter name of positional field <digits>.
bool isPositionalGetterName(Name name) {
  if (name.size() < 2 || name[0] != '$' || name[1] == '0') return false;
  return std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Expression* BodyChecker::checkRecordLiteral(ast::RecordLiteralExpr* e, const DartType* context) {
  if (context) context = ts().resolveToBound(types().nonNullable(context));
  const kernel::RecordType* fieldContexts = contextShape(context, e->positional.size(), e->named);

  // Check the fields in source order (flow analysis and evaluation follow it).
  struct Field {
    ast::Expr* expr;
    SourceLoc loc;
    int positional;  // index, or -1 for a named field
    Name name;
    Expression* value = nullptr;
  };
  std::vector<Field> fields;
  for (size_t i = 0; i < e->positional.size(); ++i) {
    fields.push_back({e->positional[i], e->positional[i]->loc, static_cast<int>(i), {}});
  }
  for (const ast::NamedExpr& n : e->named) fields.push_back({n.value, n.loc, -1, n.name});
  std::sort(fields.begin(), fields.end(), [](const Field& a, const Field& b) { return a.loc.offset < b.loc.offset; });

  bool ok = true;
  std::vector<Name> seen;
  for (Field& f : fields) {
    if (f.positional < 0) {
      std::string name(f.name);
      if (std::find(seen.begin(), seen.end(), f.name) != seen.end()) {
        error(f.loc, "The field name '" + name + "' is already used in this record.");
        ok = false;
      } else if (!name.empty() && name[0] == '_') {
        error(f.loc, "Record field names can't be private.");
        ok = false;
      } else if (isObjectMember(f.name)) {
        error(f.loc, "Record field names can't be the same as a member from 'Object'.");
        ok = false;
      } else if (isPositionalGetterName(f.name) && name.size() < 12 && std::stoull(name.substr(1)) <= e->positional.size()) {
        error(f.loc, "Record field names can't be a dollar sign followed by an integer when the integer is the index of a positional field.");
        ok = false;
      }
      seen.push_back(f.name);
    }
    const DartType* fieldContext = nullptr;
    if (fieldContexts) {
      fieldContext = f.positional >= 0 ? fieldContexts->positional[f.positional] : namedFieldType(fieldContexts, f.name);
    }
    f.value = check(f.expr, fieldContext);
    if (f.value->type->kind == TypeKind::Void) {
      error(f.loc, "This expression has a type of 'void' so its value can't be used.");
      ok = false;
    } else if (fieldContext && f.value->type->isDynamicLike() && !fieldContext->isDynamicLike()) {
      f.value = coerce(f.value, fieldContext, f.loc, AssignContext::Other);
    }
    if (f.value->type->kind == TypeKind::Invalid) ok = false;
  }
  if (e->isConst) {
    // Each field first, so that a non-constant one gets the analyzer's NON_CONSTANT_RECORD_FIELD
    // at its position; an evaluation that throws keeps its own message.
    for (const Field& f : fields) {
      if (!ok) break;
      size_t before = c_.diags.errorCount();
      if (!c_.evaluateConstant(f.value, ConstantErrors::SpecificOnly)) {
        if (c_.diags.errorCount() == before) error(f.value->loc, "The fields in a const record literal must be constants.");
        ok = false;
      }
    }
  }
  if (!ok) return invalid(e->loc);

  std::vector<const DartType*> positionalTypes(e->positional.size());
  std::vector<kernel::NamedParameterType> namedTypes;
  for (const Field& f : fields) {
    if (f.positional >= 0) {
      positionalTypes[f.positional] = f.value->type;
    } else {
      kernel::NamedParameterType n;
      n.name = f.name;
      n.type = f.value->type;
      n.isRequired = false;  // as for record types written in the source (type_resolution.cpp)
      namedTypes.push_back(n);
    }
  }
  const kernel::RecordType* type = types().record(std::move(positionalTypes), std::move(namedTypes));

  // The fields in the shape's order: positional ones, then the named ones sorted by name.
  std::vector<Field*> canonical;
  for (Field& f : fields) canonical.push_back(&f);
  std::sort(canonical.begin(), canonical.end(), [](const Field* a, const Field* b) {
    if ((a->positional < 0) != (b->positional < 0)) return a->positional >= 0;
    if (a->positional >= 0) return a->positional < b->positional;
    return a->name < b->name;
  });
  bool inSourceOrder = true;
  for (size_t i = 0; i < fields.size(); ++i) inSourceOrder &= canonical[i] == &fields[i];

  std::vector<Variable*> temps;
  std::vector<Expression*> values(fields.size());
  if (inSourceOrder) {
    for (size_t i = 0; i < fields.size(); ++i) values[i] = canonical[i]->value;
  } else {
    for (Field& f : fields) {
      // Constants and variables need no temporary, but a temporary is always right.
      temps.push_back(temp(f.value, f.loc));
      f.value = get(temps.back(), f.loc);
    }
    for (size_t i = 0; i < fields.size(); ++i) values[i] = canonical[i]->value;
  }

  uint32_t shape = types().recordShapeId(type);
  static constexpr const char* kMakers[] = {"_makeRecord", "_makeRecord1", "_makeRecord2", "_makeRecord3"};
  bool direct = values.size() >= 1 && values.size() <= 3;
  kernel::Procedure* maker = c_.program.findTopLevelProcedure("dart:core", kMakers[direct ? values.size() : 0]);
  if (!maker) {
    error(e->loc, "Records are not supported by this core library.");
    return invalid(e->loc);
  }
  auto* call = make<kernel::StaticInvocation>(e->loc);
  call->target = maker;
  call->arguments = make<kernel::Arguments>(e->loc);
  auto* shapeArg = make<kernel::IntLiteral>(e->loc);
  shapeArg->value = shape;
  shapeArg->type = c_.core().intType;
  call->arguments->positional.push_back(shapeArg);
  if (direct) {
    for (Expression* v : values) call->arguments->positional.push_back(v);
  } else {
    auto* list = make<kernel::ListLiteral>(e->loc);
    list->elementType = c_.core().objectNullableType;
    list->elements = values;
    list->type = types().interface(c_.core().listClass, {c_.core().objectNullableType});
    call->arguments->positional.push_back(list);
  }
  call->type = type;
  Expression* result = call;
  for (size_t i = temps.size(); i-- > 0;) result = let(temps[i], result);
  if (e->isConst) {
    // `const (1, x: 2)`: evaluated now, as a constant list literal is (collections.cpp); the
    // evaluator turns the _makeRecord* call into a canonical RecordConstant.
    kernel::Constant* value = c_.evaluateConstant(result, true);
    if (!value) return invalid(e->loc);
    auto* ce = make<kernel::ConstantExpr>(e->loc);
    ce->constant = value;
    ce->type = type;
    return ce;
  }
  return result;
}

Expression* BodyChecker::recordFieldGet(Expression* receiver, const kernel::RecordType* record, Name name, SourceLoc loc) {
  int index = -1;
  const DartType* type = nullptr;
  for (size_t i = 0; i < record->named.size(); ++i) {
    if (record->named[i].name == name) {
      index = static_cast<int>(record->positional.size() + i);
      type = record->named[i].type;
    }
  }
  if (index < 0 && isPositionalGetterName(name) && name.size() < 12) {
    uint64_t n = std::stoull(std::string(name.substr(1)));
    if (n >= 1 && n <= record->positional.size()) {
      index = static_cast<int>(n - 1);
      type = record->positional[n - 1];
    }
  }
  if (index < 0) return nullptr;
  kernel::Procedure* field = c_.program.findTopLevelProcedure("dart:core", "_recordField");
  kernel::Procedure* cast = c_.program.findTopLevelProcedure("dart:_internal", "unsafeCast");
  if (!field || !cast) {
    error(loc, "Records are not supported by this core library.");
    return invalid(loc);
  }
  auto* read = make<kernel::StaticInvocation>(loc);
  read->target = field;
  read->arguments = make<kernel::Arguments>(loc);
  read->arguments->positional.push_back(receiver);
  auto* indexArg = make<kernel::IntLiteral>(loc);
  indexArg->value = index;
  indexArg->type = c_.core().intType;
  read->arguments->positional.push_back(indexArg);
  read->type = c_.core().objectNullableType;
  auto* typed = make<kernel::StaticInvocation>(loc);
  typed->target = cast;
  typed->arguments = make<kernel::Arguments>(loc);
  typed->arguments->types.push_back(type);
  typed->arguments->positional.push_back(read);
  typed->type = type;
  return typed;
}

}  // namespace dartc::sema
