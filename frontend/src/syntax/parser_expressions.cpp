// Expressions above the primary level, by Dart precedence: throw, assignment and cascades,
// conditional, binary operators (precedence climbing), prefix operators and await, postfix
// operators and selectors (`.name`, `?.name`, `[i]`, `?[i]`, calls, `!`, type arguments).
#include "syntax/parser_impl.h"

namespace dartc::syntax {

ast::Expr* Parser::parseExpressionImpl(bool allowCascade) {
  DepthGuard guard(*this);
  if (!guard.ok()) return errorExpr(here());
  if (at(Tok::KwThrow)) return parseThrow(allowCascade);
  size_t start = pos_;
  ast::Expr* lhs = parseConditional();
  ast::AssignOp op;
  size_t tokenCount;
  if (assignmentOperatorAt(pos_, op, tokenCount)) {
    auto* assignment = make<ast::AssignmentExpr>(here());
    for (size_t i = 0; i < tokenCount; ++i) advance();
    assignment->op = op;
    assignment->target = lhs;
    switch (lhs->kind) {
      case ast::ExprKind::Identifier:
      case ast::ExprKind::PropertyAccess:
      case ast::ExprKind::Index:
      case ast::ExprKind::Error:
        break;
      case ast::ExprKind::RecordLiteral:
      case ast::ExprKind::ListLiteral:
      case ast::ExprKind::SetOrMapLiteral:
      case ast::ExprKind::Paren:
      case ast::ExprKind::MethodCall:
        // `(a, b) = (b, a);`, `[x, y] = list;`: a pattern assignment.
        if (op == ast::AssignOp::Assign) {
          assignment->pattern = expressionToPattern(lhs);
          break;
        }
        [[fallthrough]];
      default:
        error(locOf(start), "Illegal assignment to non-assignable expression.");
    }
    assignment->value = parseExpressionImpl(allowCascade);  // right-associative
    return assignment;
  }
  if (allowCascade && (at(Tok::PeriodPeriod) || at(Tok::QuestionPeriodPeriod))) {
    return parseCascade(lhs);
  }
  return lhs;
}

ast::Expr* Parser::parseThrow(bool allowCascade) {
  auto* expr = make<ast::ThrowExpr>(here());
  advance();  // `throw`
  expr->operand = parseExpressionImpl(allowCascade);
  return expr;
}

ast::Expr* Parser::parseConditional() {
  ast::Expr* condition = parseBinary(kIfNullPrecedence);
  if (!at(Tok::Question)) return condition;
  auto* conditional = make<ast::ConditionalExpr>(here());
  advance();
  conditional->condition = condition;
  conditional->thenExpr = parseExpressionWithoutCascade();
  expect(Tok::Colon);
  conditional->elseExpr = parseExpressionWithoutCascade();
  return conditional;
}

// Precedence climbing: one loop per level of recursion instead of one function per level. A long
// left-associative chain (`a + b + c + ...`) builds a deep tree, so each link counts towards the
// nesting limit like a nested parenthesis would.
ast::Expr* Parser::parseBinary(int minPrecedence) {
  ast::Expr* left = parseUnary();
  int chained = 0;
  while (true) {
    BinaryOperator op = binaryOperatorAt(pos_);
    if (op.precedence == kNoPrecedence || op.precedence < minPrecedence) break;
    ++chained;
    if (++depth_ > kMaxNesting) {
      nestingTooDeep();
      break;
    }
    SourceLoc opLoc = here();
    if (op.isIs) {
      advance();
      auto* test = make<ast::IsExpr>(opLoc);
      test->operand = left;
      test->negated = accept(Tok::Bang);
      test->type = parseType(/*questionMayBeConditional=*/true);
      left = test;
      continue;
    }
    if (op.isAs) {
      advance();
      auto* cast = make<ast::AsExpr>(opLoc);
      cast->operand = left;
      cast->type = parseType(/*questionMayBeConditional=*/true);
      left = cast;
      continue;
    }
    for (size_t i = 0; i < op.tokenCount; ++i) advance();
    auto* binary = make<ast::BinaryExpr>(opLoc);
    binary->op = op.op;
    binary->opLoc = opLoc;
    binary->left = left;
    binary->right = parseBinary(op.precedence + 1);
    left = binary;
    if (op.precedence == kEqualityPrecedence || op.precedence == kRelationalPrecedence) {
      // `==` and `<` do not associate in Dart: `a < b < c` is an error.
      BinaryOperator next = binaryOperatorAt(pos_);
      if (next.precedence == op.precedence && !next.isIs && !next.isAs) {
        errorAtCurrent(
            "A comparison expression can't be an operand of another comparison expression.");
      }
    }
  }
  depth_ -= chained;
  return left;
}

bool Parser::atAwaitExpression() const {
  if (!at(Tok::KwAwait)) return false;
  if (inAsync()) return true;
  // Outside async functions `await` is an identifier, unless an operand follows it the way it
  // would follow the operator: then it is a misplaced await, reported as such.
  Tok next = peek();
  if (isIdentifierToken(next)) return true;
  switch (next) {
    case Tok::IntLiteral: case Tok::DoubleLiteral: case Tok::StringSegment: case Tok::KwTrue:
    case Tok::KwFalse: case Tok::KwNull: case Tok::KwThis: case Tok::KwSuper: case Tok::KwNew:
    case Tok::KwConst:
      return true;
    default:
      return false;
  }
}

ast::Expr* Parser::parseUnary() {
  SourceLoc start = here();
  ast::PrefixOp op;
  switch (kind()) {
    case Tok::Minus: op = ast::PrefixOp::Negate; break;
    case Tok::Bang: op = ast::PrefixOp::Not; break;
    case Tok::Tilde: op = ast::PrefixOp::BitNot; break;
    case Tok::PlusPlus: op = ast::PrefixOp::Increment; break;
    case Tok::MinusMinus: op = ast::PrefixOp::Decrement; break;
    case Tok::KwAwait: {
      if (!atAwaitExpression()) return parsePostfix();
      DepthGuard guard(*this);  // `await await ...` recurses
      if (!guard.ok()) return errorExpr(start);
      if (!inAsync()) error(start, "'await' can only be used in 'async' or 'async*' methods.");
      advance();
      auto* await = make<ast::AwaitExpr>(start);
      await->operand = parseUnary();
      return await;
    }
    default: return parsePostfix();
  }
  DepthGuard guard(*this);  // `- - - x` recurses
  if (!guard.ok()) return errorExpr(start);
  advance();
  auto* prefix = make<ast::PrefixExpr>(start);
  prefix->op = op;
  prefix->operand = parseUnary();
  return prefix;
}

ast::Expr* Parser::parsePostfix() {
  ast::Expr* expr = parseSelectors(parsePrimary());
  if (at(Tok::PlusPlus) || at(Tok::MinusMinus)) {
    auto* postfix = make<ast::PostfixExpr>(here());
    postfix->op = at(Tok::PlusPlus) ? ast::PostfixOp::Increment : ast::PostfixOp::Decrement;
    postfix->operand = expr;
    advance();
    return postfix;
  }
  return expr;
}

ast::Expr* Parser::parseSelectors(ast::Expr* target) {
  int chained = 0;
  while (true) {
    Tok k = kind();
    bool nullAwareIndex = k == Tok::Question && peek() == Tok::LBracket &&
                          !looksLikeConditional(pos_);
    // `f<int>(x)`, and on any other target too: `(<T>() {...})<int>()`, `fs[0]<int>(x)`.
    bool typeArguments = k == Tok::Lt && looksLikeTypeArguments(pos_);
    if (k != Tok::Period && k != Tok::QuestionPeriod && k != Tok::LBracket && k != Tok::LParen &&
        k != Tok::Bang && !nullAwareIndex && !typeArguments) {
      break;
    }
    ++chained;
    if (++depth_ > kMaxNesting) {
      nestingTooDeep();
      break;
    }
    SourceLoc loc = here();
    if (k == Tok::Period || k == Tok::QuestionPeriod) {
      advance();
      target = parseNamedSelector(target, k == Tok::QuestionPeriod);
    } else if (k == Tok::LBracket || nullAwareIndex) {
      if (nullAwareIndex) advance();
      size_t open = advance();
      auto* index = make<ast::IndexExpr>(loc);
      index->target = target;
      index->nullAware = nullAwareIndex;
      index->index = parseExpression();
      expectClose(open, Tok::RBracket);
      target = index;
    } else if (k == Tok::LParen) {
      if (target->kind == ast::ExprKind::Identifier) {
        auto* call = make<ast::MethodCallExpr>(target->loc);
        call->name = static_cast<ast::IdentifierExpr*>(target)->name;
        call->nameLoc = target->loc;
        parseArguments(call->args);
        target = call;
      } else {
        auto* call = make<ast::FunctionCallExpr>(loc);
        call->callee = target;
        parseArguments(call->args);
        target = call;
      }
    } else if (k == Tok::Bang) {
      advance();
      auto* assertion = make<ast::PostfixExpr>(loc);
      assertion->op = ast::PostfixOp::NullAssert;
      assertion->operand = target;
      target = assertion;
    } else if (target->kind != ast::ExprKind::Identifier) {
      // Type arguments on a value: a generic call of it or its instantiation.
      std::vector<ast::TypeNode*> typeArgs;
      parseTypeArguments(typeArgs);
      if (at(Tok::LParen)) {
        auto* call = make<ast::FunctionCallExpr>(loc);
        call->callee = target;
        call->typeArgs = std::move(typeArgs);
        parseArguments(call->args);
        target = call;
      } else {
        auto* instantiation = make<ast::TypeInstantiationExpr>(loc);
        instantiation->target = target;
        instantiation->typeArgs = std::move(typeArgs);
        target = instantiation;
      }
    } else {
      // `f<int>(x)`, `C<int>.named()`, `f<int>` (instantiation), `List<int>` (type literal).
      auto* name = static_cast<ast::IdentifierExpr*>(target);
      std::vector<ast::TypeNode*> typeArgs;
      parseTypeArguments(typeArgs);
      if (at(Tok::LParen)) {
        auto* call = make<ast::MethodCallExpr>(name->loc);
        call->name = name->name;
        call->nameLoc = name->loc;
        call->typeArgs = std::move(typeArgs);
        parseArguments(call->args);
        target = call;
      } else if (at(Tok::Period) && isIdentifierToken(peek()) && peek(2) == Tok::LParen) {
        auto* creation = make<ast::InstanceCreationExpr>(name->loc);
        creation->type = make<ast::NamedTypeNode>(name->loc);
        creation->type->name = name->name;
        creation->type->typeArgs = std::move(typeArgs);
        advance();
        creation->constructorName = textOf(advance());
        parseArguments(creation->args);
        target = creation;
      } else {
        auto* instantiation = make<ast::TypeInstantiationExpr>(loc);
        instantiation->target = target;
        instantiation->typeArgs = std::move(typeArgs);
        target = instantiation;
      }
    }
  }
  depth_ -= chained;
  return target;
}

// After `.` or `?.`: `name`, `name(args)`, `name<T>(args)`, `prefix.C<T>.named(args)`.
ast::Expr* Parser::parseNamedSelector(ast::Expr* target, bool nullAware) {
  SourceLoc nameLoc = here();
  if (!atIdentifier() && !at(Tok::KwNew)) {  // `C.new` is a constructor tear-off
    expectedIdentifier();
    return target;
  }
  ast::Name name = textOf(advance());
  std::vector<ast::TypeNode*> typeArgs;
  if (at(Tok::Lt) && looksLikeTypeArguments(pos_)) {
    parseTypeArguments(typeArgs);
    if (!at(Tok::LParen)) {
      bool prefixedConstructor = !nullAware && target->kind == ast::ExprKind::Identifier &&
                                 at(Tok::Period) && isIdentifierToken(peek()) &&
                                 peek(2) == Tok::LParen;
      if (prefixedConstructor) {
        auto* creation = make<ast::InstanceCreationExpr>(nameLoc);
        creation->type = make<ast::NamedTypeNode>(target->loc);
        creation->type->prefix = static_cast<ast::IdentifierExpr*>(target)->name;
        creation->type->name = name;
        creation->type->typeArgs = std::move(typeArgs);
        advance();
        creation->constructorName = textOf(advance());
        parseArguments(creation->args);
        return creation;
      }
      auto* access = make<ast::PropertyAccessExpr>(nameLoc);
      access->target = target;
      access->name = name;
      access->nameLoc = nameLoc;
      access->nullAware = nullAware;
      auto* instantiation = make<ast::TypeInstantiationExpr>(nameLoc);
      instantiation->target = access;
      instantiation->typeArgs = std::move(typeArgs);
      return instantiation;
    }
  }
  if (at(Tok::LParen)) {
    auto* call = make<ast::MethodCallExpr>(nameLoc);
    call->target = target;
    call->name = name;
    call->nameLoc = nameLoc;
    call->nullAware = nullAware;
    call->typeArgs = std::move(typeArgs);
    parseArguments(call->args);
    return call;
  }
  auto* access = make<ast::PropertyAccessExpr>(nameLoc);
  access->target = target;
  access->name = name;
  access->nameLoc = nameLoc;
  access->nullAware = nullAware;
  return access;
}

// `target..a = 1..b(2)?..[0]`: each section starts from a CascadeReceiverExpr; an assignment in
// a section takes an expression without cascades, so the next `..` starts a new section.
ast::Expr* Parser::parseCascade(ast::Expr* target) {
  auto* cascade = make<ast::CascadeExpr>(here());
  cascade->target = target;
  cascade->nullAware = at(Tok::QuestionPeriodPeriod);
  while (at(Tok::PeriodPeriod) || at(Tok::QuestionPeriodPeriod)) {
    SourceLoc loc = here();
    advance();
    ast::Expr* receiver = make<ast::CascadeReceiverExpr>(loc);
    ast::Expr* section;
    if (at(Tok::LBracket)) {
      auto* index = make<ast::IndexExpr>(here());
      size_t open = advance();
      index->target = receiver;
      index->index = parseExpression();
      expectClose(open, Tok::RBracket);
      section = index;
    } else {
      section = parseNamedSelector(receiver, false);
    }
    section = parseSelectors(section);
    ast::AssignOp op;
    size_t tokenCount;
    if (assignmentOperatorAt(pos_, op, tokenCount)) {
      auto* assignment = make<ast::AssignmentExpr>(here());
      for (size_t i = 0; i < tokenCount; ++i) advance();
      assignment->op = op;
      assignment->target = section;
      assignment->value = parseExpressionWithoutCascade();
      section = assignment;
    }
    cascade->sections.push_back(section);
  }
  return cascade;
}

}  // namespace dartc::syntax
