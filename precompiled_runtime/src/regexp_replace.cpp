// String.replaceAll(RegExp, String) in one native call (core/regexp.dart's _replaceAllPattern).
//
// The Dart path makes a Match object, a captures list and two substrings per match, then joins
// the parts: in regex-redux's substitutions, with hundreds of thousands of matches, that cost
// more than the matching. Here the matches' spans go into a malloc'd array and the result is
// allocated once and filled by copying. The replacement is literal (Dart's replaceAll has no `$`
// substitutions), and the search steps past empty matches exactly as the all-matches iterator
// does: one code unit on, or a whole surrogate pair in unicode mode.
#include "regexp_internal.h"

using namespace dartrt;
using namespace dartrt::regexp;

extern "C" {

// `input` with every match of `program` replaced by `replacement`: `input` itself when nothing
// matched, null when the result would be too long or the heap is exhausted (the caller then
// takes the general path, which throws the error the VM throws).
dart_word dartrt_regexp_replace_all(int64_t program_handle, dart_word input, dart_word replacement) {
  const Program* program = reinterpret_cast<const Program*>(program_handle);
  StrView in = string_view(input), with = string_view(replacement);
  size_t slot_count = 2 * ((size_t)program->capture_count + 1);
  int64_t small[32];
  int64_t* captures = slot_count <= 32 ? small : static_cast<int64_t*>(xmalloc(slot_count * sizeof(int64_t)));
  Vec<size_t> spans = {};  // start and end of every match
  bool unicode = program->flags & kUnicode;
  size_t next = 0;
  while (next <= in.length && match(program, in, next, false, captures)) {
    size_t start = (size_t)captures[0], end = (size_t)captures[1];
    spans.push(start);
    spans.push(end);
    next = end;
    if (start == end) {
      if (unicode && in.two && next + 1 < in.length && (in.two[next] & 0xFC00) == 0xD800 &&
          (in.two[next + 1] & 0xFC00) == 0xDC00) {
        ++next;
      }
      ++next;
    }
  }
  if (captures != small) free(captures);
  dart_word result = string_replace_spans(input, in, with, spans);
  spans.release();
  return result;
}

}  // extern "C"
