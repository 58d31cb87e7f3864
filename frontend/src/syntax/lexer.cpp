#include "syntax/lexer.h"

#include <cstdio>

#include "syntax/lexer_impl.h"
#include "syntax/unicode.h"

namespace dartc::syntax {

namespace {

constexpr const char* kSeparatorMessage =
    "Digit separators ('_') in a number literal can only be placed between two digits.";

bool isUnicodeSpace(uint32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

std::string codePointName(uint32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", cp);
  return buffer;
}

}  // namespace

std::vector<Token> lex(FileId file, std::string_view text, Diagnostics& diags) {
  return Lexer(file, text, diags).run();
}

Lexer::Lexer(FileId file, std::string_view text, Diagnostics& diags)
    : file_(file), text_(text), diags_(diags) {}

std::vector<Token> Lexer::run() {
  // Binary or mis-encoded input gets one clear error instead of a flood of bogus tokens.
  if (findInvalidUtf8(text_) != kNoOffset) {
    diags_.error({file_, 0}, "The file is not valid UTF-8 text.");
    tokens_.push_back(Token{Tok::EndOfFile, 0, 0, 0, kNoMatch});
    return std::move(tokens_);
  }
  // Typical Dart code has one token per 4-6 bytes; reserving avoids most regrowth.
  tokens_.reserve(text_.size() / 4 + 16);
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // byte order mark
  if (at(pos_) == '#' && at(pos_ + 1) == '!') {     // script tag `#!/usr/bin/env dart`
    while (!atEnd() && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
  }
  while (!stopped_) {
    skipWhitespaceAndComments();
    if (atEnd()) break;
    lexToken();
  }
  finish();
  return std::move(tokens_);
}

void Lexer::error(size_t offset, std::string message) {
  diags_.error({file_, static_cast<uint32_t>(offset)}, std::move(message));
  if (diags_.limitReached()) stopped_ = true;
}

void Lexer::emit(Tok kind, size_t start, size_t end) {
  tokens_.push_back(Token{kind, pendingFlags_, static_cast<uint32_t>(start),
                          static_cast<uint32_t>(end - start), kNoMatch});
  pendingFlags_ = 0;
}

void Lexer::emitPunct(Tok kind, size_t length) {
  emit(kind, pos_, pos_ + length);
  pos_ += length;
}

void Lexer::skipWhitespaceAndComments() {
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == ' ' || c == '\t') {
      ++pos_;
    } else if (c == '\n' || c == '\r') {
      pendingFlags_ |= kNewlineBefore;
      ++pos_;
    } else if (c == '/' && at(pos_ + 1) == '/') {
      size_t end = text_.find_first_of("\n\r", pos_);
      pos_ = end == std::string_view::npos ? text_.size() : end;
    } else if (c == '/' && at(pos_ + 1) == '*') {
      skipBlockComment();
    } else {
      return;
    }
  }
}

void Lexer::skipBlockComment() {
  size_t start = pos_;
  pos_ += 2;
  size_t depth = 1;  // Dart block comments nest
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == '*' && at(pos_ + 1) == '/') {
      pos_ += 2;
      if (--depth == 0) return;
    } else if (c == '/' && at(pos_ + 1) == '*') {
      pos_ += 2;
      ++depth;
    } else {
      if (c == '\n' || c == '\r') pendingFlags_ |= kNewlineBefore;
      ++pos_;
    }
  }
  error(start, "Unterminated multi-line comment.");
}

