// Literals: numbers, strings (decoded to UTF-16, interpolations, adjacent literals merged),
// symbols, and collection literals with their elements (spread, `if`, `for`, map entries).
#include <cstdlib>
#include <string>

#include "syntax/parser_impl.h"
#include "syntax/string_decoder.h"

namespace dartc::syntax {

ast::Expr* Parser::parseNumber() {
  SourceLoc start = here();
  std::string_view text = textOf(pos_);
  if (at(Tok::IntLiteral)) {
    advance();
    auto* literal = make<ast::IntLiteralExpr>(start);
    literal->text = text;
    return literal;
  }
  advance();
  auto* literal = make<ast::DoubleLiteralExpr>(start);
  literal->text = text;
  std::string digits;
  digits.reserve(text.size());
  for (char c : text) {
    if (c != '_') digits += c;
  }
  literal->value = std::strtod(digits.c_str(), nullptr);
  return literal;
}

// One StringLiteralExpr for a run of adjacent literals: `'a' "b$c" '''d'''`. Text between
// interpolations is decoded into one buffer, so adjacent plain parts merge into one StringPart.
ast::Expr* Parser::parseStringLiteral() {
  const Token& first = cur();
  auto* literal =
      make<ast::StringLiteralExpr>({file_, first.match != kNoMatch ? first.match : first.offset});
  std::u16string text;
  auto flushText = [&] {
    if (text.empty()) return;
    ast::StringPart part;
    part.text = arena_.keep16(std::move(text));
    literal->parts.push_back(part);
    text.clear();
  };
  while (at(Tok::StringSegment)) {
    const Token& segment = cur();
    decodeStringSegment(textOf(pos_), segment.has(kRawString), text);
    bool last = segment.has(kLastSegment);
    // The lexer reported the unterminated literal; errors from what follows it are noise.
    if (segment.has(kUnterminated)) panic_ = true;
    advance();
    if (last) continue;  // an adjacent literal may follow
    ast::StringPart part;
    if (at(Tok::InterpIdent)) {
      SourceLoc loc = here();
      std::string_view name = textOf(advance());
      if (name == "this") {
        part.expr = make<ast::ThisExpr>(loc);
      } else {
        auto* identifier = make<ast::IdentifierExpr>(loc);
        identifier->name = name;
        part.expr = identifier;
      }
    } else if (at(Tok::InterpStart)) {
      size_t open = advance();
      part.expr = parseExpression();
      expectClose(open, Tok::InterpEnd);
    } else {
      break;  // cannot happen: the lexer always continues a literal after a segment
    }
    flushText();
    literal->parts.push_back(part);
  }
  flushText();
  return literal;
}

// `#name`, `#a.b.c`, `#void`, and the operators' names: `#+`, `#>>>`, `#[]=` (there is no
// literal for `unary-`: that is `Symbol.unaryMinus`).
ast::Expr* Parser::parseSymbol() {
  auto* symbol = make<ast::SymbolLiteralExpr>(here());
  advance();  // `#`
  size_t first = pos_;
  if (at(Tok::Gt)) {
    // `>`, `>=`, `>>`, `>>>` are joined from single-character tokens.
    BinaryOperator op = binaryOperatorAt(pos_);
    symbol->name = op.op == ast::BinaryOp::UShr ? ">>>" : op.op == ast::BinaryOp::Shr ? ">>"
                   : op.op == ast::BinaryOp::Ge ? ">=" : ">";
    for (size_t i = 0; i < op.tokenCount; ++i) advance();
    return symbol;
  }
  if (at(Tok::LBracket) && peek() == Tok::RBracket) {
    bool isSetter = peek(2) == Tok::Eq;
    symbol->name = isSetter ? "[]=" : "[]";
    for (int i = 0; i < (isSetter ? 3 : 2); ++i) advance();
    return symbol;
  }
  if (atIdentifier() || at(Tok::KwVoid)) {
    advance();
    while (at(Tok::Period) && isIdentifierToken(peek())) {
      advance();
      advance();
    }
  } else if (!tokenSpelling(kind()).empty() && !isReservedWord(kind()) && !at(Tok::EndOfFile)) {
    advance();  // an operator symbol
  } else {
    expectedIdentifier();
    return symbol;
  }
  const Token& last = tok(pos_ - 1);
  symbol->name = source_.substr(tok(first).offset, last.offset + last.length - tok(first).offset);
  return symbol;
}

ast::Expr* Parser::parseListLiteral(bool isConst, std::vector<ast::TypeNode*> typeArgs,
                                    SourceLoc loc) {
  auto* list = make<ast::ListLiteralExpr>(loc);
  list->isConst = isConst;
  list->typeArgs = std::move(typeArgs);
  parseElements(list->elements, Tok::RBracket);
  return list;
}

ast::Expr* Parser::parseSetOrMapLiteral(bool isConst, std::vector<ast::TypeNode*> typeArgs,
                                        SourceLoc loc) {
  auto* literal = make<ast::SetOrMapLiteralExpr>(loc);
  literal->isConst = isConst;
  literal->typeArgs = std::move(typeArgs);
  parseElements(literal->elements, Tok::RBrace);
  return literal;
}

// At `[` or `{`: elements separated by commas, an optional trailing comma, the closer.
void Parser::parseElements(std::vector<ast::Element*>& out, Tok closer) {
  size_t open = advance();
  ScopedFlag notInitializer(inInitializer_, false);
  while (!at(closer) && !atEof()) {
    out.push_back(parseElement());
    if (!accept(Tok::Comma)) break;
  }
  expectClose(open, closer);
}

ast::Element* Parser::parseElement() {
  SourceLoc start = here();
  if (at(Tok::KwIf) || at(Tok::KwFor) || at(Tok::KwAwait)) {
    // `if` and `for` elements nest elements directly; expressions count their own nesting.
    DepthGuard guard(*this);
    if (!guard.ok()) {
      auto* element = make<ast::ExprElement>(start);
      element->expr = errorExpr(start);
      return element;
    }
    if (ast::Element* element = parseControlFlowElement()) return element;
  }
  if (at(Tok::Ellipsis) || at(Tok::EllipsisQuestion)) {
    auto* spread = make<ast::SpreadElement>(start);
    spread->nullAware = at(Tok::EllipsisQuestion);
    advance();
    spread->expr = parseExpression();
    return spread;
  }
  // `?e`, `?k: v`, `k: ?v`: no expression starts with `?`, so it marks a null-aware element.
  bool nullAware = accept(Tok::Question);
  ast::Expr* expr = parseExpression();
  if (at(Tok::Colon)) {
    auto* entry = make<ast::MapEntryElement>(start);
    advance();
    entry->key = expr;
    entry->keyNullAware = nullAware;
    entry->valueNullAware = accept(Tok::Question);
    entry->value = parseExpression();
    return entry;
  }
  auto* element = make<ast::ExprElement>(start);
  element->expr = expr;
  element->nullAware = nullAware;
  return element;
}

// `if (...) element else element`, `for (...) element`, `await for (...) element`; null when
// the current token starts neither (`await x` is an expression).
ast::Element* Parser::parseControlFlowElement() {
  SourceLoc start = here();
  if (at(Tok::KwIf)) {
    auto* element = make<ast::IfElement>(start);
    advance();
    parseParenthesizedCondition(element->condition, &element->casePattern, &element->guard);
    element->thenElement = parseElement();
    if (accept(Tok::KwElse)) element->elseElement = parseElement();
    return element;
  }
  if (at(Tok::KwFor) || (at(Tok::KwAwait) && peek() == Tok::KwFor)) {
    auto* element = make<ast::ForElement>(start);
    element->isAwait = at(Tok::KwAwait);
    if (element->isAwait) {
      if (!inAsync()) {
        errorAtCurrent("The asynchronous for-in can only be used in functions marked with 'async' "
                       "or 'async*'.");
      }
      advance();
    }
    advance();  // `for`
    element->parts = parseForLoopParts();
    element->body = parseElement();
    return element;
  }
  return nullptr;
}

}  // namespace dartc::syntax
