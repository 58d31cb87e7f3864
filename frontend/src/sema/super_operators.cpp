// Operators invoked on `super`: `super + x`, `super == x`, `-super`, `~super`. Each is a direct
// call of the operator the superclass chain (for a mixin declaration: its superclass constraint)
// defines, as a super method call would be.

#include "sema/body_checker.h"

namespace dartc::sema {


kernel::SuperInvocation* BodyChecker::superOperatorCall(Name op, SourceLoc opLoc, SourceLoc loc,
                                                       const FunctionType** signature) {
  Member* m = cls_ ? c_.lookupConcreteMember(cls_, op, LookupKind::Getter, true) : nullptr;
  if (!m || m->memberKind != kernel::MemberKind::Procedure) {
    std::string shown = op == "unary-" ? "-" : std::string(op);
    error(opLoc, "The operator '" + shown + "' isn't defined in a superclass.");
    return nullptr;
  }
  auto* p = static_cast<kernel::Procedure*>(m);
  *signature = c_.methodType(p, cls_->thisType);
  auto* call = make<kernel::SuperInvocation>(loc);
  call->target = p;
  call->arguments = make<kernel::Arguments>(loc);
  call->type = (*signature)->returnType;
  return call;
}

Expression* BodyChecker::superBinaryOperator(Name op, ast::Expr* right, SourceLoc opLoc, SourceLoc loc) {
  const FunctionType* ft = nullptr;
  kernel::SuperInvocation* call = superOperatorCall(op, opLoc, loc, &ft);
  if (!call) {
    check(right, nullptr);
    return invalid(loc);
  }
  if (ft->positional.empty()) {
    error(opLoc, "The operator '" + std::string(op) + "' isn't defined in a superclass.");
    return invalid(loc);
  }
  call->arguments->positional.push_back(checkAssignable(right, ft->positional[0], AssignContext::Argument));
  return call;
}

// The specification's `super == e`: e is evaluated to o; if o is null the result is
// identical(this, o), which is false, and `==` is not called; otherwise it is super.==(o).
// `super != e` is its negation.
Expression* BodyChecker::superEquality(ast::Expr* right, bool negated, SourceLoc opLoc, SourceLoc loc) {
  const FunctionType* ft = nullptr;
  kernel::SuperInvocation* call = superOperatorCall("==", opLoc, loc, &ft);
  Expression* operand = check(right, nullptr);
  if (!call) return invalid(loc);
  if (!ft->positional.empty() && !ts().isAssignable(operand->type, types().nullable(ft->positional[0]))) {
    error(operand->loc, "The argument type '" + operand->type->toString() + "' can't be assigned to the parameter type '" +
                            ft->positional[0]->toString() + "'.");
  }
  Variable* value = temp(operand, loc);
  call->arguments->positional.push_back(get(value, loc));
  auto* isNull = make<kernel::EqualsNull>(loc);
  isNull->operand = get(value, loc);
  isNull->type = boolType();
  auto* falseValue = make<kernel::BoolLiteral>(loc);
  falseValue->type = boolType();
  auto* choice = make<kernel::Conditional>(loc);
  choice->condition = isNull;
  choice->thenExpr = falseValue;
  choice->elseExpr = call;
  choice->type = boolType();
  Expression* result = let(value, choice);
  if (!negated) return result;
  auto* n = make<kernel::Not>(loc);
  n->operand = result;
  n->type = boolType();
  return n;
}

Expression* BodyChecker::superUnaryOperator(Name op, SourceLoc loc) {
  const FunctionType* ft = nullptr;
  kernel::SuperInvocation* call = superOperatorCall(op, loc, loc, &ft);
  if (!call) return invalid(loc);
  return call;
}

}  // namespace dartc::sema
