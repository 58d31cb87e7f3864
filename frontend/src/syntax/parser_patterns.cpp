// Dart 3 patterns, by precedence: `||`, `&&`, relational (`< 5`, `== c`), unary suffixes (`as T`,
// `?`, `!`), and primary patterns (constants, variables, `_`, records, lists, maps, objects).
// Also the conversion of a parsed expression into a pattern, for pattern assignments.
#include "syntax/parser_impl.h"

namespace dartc::syntax {

namespace {

// The name a `:pattern` field takes from its variable: `:var x`, `:int x`, `:x?`, `:x as T`.
ast::Name inferredFieldName(const ast::Pattern* pattern) {
  while (pattern) {
    switch (pattern->kind) {
      case ast::PatternKind::Variable:
        return static_cast<const ast::VariablePattern*>(pattern)->name;
      case ast::PatternKind::Cast:
        pattern = static_cast<const ast::CastPattern*>(pattern)->pattern;
        break;
      case ast::PatternKind::NullCheck:
      case ast::PatternKind::NullAssert:
        pattern = static_cast<const ast::UnaryPattern*>(pattern)->pattern;
        break;
      default:
        return {};
    }
  }
  return {};
}

bool isVariableNameAfterType(Tok k) {
  // `case int when ...` and `case T as U` are a constant and a cast, not a variable.
  return isIdentifierToken(k) && k != Tok::KwWhen && k != Tok::KwAs;
}

}  // namespace

ast::Pattern* Parser::constantPattern(ast::Expr* expr) {
  auto* pattern = make<ast::ConstantPattern>(expr->loc);
  pattern->expr = expr;
  return pattern;
}

ast::Pattern* Parser::parsePattern(PatternMode mode) {
  DepthGuard guard(*this);
  if (!guard.ok()) return constantPattern(errorExpr(here()));
  ast::Pattern* left = parseLogicalAndPattern(mode);
  int chained = 0;
  while (at(Tok::BarBar)) {
    ++chained;
    if (++depth_ > kMaxNesting) {
      nestingTooDeep();
      break;
    }
    auto* either = arena_.make<ast::BinaryPattern>(here(), ast::PatternKind::LogicalOr);
    advance();
    either->left = left;
    either->right = parseLogicalAndPattern(mode);
    left = either;
  }
  depth_ -= chained;
  return left;
}

ast::Pattern* Parser::parseLogicalAndPattern(PatternMode mode) {
  ast::Pattern* left = parseRelationalOrUnaryPattern(mode);
  int chained = 0;
  while (at(Tok::AmpAmp)) {
    ++chained;
    if (++depth_ > kMaxNesting) {
      nestingTooDeep();
      break;
    }
    auto* both = arena_.make<ast::BinaryPattern>(here(), ast::PatternKind::LogicalAnd);
    advance();
    both->left = left;
    both->right = parseRelationalOrUnaryPattern(mode);
    left = both;
  }
  depth_ -= chained;
  return left;
}

ast::Pattern* Parser::parseRelationalOrUnaryPattern(PatternMode mode) {
  SourceLoc start = here();
  ast::BinaryOp op = ast::BinaryOp::Eq;
  size_t tokenCount = 1;
  bool relational = true;
  // `<int>[...]` is a typed list pattern, not `< int`.
  bool typedCollection = false;
  if (at(Tok::Lt)) {
    size_t afterArgs = skipTypeArguments(pos_);
    typedCollection = afterArgs != kNoIndex && (tok(afterArgs).kind == Tok::LBracket ||
                                                tok(afterArgs).kind == Tok::LBrace);
  }
  switch (typedCollection ? Tok::EndOfFile : kind()) {
    case Tok::EqEq: op = ast::BinaryOp::Eq; break;
    case Tok::BangEq: op = ast::BinaryOp::Ne; break;
    case Tok::Lt: op = ast::BinaryOp::Lt; break;
    case Tok::LtEq: op = ast::BinaryOp::Le; break;
    case Tok::Gt:
      if (cur().has(kJoinedNext) && peek() == Tok::Eq) {
        op = ast::BinaryOp::Ge;
        tokenCount = 2;
      } else {
        op = ast::BinaryOp::Gt;
      }
      break;
    default: relational = false;
  }
  if (relational) {
    for (size_t i = 0; i < tokenCount; ++i) advance();
    auto* pattern = make<ast::RelationalPattern>(start);
    pattern->op = op;
    pattern->operand = parseBinary(kBitOrPrecedence);
    return pattern;
  }
  ast::Pattern* pattern = parsePrimaryPattern(mode);
  while (true) {
    SourceLoc loc = here();
    if (at(Tok::KwAs)) {
      advance();
      auto* cast = make<ast::CastPattern>(loc);
      cast->pattern = pattern;
      cast->type = parseType();
      pattern = cast;
    } else if (at(Tok::Question) || at(Tok::Bang)) {
      auto kindOf = at(Tok::Question) ? ast::PatternKind::NullCheck : ast::PatternKind::NullAssert;
      advance();
      auto* unary = arena_.make<ast::UnaryPattern>(loc, kindOf);
      unary->pattern = pattern;
      pattern = unary;
    } else {
      return pattern;
    }
  }
}

ast::Pattern* Parser::parsePrimaryPattern(PatternMode mode) {
  SourceLoc start = here();
  switch (kind()) {
    case Tok::KwVar:
    case Tok::KwFinal: return parseVariablePattern(mode);
    case Tok::LParen: {
      // `(int, String) pair`: a variable typed with a record type.
      size_t afterType = skipType(pos_);
      if (afterType != kNoIndex && isVariableNameAfterType(tok(afterType).kind)) {
        return parseIdentifierPattern(mode);
      }
      return parseRecordPattern(mode);
    }
    case Tok::LBracket: return parseListPattern(mode, {});
    case Tok::LBrace: return parseMapPattern(mode, {});
    case Tok::Lt: {
      std::vector<ast::TypeNode*> typeArgs;
      parseTypeArguments(typeArgs);
      if (at(Tok::LBracket)) return parseListPattern(mode, std::move(typeArgs));
      if (at(Tok::LBrace)) return parseMapPattern(mode, std::move(typeArgs));
      errorExpectedAfter("[");
      return constantPattern(errorExpr(start));
    }
    case Tok::KwConst:
      if (peek() == Tok::LParen) {  // `const (1 + 2)`
        advance();
        auto* paren = make<ast::ParenExpr>(here());
        size_t open = advance();
        paren->inner = parseExpression();
        expectClose(open, Tok::RParen);
        return constantPattern(paren);
      }
      return constantPattern(parseConstOrNew());
    case Tok::Minus:
      if (peek() == Tok::IntLiteral || peek() == Tok::DoubleLiteral) {
        advance();
        auto* negative = make<ast::PrefixExpr>(start);
        negative->op = ast::PrefixOp::Negate;
        negative->operand = parseNumber();
        return constantPattern(negative);
      }
      break;
    case Tok::IntLiteral:
    case Tok::DoubleLiteral:
    case Tok::StringSegment:
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNull:
    case Tok::Hash: return constantPattern(parsePrimary());
    case Tok::KwVoid: return parseIdentifierPattern(mode);
    default:
      if (atIdentifier()) return parseIdentifierPattern(mode);
      break;
  }
  expectedIdentifier();
  return constantPattern(errorExpr(start));
}

// `var x`, `final x`, `final int x`, `var _`.
ast::Pattern* Parser::parseVariablePattern(PatternMode mode) {
  SourceLoc start = here();
  bool isFinal = at(Tok::KwFinal);
  advance();
  ast::TypeNode* type = nullptr;
  size_t afterType = skipType(pos_);
  if (afterType != kNoIndex && isVariableNameAfterType(tok(afterType).kind)) type = parseType();
  SourceLoc nameLoc;
  ast::Name name = expectIdentifier(&nameLoc);
  if (name == "_") {
    auto* wildcard = make<ast::WildcardPattern>(start);
    wildcard->type = type;
    return wildcard;
  }
  auto* variable = make<ast::VariablePattern>(start);
  variable->isFinal = isFinal;
  variable->type = type;
  variable->name = name;
  return variable;
}

// A pattern starting with an identifier (or a record type): a typed variable `int x`, a wildcard,
// an object pattern `Point(x: 1)`, a variable (when declaring or assigning), or a constant
// `a` / `Enum.value` / `prefix.Class.constant` (when matching).
ast::Pattern* Parser::parseIdentifierPattern(PatternMode mode) {
  SourceLoc start = here();
  bool isUnderscore = at(Tok::Identifier) && textOf(pos_) == "_";
  if (isUnderscore && peek() != Tok::Period && peek() != Tok::LParen && peek() != Tok::Lt) {
    advance();
    return make<ast::WildcardPattern>(start);
  }
  size_t afterType = skipType(pos_);
  if (afterType != kNoIndex && isVariableNameAfterType(tok(afterType).kind)) {
    ast::TypeNode* type = parseType();
    ast::Name name = textOf(advance());
    if (name == "_") {
      auto* wildcard = make<ast::WildcardPattern>(start);
      wildcard->type = type;
      return wildcard;
    }
    auto* variable = make<ast::VariablePattern>(start);
    variable->type = type;
    variable->name = name;
    return variable;
  }
  if (looksLikeObjectPattern(pos_)) return parseObjectPattern(mode);
  if (!atIdentifier()) {
    expectedIdentifier();
    return constantPattern(errorExpr(start));
  }
  if (mode != PatternMode::Matching && peek() != Tok::Period) {
    auto* variable = make<ast::VariablePattern>(start);
    variable->name = textOf(advance());
    return variable;
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
  return constantPattern(expr);
}

// `(name: pattern)`, `(:pattern)` or `(pattern)`: one field of a record or object pattern.
void Parser::parsePatternFields(std::vector<ast::PatternField>& out, PatternMode mode) {
  while (!at(Tok::RParen) && !atEof()) {
    ast::PatternField field;
    field.loc = here();
    if (at(Tok::Colon)) {
      advance();
      field.pattern = parsePattern(mode);
      field.name = inferredFieldName(field.pattern);
      field.inferredName = true;
      if (field.name.empty()) {
        error(field.loc,
              "The getter name is not specified explicitly, and the pattern is not a variable.");
      }
    } else if (atIdentifier() && peek() == Tok::Colon) {
      field.name = textOf(advance());
      advance();
      field.pattern = parsePattern(mode);
    } else {
      field.pattern = parsePattern(mode);
    }
    out.push_back(field);
    if (!accept(Tok::Comma)) break;
  }
}

// `()`, `(p,)`, `(a, b)`, `(x: p)`, or the parenthesized pattern `(p)`.
ast::Pattern* Parser::parseRecordPattern(PatternMode mode) {
  SourceLoc start = here();
  size_t open = advance();
  auto* record = make<ast::RecordPattern>(start);
  parsePatternFields(record->fields, mode);
  bool trailingComma = tok(pos_ - 1).kind == Tok::Comma;
  expectClose(open, Tok::RParen);
  if (record->fields.size() == 1 && record->fields[0].name.empty() && !trailingComma) {
    auto* paren = arena_.make<ast::UnaryPattern>(start, ast::PatternKind::Paren);
    paren->pattern = record->fields[0].pattern;
    return paren;
  }
  return record;
}

ast::Pattern* Parser::parseObjectPattern(PatternMode mode) {
  auto* object = make<ast::ObjectPattern>(here());
  object->type = parseNamedType();
  size_t open = advance();  // `(`
  parsePatternFields(object->fields, mode);
  for (const ast::PatternField& field : object->fields) {
    if (field.name.empty() && !field.inferredName) {
      error(field.loc, "The object pattern's fields must have names.");
      break;
    }
  }
  expectClose(open, Tok::RParen);
  return object;
}

ast::Pattern* Parser::parseListPattern(PatternMode mode, std::vector<ast::TypeNode*> typeArgs) {
  auto* list = make<ast::ListPattern>(here());
  list->typeArgs = std::move(typeArgs);
  size_t open = advance();
  while (!at(Tok::RBracket) && !atEof()) {
    if (at(Tok::Ellipsis)) {
      auto* rest = make<ast::RestPattern>(here());
      advance();
      if (!at(Tok::Comma) && !at(Tok::RBracket)) rest->pattern = parsePattern(mode);
      list->elements.push_back(rest);
    } else {
      list->elements.push_back(parsePattern(mode));
    }
    if (!accept(Tok::Comma)) break;
  }
  expectClose(open, Tok::RBracket);
  return list;
}

ast::Pattern* Parser::parseMapPattern(PatternMode mode, std::vector<ast::TypeNode*> typeArgs) {
  auto* map = make<ast::MapPattern>(here());
  map->typeArgs = std::move(typeArgs);
  size_t open = advance();
  while (!at(Tok::RBrace) && !atEof()) {
    if (at(Tok::Ellipsis)) {
      errorAtCurrent("A map pattern can't contain a rest pattern.");
      advance();
    } else {
      ast::MapPatternEntry entry;
      entry.loc = here();
      entry.key = parseBinary(kIfNullPrecedence);
      expect(Tok::Colon);
      entry.value = parsePattern(mode);
      map->entries.push_back(entry);
    }
    if (!accept(Tok::Comma)) break;
  }
  expectClose(open, Tok::RBrace);
  return map;
}

// The left side of `(a, b) = (b, a);` parsed as an expression, read again as a pattern in which
// identifiers name the variables being assigned.
ast::Pattern* Parser::expressionToPattern(ast::Expr* expr) {
  switch (expr->kind) {
    case ast::ExprKind::Identifier: {
      auto* identifier = static_cast<ast::IdentifierExpr*>(expr);
      if (identifier->name == "_") return make<ast::WildcardPattern>(expr->loc);
      auto* variable = make<ast::VariablePattern>(expr->loc);
      variable->name = identifier->name;
      return variable;
    }
    case ast::ExprKind::RecordLiteral: {
      auto* literal = static_cast<ast::RecordLiteralExpr*>(expr);
      auto* record = make<ast::RecordPattern>(expr->loc);
      for (ast::Expr* field : literal->positional) {
        record->fields.push_back({field->loc, {}, false, expressionToPattern(field)});
      }
      for (const ast::NamedExpr& field : literal->named) {
        record->fields.push_back({field.loc, field.name, false, expressionToPattern(field.value)});
      }
      return record;
    }
    case ast::ExprKind::ListLiteral: {
      auto* literal = static_cast<ast::ListLiteralExpr*>(expr);
      auto* list = make<ast::ListPattern>(expr->loc);
      list->typeArgs = literal->typeArgs;
      for (ast::Element* element : literal->elements) {
        if (element->kind == ast::ElementKind::Expr) {
          list->elements.push_back(
              expressionToPattern(static_cast<ast::ExprElement*>(element)->expr));
        } else if (element->kind == ast::ElementKind::Spread &&
                   !static_cast<ast::SpreadElement*>(element)->nullAware) {
          auto* rest = make<ast::RestPattern>(element->loc);
          rest->pattern = expressionToPattern(static_cast<ast::SpreadElement*>(element)->expr);
          list->elements.push_back(rest);
        } else {
          error(element->loc, "This element can't be used in a pattern.");
        }
      }
      return list;
    }
    case ast::ExprKind::SetOrMapLiteral: {
      auto* literal = static_cast<ast::SetOrMapLiteralExpr*>(expr);
      auto* map = make<ast::MapPattern>(expr->loc);
      map->typeArgs = literal->typeArgs;
      for (ast::Element* element : literal->elements) {
        if (element->kind != ast::ElementKind::MapEntry) {
          error(element->loc, "This element can't be used in a pattern.");
          continue;
        }
        auto* entry = static_cast<ast::MapEntryElement*>(element);
        map->entries.push_back({entry->loc, entry->key, expressionToPattern(entry->value)});
      }
      return map;
    }
    case ast::ExprKind::Paren: {
      auto* paren = arena_.make<ast::UnaryPattern>(expr->loc, ast::PatternKind::Paren);
      paren->pattern = expressionToPattern(static_cast<ast::ParenExpr*>(expr)->inner);
      return paren;
    }
    case ast::ExprKind::As: {
      auto* as = static_cast<ast::AsExpr*>(expr);
      auto* cast = make<ast::CastPattern>(expr->loc);
      cast->pattern = expressionToPattern(as->operand);
      cast->type = as->type;
      return cast;
    }
    case ast::ExprKind::Postfix: {
      auto* postfix = static_cast<ast::PostfixExpr*>(expr);
      if (postfix->op != ast::PostfixOp::NullAssert) break;
      auto* assertion = arena_.make<ast::UnaryPattern>(expr->loc, ast::PatternKind::NullAssert);
      assertion->pattern = expressionToPattern(postfix->operand);
      return assertion;
    }
    case ast::ExprKind::MethodCall: {
      // `Point(x: a, y: b) = p;`: an object pattern.
      auto* call = static_cast<ast::MethodCallExpr*>(expr);
      bool prefixed = call->target && call->target->kind == ast::ExprKind::Identifier;
      if (call->target && !prefixed) break;
      auto* object = make<ast::ObjectPattern>(expr->loc);
      object->type = make<ast::NamedTypeNode>(call->nameLoc);
      object->type->name = call->name;
      object->type->typeArgs = call->typeArgs;
      if (prefixed) object->type->prefix = static_cast<ast::IdentifierExpr*>(call->target)->name;
      for (const ast::Argument& arg : call->args.args) {
        if (arg.name.empty()) error(arg.loc, "The object pattern's fields must have names.");
        object->fields.push_back({arg.loc, arg.name, false, expressionToPattern(arg.value)});
      }
      return object;
    }
    default:
      break;
  }
  return constantPattern(expr);
}

}  // namespace dartc::syntax
