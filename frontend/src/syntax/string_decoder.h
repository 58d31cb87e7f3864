// Decoding the text of string literal segments into UTF-16 code units (Dart's string model).
// The lexer has already validated escapes and reported malformed ones; decoding is best effort
// and never fails.
#pragma once

#include <string>
#include <string_view>

namespace dartc::syntax {

// Appends the value of one StringSegment's source text: escapes applied unless `isRawString`,
// UTF-8 converted to UTF-16, astral code points as surrogate pairs.
void decodeStringSegment(std::string_view source, bool isRawString, std::u16string& out);

}  // namespace dartc::syntax
