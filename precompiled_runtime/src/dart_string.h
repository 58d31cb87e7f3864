// Strings as the runtime sees them: a read-only view over either representation, and allocation.
#ifndef DARTRT_DART_STRING_H
#define DARTRT_DART_STRING_H

#include "runtime.h"

namespace dartrt {

// The code units of a string, whichever representation it has. Exactly one of `one`/`two` is
// non-null.
struct StrView {
  const uint8_t* one;
  const uint16_t* two;
  size_t length;

  uint32_t at(size_t i) const { return one ? one[i] : two[i]; }
};

inline bool is_string_cid(uint32_t cid) {
  return cid == dartrt_builtin_cids.one_byte_string_cid || cid == dartrt_builtin_cids.two_byte_string_cid;
}

// The view of a string value word; null reads as "null" (what string interpolation of null
// gives), anything else that is not a string is a fatal error (a codegen bug).
StrView string_view(dart_word s);

// The longest string the 32-bit length field can describe. The VM's limit is far higher; longer
// strings are an OutOfMemoryError here (docs/runtime-errors.md).
constexpr size_t kMaxStringLength = UINT32_MAX;
// Whether a string of `length` units fits the length field and the heap.
bool string_fits(bool two_byte, size_t length);
// A new zero-filled string, or null when it cannot exist (string_fits) or the heap is exhausted:
// callers return null to the core library, which throws OutOfMemoryError.
DartString* string_try_alloc(bool two_byte, size_t length);
// The same where nothing can throw (number texts, substrings, argv, stack traces): failure ends
// the process with the VM's out-of-memory report instead.
DartString* string_alloc(bool two_byte, size_t length);
// A new one-byte string from Latin-1 bytes (ASCII text from number formatting and the like).
dart_word string_from_latin1(const char* text, size_t length);
inline dart_word string_from_cstring(const char* text) { return string_from_latin1(text, strlen(text)); }

uint32_t string_hash_of(const StrView& view);

// Whether units [from, to) of `v` are all below 256 (a substring of them is one-byte).
bool fits_one_byte(const StrView& v, size_t from, size_t to);
// Copies units [from, to) of `v` into `s` at `at`, converting between representations (into a
// one-byte `s` only units below 256).
void copy_units(DartString* s, size_t at, const StrView& v, size_t from, size_t to, bool two_byte);

// The first index >= start where `needle` occurs in `hay`, or -1 (core_natives.cpp).
int64_t string_index_of(const StrView& hay, const StrView& needle, size_t start);

// `input` (viewed as `in`) with units [spans[2i], spans[2i+1]) replaced by `with` for each i
// (ascending, not overlapping): `input` itself without spans, null when the result cannot exist
// (string_replace.cpp).
dart_word string_replace_spans(dart_word input, const StrView& in, const StrView& with, const Vec<size_t>& spans);

// UTF-8 (utf8.cpp). The encoder turns lone surrogates into U+FFFD, like dart:convert's utf8.encode
// and the VM's print; the decoder turns each maximal malformed subsequence into one U+FFFD.
size_t utf8_max_length(const StrView& view);
size_t utf8_encode(const StrView& view, size_t from, size_t to, uint8_t* out);
dart_word utf8_decode(const uint8_t* bytes, size_t length);
// Encodes the whole string in bounded chunks and passes each to `sink`.
void utf8_write(const StrView& view, void (*sink)(const uint8_t*, size_t));

}  // namespace dartrt

#endif  // DARTRT_DART_STRING_H