void Lexer::lexToken() {
  char c = text_[pos_];
  char next = at(pos_ + 1);
  switch (c) {
    case '(': openBracket(Tok::LParen, 1); return;
    case ')': closeBracket(Tok::RParen, Tok::LParen); return;
    case '[': openBracket(Tok::LBracket, 1); return;
    case ']': closeBracket(Tok::RBracket, Tok::LBracket); return;
    case '{': openBracket(Tok::LBrace, 1); return;
    case '}': closeBrace(); return;
    case ';': emitPunct(Tok::Semicolon, 1); return;
    case ':': emitPunct(Tok::Colon, 1); return;
    case ',': emitPunct(Tok::Comma, 1); return;
    case '@': emitPunct(Tok::At, 1); return;
    case '#': emitPunct(Tok::Hash, 1); return;
    case '.':
      if (next == '.') {
        if (at(pos_ + 2) != '.') return emitPunct(Tok::PeriodPeriod, 2);
        if (at(pos_ + 3) == '?') return emitPunct(Tok::EllipsisQuestion, 4);
        return emitPunct(Tok::Ellipsis, 3);
      }
      if (isDigit(next)) return lexNumber();
      return emitPunct(Tok::Period, 1);
    case '?':
      if (next == '.') {
        if (at(pos_ + 2) == '.') return emitPunct(Tok::QuestionPeriodPeriod, 3);
        return emitPunct(Tok::QuestionPeriod, 2);
      }
      if (next == '?') {
        if (at(pos_ + 2) == '=') return emitPunct(Tok::QuestionQuestionEq, 3);
        return emitPunct(Tok::QuestionQuestion, 2);
      }
      return emitPunct(Tok::Question, 1);
    case '=':
      if (next == '=') return emitPunct(Tok::EqEq, 2);
      if (next == '>') return emitPunct(Tok::Arrow, 2);
      return emitPunct(Tok::Eq, 1);
    case '!': return emitPunct(next == '=' ? Tok::BangEq : Tok::Bang, next == '=' ? 2 : 1);
    case '+':
      if (next == '+') return emitPunct(Tok::PlusPlus, 2);
      if (next == '=') return emitPunct(Tok::PlusEq, 2);
      return emitPunct(Tok::Plus, 1);
    case '-':
      if (next == '-') return emitPunct(Tok::MinusMinus, 2);
      if (next == '=') return emitPunct(Tok::MinusEq, 2);
      return emitPunct(Tok::Minus, 1);
    case '*': return emitPunct(next == '=' ? Tok::StarEq : Tok::Star, next == '=' ? 2 : 1);
    case '/': return emitPunct(next == '=' ? Tok::SlashEq : Tok::Slash, next == '=' ? 2 : 1);
    case '%': return emitPunct(next == '=' ? Tok::PercentEq : Tok::Percent, next == '=' ? 2 : 1);
    case '^': return emitPunct(next == '=' ? Tok::CaretEq : Tok::Caret, next == '=' ? 2 : 1);
    case '~':
      if (next == '/') {
        if (at(pos_ + 2) == '=') return emitPunct(Tok::TildeSlashEq, 3);
        return emitPunct(Tok::TildeSlash, 2);
      }
      return emitPunct(Tok::Tilde, 1);
    case '<':
      if (next == '<') {
        if (at(pos_ + 2) == '=') return emitPunct(Tok::LtLtEq, 3);
        return emitPunct(Tok::LtLt, 2);
      }
      if (next == '=') return emitPunct(Tok::LtEq, 2);
      return emitPunct(Tok::Lt, 1);
    case '>':
      emitPunct(Tok::Gt, 1);
      if (next == '>' || next == '=') tokens_.back().flags |= kJoinedNext;
      return;
    case '&':
      if (next == '&') return emitPunct(Tok::AmpAmp, 2);
      if (next == '=') return emitPunct(Tok::AmpEq, 2);
      return emitPunct(Tok::Amp, 1);
    case '|':
      if (next == '|') return emitPunct(Tok::BarBar, 2);
      if (next == '=') return emitPunct(Tok::BarEq, 2);
      return emitPunct(Tok::Bar, 1);
    case '\'':
    case '"': return lexString(pos_, false);
    default: break;
  }
  if (isDigit(c)) return lexNumber();
  if (isIdentifierStart(c)) return lexIdentifierOrKeyword();
  if (static_cast<unsigned char>(c) >= 0x80) return lexNonAscii();
  if (c >= 0x21 && c < 0x7F) {
    error(pos_, std::string("Unexpected character '") + c + "'.");
  } else {
    error(pos_, "Unexpected character " + codePointName(static_cast<unsigned char>(c)) + ".");
  }
  ++pos_;
}

void Lexer::lexIdentifierOrKeyword() {
  size_t start = pos_;
  ++pos_;
  while (pos_ < text_.size() && isIdentifierPart(text_[pos_])) ++pos_;
  if (pos_ - start == 1 && text_[start] == 'r' && (at(pos_) == '\'' || at(pos_) == '"')) {
    pos_ = start;
    return lexString(start, true);
  }
  emit(keywordKind(text_.substr(start, pos_ - start)), start, pos_);
}

void Lexer::lexNonAscii() {
  size_t start = pos_;
  uint32_t cp = decodeUtf8(text_, pos_);
  if (isUnicodeSpace(cp)) {
    error(start, "The non-ASCII space character " + codePointName(cp) +
                     " can only be used in strings and comments.");
  } else {
    error(start, "The non-ASCII character '" + std::string(text_.substr(start, pos_ - start)) +
                     "' (" + codePointName(cp) +
                     ") can't be used in identifiers, only in strings and comments.");
  }
  // One report for a whole run of non-ASCII text (a word in another script, say).
  while (pos_ < text_.size() && static_cast<unsigned char>(text_[pos_]) >= 0x80) ++pos_;
}

