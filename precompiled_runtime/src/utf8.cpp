// UTF-16 <-> UTF-8: printing encodes, argv and natives that read bytes decode.
#include "heap.h"
#include "dart_string.h"

namespace dartrt {

namespace {

constexpr uint32_t kReplacement = 0xFFFD;

inline bool is_high_surrogate(uint32_t u) { return (u & 0xFC00) == 0xD800; }
inline bool is_low_surrogate(uint32_t u) { return (u & 0xFC00) == 0xDC00; }

inline uint8_t* put_code_point(uint8_t* out, uint32_t c) {
  if (c < 0x80) {
    *out++ = (uint8_t)c;
  } else if (c < 0x800) {
    *out++ = (uint8_t)(0xC0 | (c >> 6));
    *out++ = (uint8_t)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out++ = (uint8_t)(0xE0 | (c >> 12));
    *out++ = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    *out++ = (uint8_t)(0x80 | (c & 0x3F));
  } else {
    *out++ = (uint8_t)(0xF0 | (c >> 18));
    *out++ = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    *out++ = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    *out++ = (uint8_t)(0x80 | (c & 0x3F));
  }
  return out;
}

// Decodes one code point at bytes[*i] (advancing *i), following the Unicode "maximal subpart"
// practice: an invalid or truncated sequence yields U+FFFD and resumes at the first byte that
// cannot continue it.
uint32_t next_code_point(const uint8_t* bytes, size_t length, size_t* i) {
  uint32_t b0 = bytes[(*i)++];
  if (b0 < 0x80) return b0;
  uint32_t needed, c, lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    needed = 1;
    c = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    needed = 2;
    c = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;       // overlong
    if (b0 == 0xED) hi = 0x9F;       // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    needed = 3;
    c = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;       // overlong
    if (b0 == 0xF4) hi = 0x8F;       // above U+10FFFF
  } else {
    return kReplacement;
  }
  for (uint32_t k = 0; k < needed; ++k) {
    if (*i >= length) return kReplacement;
    uint32_t b = bytes[*i];
    if (b < lo || b > hi) return kReplacement;
    lo = 0x80;
    hi = 0xBF;
    c = (c << 6) | (b & 0x3F);
    ++*i;
  }
  return c;
}

}  // namespace

size_t utf8_max_length(const StrView& view) { return view.one ? view.length * 2 : view.length * 3; }

size_t utf8_encode(const StrView& view, size_t from, size_t to, uint8_t* out) {
  uint8_t* start = out;
  if (view.one) {
    for (size_t i = from; i < to; ++i) out = put_code_point(out, view.one[i]);
    return (size_t)(out - start);
  }
  for (size_t i = from; i < to; ++i) {
    uint32_t u = view.two[i];
    if (is_high_surrogate(u) && i + 1 < to && is_low_surrogate(view.two[i + 1])) {
      uint32_t c = 0x10000 + ((u - 0xD800) << 10) + (view.two[i + 1] - 0xDC00);
      out = put_code_point(out, c);
      ++i;
    } else if (is_high_surrogate(u) || is_low_surrogate(u)) {
      out = put_code_point(out, kReplacement);
    } else {
      out = put_code_point(out, u);
    }
  }
  return (size_t)(out - start);
}

void utf8_write(const StrView& view, void (*sink)(const uint8_t*, size_t)) {
  // Most printed text is ASCII, which is its own UTF-8.
  if (view.one) {
    uint8_t high = 0;
    for (size_t i = 0; i < view.length; ++i) high |= view.one[i];
    if (high < 0x80) {
      if (view.length) sink(view.one, view.length);
      return;
    }
  }
  constexpr size_t kChunk = 2048;
  uint8_t buffer[kChunk * 3];
  size_t i = 0;
  while (i < view.length) {
    size_t to = view.length - i > kChunk ? i + kChunk : view.length;
    // Never split a surrogate pair between chunks.
    if (!view.one && to < view.length && is_high_surrogate(view.two[to - 1])) --to;
    if (to == i) to = i + 1;
    size_t n = utf8_encode(view, i, to, buffer);
    sink(buffer, n);
    i = to;
  }
}

dart_word utf8_decode(const uint8_t* bytes, size_t length) {
  // First pass: how many UTF-16 units, and does any need two bytes?
  size_t units = 0;
  bool two_byte = false;
  for (size_t i = 0; i < length;) {
    uint32_t c = next_code_point(bytes, length, &i);
    units += c >= 0x10000 ? 2 : 1;
    if (c > 0xFF) two_byte = true;
  }
  DartString* s = string_alloc(two_byte, units);
  size_t k = 0;
  if (two_byte) {
    uint16_t* out = const_cast<uint16_t*>(dart_two_byte_data(s));
    for (size_t i = 0; i < length;) {
      uint32_t c = next_code_point(bytes, length, &i);
      if (c >= 0x10000) {
        out[k++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
        out[k++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
      } else {
        out[k++] = (uint16_t)c;
      }
    }
  } else {
    uint8_t* out = const_cast<uint8_t*>(dart_one_byte_data(s));
    for (size_t i = 0; i < length;) out[k++] = (uint8_t)next_code_point(bytes, length, &i);
  }
  return reinterpret_cast<dart_word>(s);
}

}  // namespace dartrt

extern "C" dart_word dartrt_string_from_utf8(const char* bytes, int64_t length) {
  return dartrt::utf8_decode(reinterpret_cast<const uint8_t*>(bytes), length > 0 ? (size_t)length : 0);
}
