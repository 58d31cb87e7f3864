// String literals: quotes, raw and multi-line forms, escapes (validated here, decoded by the
// parser through string_decoder.h) and interpolation. A literal becomes StringSegment tokens
// around InterpIdent / InterpStart..InterpEnd runs; the tokens inside `${...}` are lexed by the
// ordinary token loop, and the closing `}` (see Lexer::closeBrace) resumes the string.
#include "syntax/lexer_impl.h"
#include "syntax/unicode.h"

namespace dartc::syntax {

void Lexer::lexString(size_t start, bool raw) {
  size_t quotePos = raw ? start + 1 : start;
  char quote = text_[quotePos];
  bool triple = at(quotePos + 1) == quote && at(quotePos + 2) == quote;
  size_t segStart = quotePos + (triple ? 3 : 1);
  if (triple) segStart = skipFirstLineOfMultiline(segStart);
  scanStringBody(quote, triple, raw, static_cast<uint32_t>(start), segStart, true);
}

// Dart drops the first line of a multi-line string when it holds only spaces and tabs, each
// possibly written with a backslash before it, including its line break (which may be escaped
// too). A backslash pairs with the character after it: `\\` is an escaped backslash, a visible
// character, so `'''\\<newline>x'''` keeps its first line. Raw strings follow the same rule
// (the language specification's "possibly prefixed by \", as the Dart front end reads it).
size_t Lexer::skipFirstLineOfMultiline(size_t pos) const {
  for (size_t p = pos; p < text_.size(); ++p) {
    char c = at(p);
    if (c == '\\') {
      if (p + 1 >= text_.size()) break;
      c = at(++p);
    }
    if (c == ' ' || c == '\t') continue;
    if (c == '\n') return p + 1;
    if (c == '\r') return at(p + 1) == '\n' ? p + 2 : p + 1;
    break;
  }
  return pos;
}

void Lexer::unterminatedString(uint32_t stringStart) {
  if (lastUnterminatedString_ == stringStart) return;
  lastUnterminatedString_ = stringStart;
  error(stringStart, "Unterminated string literal.");
}

// Validates the escape whose backslash is at `backslash`; reports malformed ones. Returns
// whether the character after the backslash may be skipped (false when the escape is cut short
// by the end of the line or file, which then ends the literal).
bool Lexer::checkEscape(size_t backslash, bool triple) {
  size_t p = backslash + 1;
  char c = at(p);
  if (p >= text_.size()) return false;
  if (!triple && (c == '\n' || c == '\r')) return false;
  if (c == 'x') {
    if (!isHexDigit(at(p + 1)) || !isHexDigit(at(p + 2))) {
      error(backslash,
            "An escape sequence starting with '\\x' must be followed by 2 hexadecimal digits.");
    }
  } else if (c == 'u') {
    bool valid;
    if (at(p + 1) == '{') {
      size_t q = p + 2;
      uint32_t value = 0;
      while (isHexDigit(at(q)) && q - (p + 2) < 7) value = value * 16 + hexValue(at(q++));
      size_t digits = q - (p + 2);
      valid = digits >= 1 && digits <= 6 && at(q) == '}';
      if (valid && value > 0x10FFFF) {
        error(backslash, "The escape sequence starting with '\\u' isn't a valid code point.");
        return true;
      }
    } else {
      valid = isHexDigit(at(p + 1)) && isHexDigit(at(p + 2)) && isHexDigit(at(p + 3)) &&
              isHexDigit(at(p + 4));
    }
    if (!valid) {
      error(backslash,
            "An escape sequence starting with '\\u' must be followed by 4 hexadecimal digits or "
            "from 1 to 6 digits between '{' and '}'.");
    }
  }
  return true;
}

void Lexer::scanStringBody(char quote, bool triple, bool raw, uint32_t stringStart,
                           size_t segStart, bool firstSegment) {
  auto emitSegment = [&](size_t end, bool last) {
    emit(Tok::StringSegment, segStart, end);
    Token& segment = tokens_.back();
    segment.flags |= (last ? kLastSegment : 0) | (raw ? kRawString : 0);
    if (last && lastUnterminatedString_ == stringStart) segment.flags |= kUnterminated;
    if (firstSegment) segment.match = stringStart;
    firstSegment = false;
  };
  size_t p = segStart;
  size_t size = text_.size();
  while (true) {
    if (p >= size || stopped_) {
      unterminatedString(stringStart);
      emitSegment(size, true);
      pos_ = size;
      return;
    }
    char c = text_[p];
    if (c == quote) {
      if (!triple) {
        emitSegment(p, true);
        pos_ = p + 1;
        return;
      }
      if (at(p + 1) == quote && at(p + 2) == quote) {
        emitSegment(p, true);
        pos_ = p + 3;
        return;
      }
      ++p;
    } else if (c == '\\' && !raw) {
      p += checkEscape(p, triple) ? 2 : 1;
    } else if (c == '$' && !raw) {
      char next = at(p + 1);
      if (next == '{') {
        emitSegment(p, false);
        open_.push_back({static_cast<uint32_t>(tokens_.size()), Tok::InterpStart, quote, triple,
                         stringStart});
        emit(Tok::InterpStart, p, p + 2);
        pos_ = p + 2;
        return;  // the token loop lexes the expression; closeBrace() resumes this string
      }
      if (isIdentifierStart(next) && next != '$') {
        emitSegment(p, false);
        size_t end = p + 2;
        while (end < size && isIdentifierPart(text_[end]) && text_[end] != '$') ++end;
        emit(Tok::InterpIdent, p + 1, end);
        segStart = p = end;
        continue;
      }
      error(p,
            "A '$' has special meaning inside a string, and must be followed by an identifier or "
            "an expression in curly braces ({}).");
      ++p;
    } else if ((c == '\n' || c == '\r') && !triple) {
      unterminatedString(stringStart);
      emitSegment(p, true);
      pos_ = p;
      return;
    } else {
      ++p;
    }
  }
}

}  // namespace dartc::syntax
