#include "syntax/string_decoder.h"

#include "syntax/unicode.h"

namespace dartc::syntax {

namespace {

// Reads up to `maxDigits` hex digits at source[pos]; returns how many were read.
size_t readHex(std::string_view source, size_t pos, size_t maxDigits, uint32_t& value) {
  size_t count = 0;
  value = 0;
  while (count < maxDigits && pos + count < source.size() && isHexDigit(source[pos + count])) {
    value = value * 16 + hexValue(source[pos + count]);
    ++count;
  }
  return count;
}

// Decodes the escape whose backslash is at source[pos - 1]; advances pos past it.
void decodeEscape(std::string_view source, size_t& pos, std::u16string& out) {
  if (pos >= source.size()) return;
  char c = source[pos];
  switch (c) {
    case 'n': out += u'\n'; ++pos; return;
    case 'r': out += u'\r'; ++pos; return;
    case 't': out += u'\t'; ++pos; return;
    case 'b': out += u'\b'; ++pos; return;
    case 'f': out += u'\f'; ++pos; return;
    case 'v': out += u'\v'; ++pos; return;
    case 'x': {
      uint32_t value;
      size_t digits = readHex(source, pos + 1, 2, value);
      if (digits == 2) {
        out += static_cast<char16_t>(value);
        pos += 3;
      } else {
        out += u'x';
        ++pos;
      }
      return;
    }
    case 'u': {
      uint32_t value;
      if (pos + 1 < source.size() && source[pos + 1] == '{') {
        size_t digits = readHex(source, pos + 2, 6, value);
        size_t close = pos + 2 + digits;
        if (digits > 0 && close < source.size() && source[close] == '}' && value <= 0x10FFFF) {
          appendUtf16(out, value);
          pos = close + 1;
          return;
        }
      } else if (readHex(source, pos + 1, 4, value) == 4) {
        out += static_cast<char16_t>(value);  // may be half of a surrogate pair, as in Dart
        pos += 5;
        return;
      }
      out += u'u';
      ++pos;
      return;
    }
    default:
      // `\$`, `\\`, `\'`, and any other character stand for themselves.
      appendUtf16(out, decodeUtf8(source, pos));
      return;
  }
}

}  // namespace

void decodeStringSegment(std::string_view source, bool isRawString, std::u16string& out) {
  out.reserve(out.size() + source.size());
  size_t pos = 0;
  while (pos < source.size()) {
    auto c = static_cast<unsigned char>(source[pos]);
    if (c == '\\' && !isRawString) {
      ++pos;
      decodeEscape(source, pos, out);
    } else if (c < 0x80) {
      out += static_cast<char16_t>(c);
      ++pos;
    } else {
      appendUtf16(out, decodeUtf8(source, pos));
    }
  }
}

}  // namespace dartc::syntax
