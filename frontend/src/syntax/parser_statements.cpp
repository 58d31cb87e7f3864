// Statements: blocks, local declarations (variables, patterns, functions), control flow, switch
// statements with patterns, try/catch, labels, yield.
#include "syntax/parser_impl.h"

namespace dartc::syntax {

// `what` names the construct for a missing `{` ("A try statement"); empty for function bodies
// and nested blocks, where Dart says "Expected '{' after this.".
ast::Block* Parser::parseBlock(std::string_view what) {
  auto* block = make<ast::Block>(here());
  if (!what.empty() ? !expectBody(what) : !at(Tok::LBrace)) {
    if (what.empty()) expect(Tok::LBrace);
    return block;
  }
  size_t open = advance();
  ScopedFlag notInitializer(inInitializer_, false);
  parseStatementList(block->statements, false);
  block->endLoc = here();
  expectClose(open, Tok::RBrace);
  return block;
}

// Each statement starts with a clean slate: an error in one is reported, the rest of it skipped,
// and the next statement is parsed normally.
void Parser::parseStatementList(std::vector<ast::Stmt*>& out, bool inSwitch) {
  while (!at(Tok::RBrace) && !atEof()) {
    if (inSwitch && atSwitchMemberStart()) break;
    clearPanic();
    size_t before = pos_;
    out.push_back(parseStatement());
    if (panic_) syncStatement();
    if (pos_ == before) advance();
  }
}

ast::Stmt* Parser::parseStatement() {
  DepthGuard guard(*this);
  SourceLoc start = here();
  if (!guard.ok()) return make<ast::ErrorStmt>(start);
  switch (kind()) {
    case Tok::LBrace: return parseBlock();
    case Tok::Semicolon: advance(); return make<ast::EmptyStmt>(start);
    case Tok::KwIf: return parseIf();
    case Tok::KwFor: return parseFor();
    case Tok::KwWhile: return parseWhile();
    case Tok::KwDo: return parseDoWhile();
    case Tok::KwSwitch: return parseSwitchStatement();
    case Tok::KwTry: return parseTry();
    case Tok::KwBreak:
    case Tok::KwContinue: return parseBreakOrContinue();
    case Tok::KwReturn: return parseReturn();
    case Tok::KwAssert: return parseAssert();
    case Tok::KwVar:
    case Tok::KwFinal: return parseLocalDeclaration();
    case Tok::KwConst: {
      bool untyped = isIdentifierToken(peek()) &&
                     (peek(2) == Tok::Eq || peek(2) == Tok::Semicolon || peek(2) == Tok::Comma);
      if (untyped || looksLikeLocalVariable(pos_ + 1)) return parseLocalDeclaration();
      break;  // `const [1, 2].forEach(...)`: an expression
    }
    case Tok::KwLate:
      if (peek() == Tok::KwFinal || peek() == Tok::KwVar || looksLikeLocalVariable(pos_ + 1)) {
        return parseLocalDeclaration();
      }
      break;
    case Tok::KwAwait:
      if (peek() == Tok::KwFor) return parseFor();
      break;
    case Tok::KwYield:
      if (inGenerator() || peek() == Tok::Star ||
          (startsExpression(peek()) && peek() != Tok::LParen && peek() != Tok::LBracket &&
           peek() != Tok::Minus && peek() != Tok::PlusPlus && peek() != Tok::MinusMinus &&
           peek() != Tok::Lt && peek() != Tok::Bang)) {
        return parseYield();
      }
      break;
    default: break;
  }
  if (atIdentifier() && peek() == Tok::Colon) return parseLabeled();
  if (atIdentifier() || at(Tok::KwVoid) || at(Tok::LParen)) {
    if (looksLikeLocalFunction(pos_)) return parseLocalFunction();
    if (looksLikeLocalVariable(pos_)) return parseLocalDeclaration();
  }
  return parseExpressionStatement();
}

ast::Stmt* Parser::parseExpressionStatement() {
  auto* stmt = make<ast::ExprStmt>(here());
  stmt->expr = parseExpression();
  expectSemicolon();
  return stmt;
}

ast::Stmt* Parser::parseLocalDeclaration() {
  if ((at(Tok::KwVar) || at(Tok::KwFinal)) && looksLikePatternDeclaration(pos_)) {
    return parsePatternVariableDeclaration();
  }
  ast::VarDeclStmt* decl = parseVariableDeclarationNoSemicolon();
  expectSemicolon();
  return decl;
}

// `var (a, b) = pair;`, `final [x, ...rest] = list;`
ast::Stmt* Parser::parsePatternVariableDeclaration() {
  auto* decl = make<ast::PatternVarDeclStmt>(here());
  decl->isFinal = at(Tok::KwFinal);
  advance();
  decl->pattern = parsePattern(PatternMode::Declaration);
  if (expect(Tok::Eq)) {
    decl->init = parseExpression();
  } else {
    decl->init = errorExpr(here());
  }
  expectSemicolon();
  return decl;
}

// `[late] (final|const|var)? Type? name (= init)?, ...` without the final `;` (shared with `for`).
ast::VarDeclStmt* Parser::parseVariableDeclarationNoSemicolon() {
  auto* decl = make<ast::VarDeclStmt>(here());
  ast::VarModifiers& modifiers = decl->modifiers;
  if (at(Tok::KwLate) && peek() != Tok::Eq && peek() != Tok::Semicolon) {
    advance();
    modifiers.isLate = true;
  }
  if (accept(Tok::KwFinal)) {
    modifiers.isFinal = true;
  } else if (accept(Tok::KwConst)) {
    modifiers.isConst = true;
  } else if (at(Tok::KwVar)) {
    advance();
    modifiers.isVar = true;
  }
  size_t afterType = skipType(pos_);
  if (afterType != kNoIndex && isIdentifierToken(tok(afterType).kind)) {
    if (modifiers.isVar) {
      errorAtCurrent("Variables can't be declared using both 'var' and a type name.");
    }
    decl->type = parseType();
  } else if (!modifiers.isVar && !modifiers.isFinal && !modifiers.isConst) {
    errorAtCurrent(
        "Variables must be declared using the keywords 'const', 'final', 'var' or a type name.");
  }
  parseVarDeclarators(decl->vars);
  return decl;
}

ast::Stmt* Parser::parseLocalFunction() {
  auto* stmt = make<ast::LocalFunctionStmt>(here());
  auto* fn = make<ast::FunctionDecl>(here());
  size_t afterType = skipType(pos_);
  if (afterType != kNoIndex && isIdentifierToken(tok(afterType).kind)) {
    fn->returnType = parseType();
  }
  fn->name = expectIdentifier(&fn->loc);
  stmt->function = parseFunctionRest(fn, BodyContext::Local);
  return stmt;
}

// `(condition)`, or with `casePattern`: `(expr case pattern when guard)`.
void Parser::parseParenthesizedCondition(ast::Expr*& condition, ast::Pattern** casePattern,
                                         ast::Expr** guard) {
  if (!at(Tok::LParen)) {
    expect(Tok::LParen);
    condition = errorExpr(here());
    return;
  }
  size_t open = advance();
  condition = parseExpression();
  if (casePattern && at(Tok::KwCase)) {
    advance();
    *casePattern = parsePattern(PatternMode::Matching);
    if (accept(Tok::KwWhen)) *guard = parseExpression();
  }
  expectClose(open, Tok::RParen);
}

ast::Stmt* Parser::parseIf() {
  auto* stmt = make<ast::IfStmt>(here());
  advance();
  parseParenthesizedCondition(stmt->condition, &stmt->casePattern, &stmt->guard);
  stmt->thenStmt = parseStatement();
  if (accept(Tok::KwElse)) stmt->elseStmt = parseStatement();
  return stmt;
}

ast::Stmt* Parser::parseFor() {
  auto* stmt = make<ast::ForStmt>(here());
  if (at(Tok::KwAwait)) {
    if (!inAsync()) {
      errorAtCurrent("The asynchronous for-in can only be used in functions marked with 'async' "
                     "or 'async*'.");
    }
    stmt->isAwait = true;
    advance();
  }
  advance();  // `for`
  // Both forms keep StmtKind::For; `parts->isForIn` tells them apart (see ast.h).
  stmt->parts = parseForLoopParts();
  stmt->body = parseStatement();
  return stmt;
}

// `(init; condition; updates)` or `(declaration in iterable)`, shared with collection `for`.
ast::ForLoopParts* Parser::parseForLoopParts() {
  auto* parts = make<ast::ForLoopParts>(here());
  if (!at(Tok::LParen)) {
    expect(Tok::LParen);
    return parts;
  }
  size_t open = advance();
  auto finishForIn = [&] {
    parts->isForIn = true;
    advance();  // `in`
    parts->iterable = parseExpression();
    expectClose(open, Tok::RParen);
    return parts;
  };
  if (at(Tok::Semicolon)) {
    // no initializer
  } else if ((at(Tok::KwVar) || at(Tok::KwFinal)) && looksLikePatternDeclaration(pos_)) {
    parts->patternIsFinal = at(Tok::KwFinal);
    advance();
    parts->loopPattern = parsePattern(PatternMode::Declaration);
    if (at(Tok::KwIn)) return finishForIn();
    if (at(Tok::Eq)) {
      // `for (var (a, b) = e; cond; update)`
      advance();
      parts->initPattern = parts->loopPattern;
      parts->loopPattern = nullptr;
      parts->initPatternValue = parseExpression();
    } else {
      expect(Tok::KwIn);
      parts->isForIn = true;
      expectClose(open, Tok::RParen);
      return parts;
    }
  } else if (at(Tok::KwVar) || at(Tok::KwFinal) || at(Tok::KwConst) ||
             (at(Tok::KwLate) && peek() != Tok::KwIn) || looksLikeLocalVariable(pos_)) {
    ast::VarDeclStmt* decl = parseVariableDeclarationNoSemicolon();
    if (at(Tok::KwIn)) {
      parts->loopVariable = decl;
      return finishForIn();
    }
    parts->initDecl = decl;
  } else {
    ast::Expr* expr = parseExpression();
    if (at(Tok::KwIn)) {
      parts->loopTarget = expr;
      return finishForIn();
    }
    parts->initExprs.push_back(expr);
    while (accept(Tok::Comma)) parts->initExprs.push_back(parseExpression());
  }
  expect(Tok::Semicolon);
  if (!at(Tok::Semicolon)) parts->condition = parseExpression();
  expect(Tok::Semicolon);
  while (!at(Tok::RParen) && !atEof()) {
    parts->updates.push_back(parseExpression());
    if (!accept(Tok::Comma)) break;
  }
  expectClose(open, Tok::RParen);
  return parts;
}

ast::Stmt* Parser::parseWhile() {
  auto* stmt = make<ast::WhileStmt>(here());
  advance();
  parseParenthesizedCondition(stmt->condition, nullptr, nullptr);
  stmt->body = parseStatement();
  return stmt;
}

ast::Stmt* Parser::parseDoWhile() {
  auto* stmt = make<ast::DoWhileStmt>(here());
  advance();
  stmt->body = parseStatement();
  if (!at(Tok::KwWhile)) {
    expect(Tok::KwWhile);
    stmt->condition = errorExpr(here());
    return stmt;
  }
  advance();
  parseParenthesizedCondition(stmt->condition, nullptr, nullptr);
  expectSemicolon();
  return stmt;
}

// `label: label2: case` or `default`: the start of the next switch member.
bool Parser::atSwitchMemberStart() const {
  size_t i = pos_;
  while (isIdentifierToken(tok(i).kind) && tok(i + 1).kind == Tok::Colon) i += 2;
  return tok(i).kind == Tok::KwCase || tok(i).kind == Tok::KwDefault;
}

ast::Stmt* Parser::parseSwitchStatement() {
  auto* stmt = make<ast::SwitchStmt>(here());
  advance();
  parseParenthesizedCondition(stmt->subject, nullptr, nullptr);
  if (!expectBody("A switch statement")) return stmt;
  size_t open = advance();
  while (!at(Tok::RBrace) && !atEof()) {
    clearPanic();
    size_t before = pos_;
    ast::SwitchMember member;
    member.loc = here();
    while (atSwitchMemberStart()) {
      if (atIdentifier()) {
        member.labels.push_back(textOf(advance()));
        advance();  // `:`
      } else if (at(Tok::KwCase)) {
        ast::SwitchCaseHead head;
        head.loc = here();
        advance();
        head.pattern = parsePattern(PatternMode::Matching);
        if (accept(Tok::KwWhen)) head.guard = parseExpression();
        expect(Tok::Colon);
        member.heads.push_back(head);
      } else {
        member.isDefault = true;
        advance();
        expect(Tok::Colon);
      }
      if (panic_) break;
    }
    if (member.heads.empty() && !member.isDefault) errorAtCurrent("Expected to find 'case'.");
    if (panic_) syncStatement();
    parseStatementList(member.body, true);
    stmt->members.push_back(std::move(member));
    if (pos_ == before) advance();
  }
  expectClose(open, Tok::RBrace);
  return stmt;
}

ast::Stmt* Parser::parseTry() {
  auto* stmt = make<ast::TryStmt>(here());
  advance();
  stmt->body = parseBlock("A try statement");
  while (at(Tok::KwOn) || at(Tok::KwCatch)) {
    ast::CatchClause clause;
    clause.loc = here();
    if (accept(Tok::KwOn)) clause.onType = parseType();
    if (accept(Tok::KwCatch)) {
      if (at(Tok::LParen)) {
        size_t open = advance();
        clause.exceptionName = expectIdentifier(&clause.exceptionLoc);
        if (accept(Tok::Comma)) clause.stackTraceName = expectIdentifier(&clause.stackTraceLoc);
        expectClose(open, Tok::RParen);
      } else {
        expect(Tok::LParen);
      }
    }
    clause.body = parseBlock("A catch clause");
    stmt->catches.push_back(clause);
  }
  if (accept(Tok::KwFinally)) stmt->finallyBlock = parseBlock("A finally clause");
  if (stmt->catches.empty() && !stmt->finallyBlock) {
    errorAtCurrent("A try block must be followed by an 'on', 'catch', or 'finally' clause.");
  }
  return stmt;
}

ast::Stmt* Parser::parseBreakOrContinue() {
  SourceLoc start = here();
  bool isBreak = at(Tok::KwBreak);
  advance();
  ast::Name label;
  if (atIdentifier()) label = textOf(advance());
  expectSemicolon();
  if (isBreak) {
    auto* stmt = make<ast::BreakStmt>(start);
    stmt->label = label;
    return stmt;
  }
  auto* stmt = make<ast::ContinueStmt>(start);
  stmt->label = label;
  return stmt;
}

ast::Stmt* Parser::parseReturn() {
  auto* stmt = make<ast::ReturnStmt>(here());
  advance();
  if (!at(Tok::Semicolon)) {
    if (inGenerator()) error(stmt->loc, "'sync*' and 'async*' can't return a value.");
    stmt->value = parseExpression();
  }
  expectSemicolon();
  return stmt;
}

ast::Stmt* Parser::parseAssert() {
  auto* stmt = make<ast::AssertStmt>(here());
  advance();
  if (!at(Tok::LParen)) {
    expect(Tok::LParen);
    stmt->condition = errorExpr(here());
    return stmt;
  }
  size_t open = advance();
  stmt->condition = parseExpression();
  if (accept(Tok::Comma) && !at(Tok::RParen)) {
    stmt->message = parseExpression();
    accept(Tok::Comma);
  }
  expectClose(open, Tok::RParen);
  expectSemicolon();
  return stmt;
}

ast::Stmt* Parser::parseYield() {
  auto* stmt = make<ast::YieldStmt>(here());
  if (!inGenerator()) errorAtCurrent("'yield' can only be used in 'sync*' or 'async*' methods.");
  advance();
  stmt->isStar = accept(Tok::Star);
  stmt->value = parseExpression();
  expectSemicolon();
  return stmt;
}

ast::Stmt* Parser::parseLabeled() {
  auto* stmt = make<ast::LabeledStmt>(here());
  while (atIdentifier() && peek() == Tok::Colon) {
    stmt->labels.push_back(textOf(advance()));
    advance();
  }
  stmt->body = parseStatement();
  return stmt;
}

}  // namespace dartc::syntax
