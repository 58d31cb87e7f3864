// Functions: parameter lists (positional, `[optional]`, `{named}`, `this.x`, `super.x`,
// function-typed `int f(int x)`), bodies (`=>`, blocks, `async`/`async*`/`sync*`), metadata, and
// variable declarators shared by locals, fields and top-level variables.
#include "syntax/parser_impl.h"

namespace dartc::syntax {

// After the name: type parameters, parameters and body.
ast::FunctionDecl* Parser::parseFunctionRest(ast::FunctionDecl* fn, BodyContext context) {
  if (at(Tok::Lt)) parseTypeParameters(fn->typeParams);
  if (at(Tok::LParen)) {
    parseFormalParameters(fn->params);
  } else {
    error(fn->loc, "A function declaration needs an explicit list of parameters.");
  }
  parseFunctionBody(fn, context);
  return fn;
}

// At `get` or `set` (after the return type, if any).
ast::FunctionDecl* Parser::parseAccessorRest(ast::FunctionDecl* fn, BodyContext context) {
  bool isGetter = at(Tok::KwGet);
  advance();
  fn->functionKind = isGetter ? ast::FunctionKind::Getter : ast::FunctionKind::Setter;
  fn->name = expectIdentifier(&fn->loc);
  if (isGetter) {
    fn->hasParamList = false;
    if (at(Tok::LParen)) {
      errorAtCurrent("Getters must be declared without a parameter list.");
      parseFormalParameters(fn->params);
    }
  } else if (at(Tok::LParen)) {
    parseFormalParameters(fn->params);
  } else {
    error(fn->loc, "A function declaration needs an explicit list of parameters.");
  }
  parseFunctionBody(fn, context);
  return fn;
}

ast::AsyncKind Parser::parseAsyncModifier() {
  if (at(Tok::KwAsync)) {
    if (peek() == Tok::Star) {
      advance();
      advance();
      return ast::AsyncKind::AsyncStar;
    }
    if (peek() == Tok::Arrow || peek() == Tok::LBrace || peek() == Tok::Semicolon) {
      advance();
      return ast::AsyncKind::Async;
    }
  }
  if (at(Tok::KwSync) && peek() == Tok::Star) {
    advance();
    advance();
    return ast::AsyncKind::SyncStar;
  }
  return ast::AsyncKind::Sync;
}

bool Parser::atFunctionBodyStart() const {
  return at(Tok::Arrow) || at(Tok::LBrace) || at(Tok::KwAsync) ||
         (at(Tok::KwSync) && peek() == Tok::Star);
}

// `=> expr;`, `{ ... }`, or `;` (no body: abstract or external), after an optional async
// modifier. `await` and `yield` mean what the modifier says inside the body.
void Parser::parseFunctionBody(ast::FunctionDecl* fn, BodyContext context) {
  fn->asyncKind = parseAsyncModifier();
  ast::AsyncKind enclosing = asyncKind_;
  asyncKind_ = fn->asyncKind;
  if (at(Tok::Arrow)) {
    if (inGenerator()) errorAtCurrent("'sync*' and 'async*' can't return a value.");
    advance();
    fn->arrowBody = parseExpression();
    if (context != BodyContext::Expression) expectSemicolon();
  } else if (at(Tok::LBrace)) {
    fn->blockBody = parseBlock();
  } else if (at(Tok::Semicolon) && context == BodyContext::Declaration) {
    if (fn->asyncKind != ast::AsyncKind::Sync) {
      errorAtCurrent("Abstract methods can't use 'async', 'async*', or 'sync*'.");
    }
    advance();
  } else {
    errorAtCurrent("Expected a function body, but got '" + describe(pos_) + "'.");
  }
  asyncKind_ = enclosing;
}

void Parser::parseFormalParameters(std::vector<ast::FormalParam*>& out) {
  size_t open = advance();  // `(`
  while (!at(Tok::RParen) && !atEof()) {
    if (at(Tok::LBracket) || at(Tok::LBrace)) {
      bool named = at(Tok::LBrace);
      Tok closer = named ? Tok::RBrace : Tok::RBracket;
      size_t sectionOpen = advance();
      while (!at(closer) && !atEof()) {
        out.push_back(parseFormalParameter(named ? ast::ParamKind::Named
                                                 : ast::ParamKind::OptionalPositional));
        if (!accept(Tok::Comma)) break;
      }
      expectClose(sectionOpen, closer);
      break;
    }
    out.push_back(parseFormalParameter(ast::ParamKind::RequiredPositional));
    if (!accept(Tok::Comma)) break;
  }
  expectClose(open, Tok::RParen);
}

ast::FormalParam* Parser::parseFormalParameter(ast::ParamKind kind) {
  std::vector<ast::Expr*> ignoredMetadata;
  parseMetadata(ignoredMetadata);
  auto* param = make<ast::FormalParam>(here());
  param->kind = kind;
  // A modifier keyword is only a modifier when something follows it: `(required)` is a parameter
  // named `required`.
  auto modifierFollows = [&] {
    Tok next = peek();
    return isIdentifierToken(next) || next == Tok::KwThis || next == Tok::KwSuper ||
           next == Tok::KwFinal || next == Tok::KwVar || next == Tok::KwVoid ||
           next == Tok::LParen;
  };
  while (true) {
    if (at(Tok::KwRequired) && modifierFollows()) {
      param->isRequired = true;
    } else if (at(Tok::KwCovariant) && modifierFollows()) {
      param->modifiers.isCovariant = true;
    } else if (at(Tok::KwFinal)) {
      param->modifiers.isFinal = true;
    } else if (at(Tok::KwVar)) {
      param->modifiers.isVar = true;
    } else if (at(Tok::KwConst)) {
      errorAtCurrent("Can't have modifier 'const' here.");
    } else {
      break;
    }
    advance();
  }
  if (!at(Tok::KwThis) && !at(Tok::KwSuper)) {
    size_t afterType = skipType(pos_);
    Tok next = tok(afterType).kind;
    if (afterType != kNoIndex &&
        (isIdentifierToken(next) || next == Tok::KwThis || next == Tok::KwSuper)) {
      param->type = parseType();
    }
  }
  if (at(Tok::KwThis) || at(Tok::KwSuper)) {
    param->isThisField = at(Tok::KwThis);
    param->isSuperParam = !param->isThisField;
    advance();
    expect(Tok::Period);
  }
  param->name = expectIdentifier(&param->loc);
  if (at(Tok::LParen) || at(Tok::Lt)) {
    // Old-style function-typed parameter: `int compare(T a, T b)`.
    SourceLoc loc = here();
    std::vector<ast::TypeParam*> typeParams;
    if (at(Tok::Lt)) parseTypeParameters(typeParams);
    std::vector<ast::FormalParam*> params;
    if (at(Tok::LParen)) {
      parseFormalParameters(params);
    } else {
      expect(Tok::LParen);
    }
    ast::FunctionTypeNode* type =
        functionTypeFromParams(loc, param->type, std::move(typeParams), params);
    if (accept(Tok::Question)) type->nullable = true;
    param->type = type;
  }
  if (at(Tok::Eq) || (at(Tok::Colon) && kind == ast::ParamKind::Named)) {
    if (kind == ast::ParamKind::RequiredPositional) {
      errorAtCurrent("Non-optional parameters can't have a default value.");
    }
    advance();
    param->defaultValue = parseExpression();
  }
  return param;
}

ast::FunctionTypeNode* Parser::functionTypeFromParams(
    SourceLoc loc, ast::TypeNode* returnType, std::vector<ast::TypeParam*> typeParams,
    const std::vector<ast::FormalParam*>& params) {
  auto* type = make<ast::FunctionTypeNode>(loc);
  type->returnType = returnType;
  type->typeParams = std::move(typeParams);
  for (const ast::FormalParam* param : params) {
    ast::FunctionTypeParam converted;
    converted.loc = param->loc;
    converted.name = param->name;
    converted.type = param->type;
    converted.isRequired = param->isRequired;
    if (param->kind == ast::ParamKind::Named) {
      type->named.push_back(converted);
    } else {
      type->positional.push_back(converted);
      if (param->kind == ast::ParamKind::RequiredPositional) ++type->requiredPositionalCount;
    }
  }
  return type;
}

void Parser::parseVarDeclarators(std::vector<ast::VarDeclarator>& out) {
  while (true) {
    ast::VarDeclarator var;
    var.name = expectIdentifier(&var.loc);
    if (accept(Tok::Eq)) var.init = parseExpression();
    out.push_back(var);
    if (!accept(Tok::Comma)) break;
  }
}

void Parser::parseMetadata(std::vector<ast::Expr*>& out) {
  while (at(Tok::At)) out.push_back(parseAnnotation());
}

// `@name`, `@prefix.name`, `@Class(args)`, `@prefix.Class.named(args)`, `@Class<T>(args)`.
ast::Expr* Parser::parseAnnotation() {
  SourceLoc start = here();
  advance();  // `@`
  if (!atIdentifier()) {
    expectedIdentifier();
    return errorExpr(start);
  }
  ast::Expr* expr = parseIdentifierExpr();
  while (at(Tok::Period) && isIdentifierToken(peek())) {
    advance();
    auto* access = make<ast::PropertyAccessExpr>(here());
    access->target = expr;
    access->nameLoc = here();
    access->name = textOf(advance());
    expr = access;
  }
  std::vector<ast::TypeNode*> typeArgs;
  if (at(Tok::Lt) && looksLikeTypeArguments(pos_)) parseTypeArguments(typeArgs);
  // Arguments must start on the annotation's line: `@override\n(int, int) get pair` is an
  // annotation followed by a record return type.
  if (at(Tok::LParen) && !cur().has(kNewlineBefore)) {
    auto* call = make<ast::MethodCallExpr>(expr->loc);
    if (expr->kind == ast::ExprKind::PropertyAccess) {
      auto* access = static_cast<ast::PropertyAccessExpr*>(expr);
      call->target = access->target;
      call->name = access->name;
      call->nameLoc = access->nameLoc;
    } else {
      call->name = static_cast<ast::IdentifierExpr*>(expr)->name;
      call->nameLoc = expr->loc;
    }
    call->typeArgs = std::move(typeArgs);
    parseArguments(call->args);
    return call;
  }
  return expr;
}

}  // namespace dartc::syntax