size_t Lexer::scanDigits(bool hex) {
  size_t digits = 0;
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (hex ? isHexDigit(c) : isDigit(c)) {
      ++digits;
      ++pos_;
    } else if (c == '_') {
      size_t runStart = pos_;
      while (at(pos_) == '_') ++pos_;
      char after = at(pos_);
      if (digits == 0 || !(hex ? isHexDigit(after) : isDigit(after))) {
        error(runStart, kSeparatorMessage);
      }
    } else {
      break;
    }
  }
  return digits;
}

void Lexer::lexNumber() {
  size_t start = pos_;
  if (text_[pos_] == '0' && (at(pos_ + 1) == 'x' || at(pos_ + 1) == 'X')) {
    pos_ += 2;
    if (scanDigits(true) == 0) error(start, "A hex digit (0-9 or A-F) must follow '0x'.");
    return emit(Tok::IntLiteral, start, pos_);
  }
  bool isDouble = false;
  scanDigits(false);
  if (at(pos_) == '.' && isDigit(at(pos_ + 1))) {
    ++pos_;
    scanDigits(false);
    isDouble = true;
  }
  if (at(pos_) == 'e' || at(pos_) == 'E') {
    size_t exponent = pos_ + 1;
    if (at(exponent) == '+' || at(exponent) == '-') ++exponent;
    if (!isDigit(at(exponent))) {
      error(pos_,
            "Numbers in exponential notation should always contain an exponent (an integer "
            "number with an optional sign).");
    }
    pos_ = exponent;
    scanDigits(false);
    isDouble = true;
  }
  emit(isDouble ? Tok::DoubleLiteral : Tok::IntLiteral, start, pos_);
}

void Lexer::openBracket(Tok kind, size_t length) {
  open_.push_back({static_cast<uint32_t>(tokens_.size()), kind});
  emitPunct(kind, length);
}

// `)` and `]` close the nearest opener of their kind, abandoning unclosed openers in between,
// but never reach past a `{` or `${`: a stray `)` inside a block must not unbalance the code
// around the block.
void Lexer::closeBracket(Tok closer, Tok opener) {
  auto index = static_cast<uint32_t>(tokens_.size());
  emitPunct(closer, 1);
  for (size_t i = open_.size(); i-- > 0;) {
    if (open_[i].kind == opener) {
      tokens_[open_[i].token].match = index;
      tokens_[index].match = open_[i].token;
      open_.resize(i);
      return;
    }
    if (open_[i].kind == Tok::LBrace || open_[i].kind == Tok::InterpStart) return;
  }
}

// `}` closes the nearest `{` or `${`; unclosed `(` and `[` inside are abandoned.
void Lexer::closeBrace() {
  for (size_t i = open_.size(); i-- > 0;) {
    OpenBracket open = open_[i];
    if (open.kind != Tok::LBrace && open.kind != Tok::InterpStart) continue;
    open_.resize(i);
    auto index = static_cast<uint32_t>(tokens_.size());
    emitPunct(open.kind == Tok::LBrace ? Tok::RBrace : Tok::InterpEnd, 1);
    tokens_[open.token].match = index;
    tokens_[index].match = open.token;
    if (open.kind == Tok::InterpStart) {
      scanStringBody(open.quote, open.triple, false, open.stringStart, pos_, false);
    }
    return;
  }
  emitPunct(Tok::RBrace, 1);
}

// At the end of the input, strings still waiting for an interpolation's `}` are closed with
// empty synthetic tokens so the parser sees well-formed literals (the error is already
// reported).
void Lexer::finish() {
  while (!stopped_ && !open_.empty()) {
    OpenBracket open = open_.back();
    open_.pop_back();
    if (open.kind != Tok::InterpStart) continue;
    unterminatedString(open.stringStart);
    auto index = static_cast<uint32_t>(tokens_.size());
    emit(Tok::InterpEnd, text_.size(), text_.size());
    tokens_[open.token].match = index;
    tokens_[index].match = open.token;
    emit(Tok::StringSegment, text_.size(), text_.size());
    tokens_.back().flags |= kLastSegment | kUnterminated;
  }
  emit(Tok::EndOfFile, text_.size(), text_.size());
}

}  // namespace dartc::syntax
