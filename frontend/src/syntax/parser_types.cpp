// Types as written: named types with type arguments, nullable `?`, function types (`R
// Function<T>(A, [B], {C c})`), record types, type parameters with bounds.
#include "syntax/parser_impl.h"

namespace dartc::syntax {

namespace {

bool atFunctionTypeStart(Tok k, Tok next) {
  return k == Tok::KwFunction && (next == Tok::LParen || next == Tok::Lt);
}

}  // namespace

// `questionMayBeConditional`: after `is`/`as`, a `?` may be the nullable marker (`x is int?`)
// or the start of a conditional (`x is int ? a : b`).
ast::TypeNode* Parser::parseType(bool questionMayBeConditional) {
  DepthGuard guard(*this);
  SourceLoc start = here();
  if (!guard.ok()) return errorType(start);
  auto parseNullable = [&](ast::TypeNode* type) {
    if (at(Tok::Question) && (!questionMayBeConditional || !looksLikeConditional(pos_))) {
      advance();
      type->nullable = true;
    }
  };
  ast::TypeNode* type = nullptr;
  if (atFunctionTypeStart(kind(), peek())) {
    // `Function(int)`: a function type whose return type is omitted.
  } else if (at(Tok::KwVoid)) {
    auto* named = make<ast::NamedTypeNode>(start);
    named->name = textOf(advance());
    type = named;
  } else if (at(Tok::LParen)) {
    type = parseRecordType();
    parseNullable(type);
  } else if (atIdentifier()) {
    auto* named = make<ast::NamedTypeNode>(start);
    named->name = textOf(advance());
    if (at(Tok::Period) && isIdentifierToken(peek())) {
      advance();
      named->prefix = named->name;
      named->name = textOf(advance());
    }
    if (at(Tok::Lt)) parseTypeArguments(named->typeArgs);
    type = named;
    parseNullable(type);
  } else {
    errorAtCurrent("Expected a type, but got '" + describe(pos_) + "'.");
    return errorType(start);
  }
  while (atFunctionTypeStart(kind(), peek())) {
    type = parseFunctionTypeRest(type);
    parseNullable(type);
  }
  return type;
}

// For `extends`, `with`, `implements`, `on` clauses, constructor references and object patterns.
ast::NamedTypeNode* Parser::parseNamedType() {
  auto* type = make<ast::NamedTypeNode>(here());
  if (!atIdentifier()) {
    errorAtCurrent("Expected a type, but got '" + describe(pos_) + "'.");
    type->name = "dynamic";
    return type;
  }
  type->name = textOf(advance());
  if (at(Tok::Period) && isIdentifierToken(peek())) {
    advance();
    type->prefix = type->name;
    type->name = textOf(advance());
  }
  if (at(Tok::Lt)) parseTypeArguments(type->typeArgs);
  return type;
}

// At `Function`, after the return type (null when omitted).
ast::TypeNode* Parser::parseFunctionTypeRest(ast::TypeNode* returnType) {
  auto* fn = make<ast::FunctionTypeNode>(here());
  advance();  // `Function`
  fn->returnType = returnType;
  if (at(Tok::Lt)) parseTypeParameters(fn->typeParams);
  if (at(Tok::LParen)) {
    parseFunctionTypeParameters(fn);
  } else {
    expect(Tok::LParen);
  }
  return fn;
}

// `(int, String name, [double d], {required bool flag})`: in a function type, a lone identifier
// is a parameter type, not a parameter name.
void Parser::parseFunctionTypeParameters(ast::FunctionTypeNode* fn) {
  auto parseOne = [&](bool named) {
    std::vector<ast::Expr*> ignoredMetadata;
    parseMetadata(ignoredMetadata);
    ast::FunctionTypeParam param;
    param.loc = here();
    if (named && at(Tok::KwRequired) && peek() != Tok::Comma && peek() != Tok::RBrace) {
      advance();
      param.isRequired = true;
    }
    if (at(Tok::KwCovariant) && isIdentifierToken(peek())) advance();
    param.type = parseType();
    if (atIdentifier()) {
      param.loc = here();
      param.name = textOf(advance());
    } else if (named) {
      expectedIdentifier();
    }
    return param;
  };
  size_t open = advance();
  while (!at(Tok::RParen) && !atEof()) {
    if (at(Tok::LBracket) || at(Tok::LBrace)) {
      bool named = at(Tok::LBrace);
      Tok closer = named ? Tok::RBrace : Tok::RBracket;
      size_t sectionOpen = advance();
      while (!at(closer) && !atEof()) {
        ast::FunctionTypeParam param = parseOne(named);
        (named ? fn->named : fn->positional).push_back(param);
        if (!accept(Tok::Comma)) break;
      }
      expectClose(sectionOpen, closer);
      accept(Tok::Comma);
      break;
    }
    fn->positional.push_back(parseOne(false));
    ++fn->requiredPositionalCount;
    if (!accept(Tok::Comma)) break;
  }
  expectClose(open, Tok::RParen);
}

// `(int, String)`, `(int a, {String name})`, `()`.
ast::RecordTypeNode* Parser::parseRecordType() {
  auto* record = make<ast::RecordTypeNode>(here());
  size_t open = advance();
  std::vector<ast::Expr*> ignoredMetadata;
  while (!at(Tok::RParen) && !atEof()) {
    if (at(Tok::LBrace)) {
      size_t braceOpen = advance();
      while (!at(Tok::RBrace) && !atEof()) {
        parseMetadata(ignoredMetadata);
        ast::FunctionTypeParam field;
        field.loc = here();
        field.type = parseType();
        field.name = expectIdentifier(&field.loc);
        record->named.push_back(field);
        if (!accept(Tok::Comma)) break;
      }
      expectClose(braceOpen, Tok::RBrace);
      break;
    }
    parseMetadata(ignoredMetadata);
    ast::FunctionTypeParam field;
    field.loc = here();
    field.type = parseType();
    if (atIdentifier()) {
      field.loc = here();
      field.name = textOf(advance());
    }
    record->positional.push_back(field);
    if (!accept(Tok::Comma)) break;
  }
  expectClose(open, Tok::RParen);
  return record;
}

// `<int, List<String>>`: at `<`. Each `>` is its own token (see token.h).
void Parser::parseTypeArguments(std::vector<ast::TypeNode*>& out) {
  advance();  // `<`
  while (true) {
    out.push_back(parseType());
    if (!accept(Tok::Comma)) break;
  }
  if (!accept(Tok::Gt)) errorAtCurrent("Expected to find '>'.");
}

// `<T extends Comparable<T>, U>`: at `<`.
void Parser::parseTypeParameters(std::vector<ast::TypeParam*>& out) {
  advance();  // `<`
  std::vector<ast::Expr*> ignoredMetadata;
  while (true) {
    parseMetadata(ignoredMetadata);
    auto* param = make<ast::TypeParam>(here());
    param->name = expectIdentifier(&param->loc);
    if (accept(Tok::KwExtends)) param->bound = parseType();
    out.push_back(param);
    if (!accept(Tok::Comma)) break;
  }
  if (!accept(Tok::Gt)) errorAtCurrent("Expected to find '>'.");
}

}  // namespace dartc::syntax
