// The lexer's internal state, shared by lexer.cpp (tokens, numbers, comments, brackets) and
// lexer_strings.cpp (string literals and interpolation).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/diagnostics.h"
#include "syntax/token.h"

namespace dartc::syntax {

class Lexer {
 public:
  Lexer(FileId file, std::string_view text, Diagnostics& diags);
  std::vector<Token> run();

 private:
  // An open bracket awaiting its partner. For `${` it also remembers the enclosing string, so
  // that the `}` closing the interpolation resumes scanning that string.
  struct OpenBracket {
    uint32_t token;
    Tok kind;
    char quote = 0;
    bool triple = false;
    uint32_t stringStart = 0;
  };

  // lexer.cpp
  void lexToken();
  void skipWhitespaceAndComments();
  void skipBlockComment();
  void lexIdentifierOrKeyword();
  void lexNumber();
  size_t scanDigits(bool hex);
  void lexNonAscii();
  void emit(Tok kind, size_t start, size_t end);
  void emitPunct(Tok kind, size_t length);
  void openBracket(Tok kind, size_t length);
  void closeBracket(Tok closer, Tok opener);
  void closeBrace();
  void finish();

  // lexer_strings.cpp
  void lexString(size_t start, bool raw);
  void scanStringBody(char quote, bool triple, bool raw, uint32_t stringStart, size_t segStart,
                      bool firstSegment);
  size_t skipFirstLineOfMultiline(size_t pos) const;
  bool checkEscape(size_t backslash, bool triple);
  void unterminatedString(uint32_t stringStart);

  void error(size_t offset, std::string message);
  char at(size_t i) const { return i < text_.size() ? text_[i] : '\0'; }
  bool atEnd() const { return pos_ >= text_.size(); }

  FileId file_;
  std::string_view text_;
  Diagnostics& diags_;
  size_t pos_ = 0;
  uint8_t pendingFlags_ = 0;
  bool stopped_ = false;  // the error limit was reached: stop producing tokens
  std::vector<Token> tokens_;
  std::vector<OpenBracket> open_;
  uint32_t lastUnterminatedString_ = ~0u;
};

inline bool isIdentifierStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}
inline bool isIdentifierPart(char c) { return isIdentifierStart(c) || (c >= '0' && c <= '9'); }
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace dartc::syntax
