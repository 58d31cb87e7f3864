// String.replaceAll with a String pattern in one native call, and the result builder it shares
// with RegExp's (regexp_replace.cpp).
//
// The Dart path collected a substring per kept piece in a growable list and joined them: for a
// text with a thousand matches, a thousand small strings, a list regrown ten times and the join.
// Here the matches' spans go into a malloc'd array and the result is allocated once and filled
// by copying. Matches are found left to right without overlap, as String.replaceAll does.
#include "dart_string.h"
#include "heap.h"

namespace dartrt {

dart_word string_replace_spans(dart_word input, const StrView& in, const StrView& with, const Vec<size_t>& spans) {
  if (spans.count == 0) return input;
  size_t matches = spans.count / 2;
  // Lengths are below 2^32 each and matches at most length + 1: no overflow in 64 bits.
  size_t length = in.length + matches * with.length;
  for (size_t i = 0; i < spans.count; i += 2) length -= spans[i + 1] - spans[i];
  // Canonical representation: two-byte only when some unit of the result is above 0xFF.
  bool two_byte = with.two != nullptr;
  size_t kept_from = 0;
  for (size_t i = 0; i <= spans.count && !two_byte && in.two; i += 2) {
    size_t kept_to = i < spans.count ? spans[i] : in.length;
    two_byte = !fits_one_byte(in, kept_from, kept_to);
    if (i < spans.count) kept_from = spans[i + 1];
  }
  // May collect: `input` and `replacement` are arguments on the caller's stack, and the
  // collector does not move objects, so the views stay valid.
  DartString* out = length > kMaxStringLength ? nullptr : string_try_alloc(two_byte, length);
  if (!out) return DART_NULL;
  size_t at = 0;
  kept_from = 0;
  for (size_t i = 0; i <= spans.count; i += 2) {
    size_t kept_to = i < spans.count ? spans[i] : in.length;
    copy_units(out, at, in, kept_from, kept_to, two_byte);
    at += kept_to - kept_from;
    if (i == spans.count) break;
    copy_units(out, at, with, 0, with.length, two_byte);
    at += with.length;
    kept_from = spans[i + 1];
  }
  return reinterpret_cast<dart_word>(out);
}

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// `input` with every occurrence of the non-empty `pattern` replaced by `replacement`: `input`
// itself when there is none, null when the result would be too long or the heap is exhausted
// (the Dart side then throws OutOfMemoryError).
dart_word dartrt_string_replace_all(dart_word input, dart_word pattern, dart_word replacement) {
  StrView in = string_view(input), what = string_view(pattern), with = string_view(replacement);
  Vec<size_t> spans = {};
  for (int64_t at = string_index_of(in, what, 0); at >= 0; at = string_index_of(in, what, (size_t)at + what.length)) {
    spans.push((size_t)at);
    spans.push((size_t)at + what.length);
  }
  dart_word result = string_replace_spans(input, in, with, spans);
  spans.release();
  return result;
}

}  // extern "C"
