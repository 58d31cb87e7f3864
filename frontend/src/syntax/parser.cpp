// The parser's entry point, token access, error reporting and resynchronization.
#include "syntax/parser.h"

#include <algorithm>

#include "syntax/lexer.h"
#include "syntax/parser_impl.h"

namespace dartc::syntax {

ast::CompilationUnit* parseFile(FileId file, const SourceManager& sources, ast::AstArena& arena,
                                Diagnostics& diags) {
  return Parser(file, sources, arena, diags).parseCompilationUnit();
}

Parser::Parser(FileId file, const SourceManager& sources, ast::AstArena& arena,
               Diagnostics& diags)
    : file_(file), source_(sources.file(file).text()), arena_(arena), diags_(diags) {
  tokens_ = lex(file, source_, diags);
  eof_ = tokens_.size() - 1;
  if (diags_.limitReached()) stopParsing();
}

ast::CompilationUnit* Parser::parseCompilationUnit() {
  auto* unit = make<ast::CompilationUnit>(locOf(0));
  unit->file = file_;
  while (!stopped_ && !atEof()) {
    clearPanic();
    declStart_ = pos_;
    size_t before = pos_;
    parseTopLevel(unit);
    if (stopped_) break;
    if (unwinding_) {
      // A declaration nested too deeply: skip the rest of it and carry on with the next one.
      unwinding_ = false;
      panic_ = false;
      pos_ = std::min(resumeAt_, eof_);
      resumeAt_ = kNoIndex;
      continue;
    }
    if (panic_) syncTopLevel();
    if (pos_ == before) advance();
  }
  return unit;
}

// --- Tokens ----------------------------------------------------------------------------------

size_t Parser::advance() {
  size_t index = pos_;
  if (pos_ < eof_ && !unwinding_) ++pos_;
  return index;
}

bool Parser::accept(Tok k) {
  if (!at(k)) return false;
  advance();
  return true;
}

void Parser::jumpTo(size_t index) {
  if (!unwinding_ && index > pos_) pos_ = std::min(index, eof_);
}

// Where a token starts for diagnostics: a string literal starts at its quote (or `r`), before
// the text of its first segment.
SourceLoc Parser::locOf(size_t index) const {
  const Token& t = tok(index);
  bool literalStart = t.kind == Tok::StringSegment && t.match != kNoMatch;
  return {file_, literalStart ? t.match : t.offset};
}

std::string_view Parser::textOf(size_t index) const {
  const Token& t = tok(index);
  return source_.substr(t.offset, t.length);
}

// The token's text as quoted in messages ("but got 'x'"), shortened when long.
std::string Parser::describe(size_t index) const {
  const Token& t = tok(index);
  std::string text;
  if (t.kind == Tok::StringSegment && t.match != kNoMatch) {
    // Show the literal from its opening quote, as the user wrote it.
    text = source_.substr(t.match, t.offset + t.length + 1 - t.match);
  } else {
    text = textOf(index);
  }
  constexpr size_t kMaxShown = 40;
  if (text.size() > kMaxShown) text = text.substr(0, kMaxShown - 3) + "...";
  return text;
}

// --- Diagnostics -----------------------------------------------------------------------------

void Parser::error(SourceLoc loc, std::string message) {
  if (panic_ || stopped_) return;
  panic_ = true;
  diags_.error(loc, std::move(message));
  if (diags_.limitReached()) stopParsing();
}

void Parser::errorExpectedAfter(std::string_view what) {
  size_t previous = pos_ > 0 ? pos_ - 1 : 0;
  error(locOf(previous), "Expected '" + std::string(what) + "' after this.");
}

void Parser::expectedIdentifier() {
  errorAtCurrent("Expected an identifier, but got '" + describe(pos_) + "'.");
}

bool Parser::expect(Tok k) {
  if (accept(k)) return true;
  std::string_view spelling = tokenSpelling(k);
  if (k == Tok::Semicolon || k == Tok::LParen || k == Tok::LBrace || k == Tok::LBracket) {
    errorExpectedAfter(spelling);
  } else {
    errorAtCurrent("Expected to find '" + std::string(spelling) + "'.");
  }
  return false;
}

void Parser::expectSemicolon() {
  if (!accept(Tok::Semicolon)) errorExpectedAfter(";");
}

// Closes the group opened at `openIndex`. When the parse of the group's contents stopped early
// (after an error), skips to the partner the lexer found, so the code after the group parses
// normally.
void Parser::expectClose(size_t openIndex, Tok closer) {
  if (accept(closer)) return;
  uint32_t match = tok(openIndex).match;
  std::string spelling(tokenSpelling(closer));
  if (match == kNoMatch) {
    error(locOf(openIndex), "Can't find '" + spelling + "' to match '" +
                                std::string(textOf(openIndex)) + "'.");
    return;
  }
  errorAtCurrent("Expected to find '" + spelling + "'.");
  if (match >= pos_) jumpTo(match + 1);
}

// At the `{` of a body; `what` names the construct in the message ("A class declaration").
bool Parser::expectBody(std::string_view what) {
  if (at(Tok::LBrace)) return true;
  size_t previous = pos_ > 0 ? pos_ - 1 : 0;
  error(locOf(previous), std::string(what) + " must have a body, even if it is empty.");
  return false;
}

ast::Name Parser::expectIdentifier(SourceLoc* loc) {
  if (loc) *loc = here();
  if (!atIdentifier()) {
    expectedIdentifier();
    return {};
  }
  return textOf(advance());
}

void Parser::clearPanic() {
  if (!unwinding_) panic_ = false;
}

void Parser::nestingTooDeep() {
  if (unwinding_) return;
  diags_.error(here(), "The file has too many nested expressions or statements.");
  if (diags_.limitReached()) return stopParsing();
  resumeAt_ = std::max(declarationEnd(declStart_), pos_ + 1);
  unwinding_ = true;
  panic_ = true;
  pos_ = eof_;
}

void Parser::stopParsing() {
  stopped_ = unwinding_ = panic_ = true;
  pos_ = eof_;
}

// The index just past the declaration starting at `start`: its `;`, or its body's `}`.
size_t Parser::declarationEnd(size_t start) const {
  size_t i = start;
  while (i < eof_) {
    const Token& t = tokens_[i];
    switch (t.kind) {
      case Tok::Semicolon: return i + 1;
      case Tok::LBrace:
        if (t.match == kNoMatch || t.match < i) return eof_;
        i = t.match + 1;
        if (tok(i).kind == Tok::Semicolon) return i + 1;
        if (tok(i).has(kNewlineBefore)) return i;
        break;
      case Tok::LParen:
      case Tok::LBracket:
      case Tok::InterpStart:
        if (t.match == kNoMatch || t.match < i) return eof_;
        i = t.match + 1;
        break;
      default: ++i;
    }
  }
  return eof_;
}

// --- Resynchronization -------------------------------------------------------------------------
// Each skips the rest of a broken construct. Bracketed groups are skipped whole (the lexer paired
// them), so a mistake inside a nested block never derails the code around it.

void Parser::syncStatement() {
  while (!atEof()) {
    Tok k = kind();
    if (k == Tok::Semicolon) {
      advance();
      return;
    }
    if (k == Tok::RBrace || k == Tok::InterpEnd) return;
    if (k == Tok::LParen || k == Tok::LBracket || k == Tok::LBrace || k == Tok::InterpStart) {
      uint32_t match = cur().match;
      if (match == kNoMatch || match < pos_) {
        advance();
        continue;
      }
      jumpTo(match + 1);
      if (k == Tok::LBrace && (cur().has(kNewlineBefore) || at(Tok::RBrace))) return;
      continue;
    }
    if (k == Tok::KwCase || k == Tok::KwDefault) return;
    if (cur().has(kNewlineBefore) && startsStatement(k)) return;
    advance();
  }
}

void Parser::syncMember() {
  while (!atEof()) {
    Tok k = kind();
    if (k == Tok::Semicolon) {
      advance();
      return;
    }
    if (k == Tok::RBrace) return;
    if (k == Tok::LParen || k == Tok::LBracket || k == Tok::LBrace || k == Tok::InterpStart) {
      uint32_t match = cur().match;
      if (match == kNoMatch || match < pos_) {
        advance();
        continue;
      }
      jumpTo(match + 1);
      if (k == Tok::LBrace) return;  // a member body ended
      continue;
    }
    if (cur().has(kNewlineBefore) &&
        (isIdentifierToken(k) || k == Tok::At || k == Tok::KwVoid || k == Tok::KwFinal ||
         k == Tok::KwConst || k == Tok::KwVar)) {
      return;
    }
    advance();
  }
}

void Parser::syncTopLevel() {
  while (!atEof()) {
    Tok k = kind();
    if (k == Tok::Semicolon) {
      advance();
      return;
    }
    if (k == Tok::LParen || k == Tok::LBracket || k == Tok::LBrace || k == Tok::InterpStart) {
      uint32_t match = cur().match;
      if (match == kNoMatch || match < pos_) {
        advance();
        continue;
      }
      jumpTo(match + 1);
      if (k == Tok::LBrace) return;  // a declaration body ended
      continue;
    }
    if (cur().has(kNewlineBefore) &&
        (isIdentifierToken(k) || k == Tok::At || k == Tok::KwVoid || k == Tok::KwFinal ||
         k == Tok::KwConst || k == Tok::KwVar || k == Tok::KwClass || k == Tok::KwEnum)) {
      return;
    }
    advance();
  }
}

ast::Expr* Parser::errorExpr(SourceLoc loc) { return make<ast::ErrorExpr>(loc); }

ast::TypeNode* Parser::errorType(SourceLoc loc) {
  // `dynamic` keeps later passes quiet: the error has been reported already.
  auto* type = make<ast::NamedTypeNode>(loc);
  type->name = "dynamic";
  return type;
}

}  // namespace dartc::syntax
