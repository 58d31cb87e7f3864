// UTF-8 and UTF-16 helpers for the lexer and for decoding string literals. Dart strings are
// sequences of UTF-16 code units; source files are UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dartc::syntax {

inline constexpr size_t kNoOffset = ~size_t{0};

// The offset of the first byte that makes `text` invalid UTF-8 (including overlong forms,
// surrogates, code points beyond U+10FFFF) or is a NUL byte; kNoOffset when the text is valid.
size_t findInvalidUtf8(std::string_view text);

// Decodes the code point starting at text[pos] (which must be valid UTF-8) and advances pos.
uint32_t decodeUtf8(std::string_view text, size_t& pos);

// Appends the code point as UTF-16 code units: astral code points become a surrogate pair.
void appendUtf16(std::u16string& out, uint32_t codePoint);
// Appends UTF-16 text as UTF-8; lone surrogates are encoded as their own three-byte sequence.
void appendUtf8(std::string& out, std::u16string_view text);

inline bool isHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline uint32_t hexValue(char c) {
  if (c <= '9') return static_cast<uint32_t>(c - '0');
  return static_cast<uint32_t>((c | 0x20) - 'a' + 10);
}

}  // namespace dartc::syntax
