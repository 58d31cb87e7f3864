// The lexer: one UTF-8 source file to a flat vector of tokens ending in EndOfFile. It runs once
// over the whole file before parsing, which gives the parser free lookahead and precomputed
// bracket partners (Token::match).
#pragma once

#include <vector>

#include "frontend/diagnostics.h"
#include "syntax/token.h"

namespace dartc::syntax {

// Lexes `text` (the contents of `file`). Errors are reported to `diags`; the result always ends
// with an EndOfFile token. A file that is not valid UTF-8 (or contains NUL bytes) produces a
// single error and no tokens besides EndOfFile.
std::vector<Token> lex(FileId file, std::string_view text, Diagnostics& diags);

}  // namespace dartc::syntax
