// Primary expressions: identifiers, `this`/`super`, parenthesized expressions, records,
// function literals, `new`/`const` creations, switch expressions, and argument lists.
#include "syntax/parser_impl.h"

namespace dartc::syntax {

ast::Expr* Parser::parsePrimary() {
  SourceLoc start = here();
  switch (kind()) {
    case Tok::IntLiteral:
    case Tok::DoubleLiteral: return parseNumber();
    case Tok::StringSegment: return parseStringLiteral();
    case Tok::KwTrue:
    case Tok::KwFalse: {
      auto* literal = make<ast::BoolLiteralExpr>(start);
      literal->value = at(Tok::KwTrue);
      advance();
      return literal;
    }
    case Tok::KwNull: advance(); return make<ast::NullLiteralExpr>(start);
    case Tok::KwThis: advance(); return make<ast::ThisExpr>(start);
    case Tok::KwSuper: advance(); return make<ast::SuperExpr>(start);
    case Tok::Hash: return parseSymbol();
    case Tok::LParen: return parseParenthesized();
    case Tok::LBracket: return parseListLiteral(false, {}, start);
    case Tok::LBrace: return parseSetOrMapLiteral(false, {}, start);
    case Tok::Lt:
      if (isFunctionExpressionAt(pos_)) return parseFunctionExpression();
      return parseTypedLiteral(false, start);
    case Tok::KwConst:
    case Tok::KwNew: return parseConstOrNew();
    case Tok::KwSwitch: return parseSwitchExpression();
    case Tok::KwRethrow: advance(); return make<ast::RethrowExpr>(start);
    case Tok::KwThrow: return parseThrow(false);  // `x ?? throw StateError('...')`
    default: break;
  }
  if (atIdentifier()) return parseIdentifierExpr();
  expectedIdentifier();
  return errorExpr(start);
}

ast::Expr* Parser::parseIdentifierExpr() {
  auto* identifier = make<ast::IdentifierExpr>(here());
  identifier->name = textOf(advance());
  return identifier;
}

// `(e)`, records `()`, `(e,)`, `(a, b)`, `(x: 1, y: 2)`, or a function literal `(a) => a`.
ast::Expr* Parser::parseParenthesized() {
  if (isFunctionExpressionAt(pos_)) return parseFunctionExpression();
  SourceLoc start = here();
  size_t open = advance();
  ScopedFlag notInitializer(inInitializer_, false);
  auto* record = make<ast::RecordLiteralExpr>(start);
  bool sawComma = false;
  while (!at(Tok::RParen) && !atEof()) {
    if (atIdentifier() && peek() == Tok::Colon) {
      ast::NamedExpr field;
      field.loc = here();
      field.name = textOf(advance());
      advance();  // `:`
      field.value = parseExpression();
      record->named.push_back(field);
    } else {
      record->positional.push_back(parseExpression());
    }
    if (!accept(Tok::Comma)) break;
    sawComma = true;
  }
  expectClose(open, Tok::RParen);
  if (!sawComma && record->named.empty() && record->positional.size() == 1) {
    auto* paren = make<ast::ParenExpr>(start);
    paren->inner = record->positional[0];
    return paren;
  }
  return record;
}

ast::Expr* Parser::parseFunctionExpression() {
  auto* fn = make<ast::FunctionDecl>(here());
  if (at(Tok::Lt)) parseTypeParameters(fn->typeParams);
  parseFormalParameters(fn->params);
  parseFunctionBody(fn, BodyContext::Expression);
  auto* expr = make<ast::FunctionExprNode>(fn->loc);
  expr->function = fn;
  return expr;
}

// `new C<T>.named(args)`, `const C(args)`, `const [..]`, `const {..}`, `const <T>[..]`,
// `const (1, 2)`.
ast::Expr* Parser::parseConstOrNew() {
  SourceLoc start = here();
  bool isConst = at(Tok::KwConst);
  advance();
  if (isConst) {
    if (at(Tok::LBracket)) return parseListLiteral(true, {}, start);
    if (at(Tok::LBrace)) return parseSetOrMapLiteral(true, {}, start);
    if (at(Tok::Lt)) return parseTypedLiteral(true, start);
    if (at(Tok::LParen)) {
      ast::Expr* expr = parseParenthesized();
      if (expr->kind == ast::ExprKind::RecordLiteral) {
        static_cast<ast::RecordLiteralExpr*>(expr)->isConst = true;
      }
      return expr;
    }
  }
  auto* creation = make<ast::InstanceCreationExpr>(start);
  creation->keyword = isConst ? ast::InstanceCreationExpr::Keyword::Const
                              : ast::InstanceCreationExpr::Keyword::New;
  parseConstructorReference(creation->type, creation->constructorName);
  parseArguments(creation->args);
  return creation;
}

// `<int>[...]`, `<String, int>{...}` (at `<`).
ast::Expr* Parser::parseTypedLiteral(bool isConst, SourceLoc loc) {
  std::vector<ast::TypeNode*> typeArgs;
  parseTypeArguments(typeArgs);
  if (at(Tok::LBracket)) return parseListLiteral(isConst, std::move(typeArgs), loc);
  if (at(Tok::LBrace)) return parseSetOrMapLiteral(isConst, std::move(typeArgs), loc);
  errorExpectedAfter("[");
  return errorExpr(loc);
}

// `switch (e) { pattern when guard => value, ... }`
ast::Expr* Parser::parseSwitchExpression() {
  auto* expr = make<ast::SwitchExprNode>(here());
  advance();  // `switch`
  if (at(Tok::LParen)) {
    size_t open = advance();
    expr->subject = parseExpression();
    expectClose(open, Tok::RParen);
  } else {
    expect(Tok::LParen);
    expr->subject = errorExpr(here());
  }
  if (!expectBody("A switch expression")) return expr;
  size_t open = advance();
  while (!at(Tok::RBrace) && !atEof()) {
    ast::SwitchExprCase arm;
    arm.loc = here();
    arm.pattern = parsePattern(PatternMode::Matching);
    if (accept(Tok::KwWhen)) arm.guard = parseExpression();
    expect(Tok::Arrow);
    arm.body = parseExpression();
    expr->cases.push_back(arm);
    if (!accept(Tok::Comma)) break;
  }
  expectClose(open, Tok::RBrace);
  return expr;
}

void Parser::parseArguments(ast::ArgumentList& args) {
  args.loc = here();
  if (!at(Tok::LParen)) {
    expect(Tok::LParen);
    return;
  }
  size_t open = advance();
  ScopedFlag notInitializer(inInitializer_, false);
  while (!at(Tok::RParen) && !atEof()) {
    ast::Argument arg;
    arg.loc = here();
    if (atIdentifier() && peek() == Tok::Colon) {
      arg.name = textOf(advance());
      advance();  // `:`
    }
    arg.value = parseExpression();
    args.args.push_back(arg);
    if (!accept(Tok::Comma)) break;
  }
  args.closeLoc = here();
  expectClose(open, Tok::RParen);
}

}  // namespace dartc::syntax
