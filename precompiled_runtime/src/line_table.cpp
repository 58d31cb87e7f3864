// Decoding the line table (format in docs/stack-traces.md). The records of function f are
// data[index[f] .. index[f+1]), in increasing code offset order, each:
//   uleb  offset delta (from the previous record, the first from the function's start)
//   uleb  frame count n << 1 | own (n == 0: no position known from here on; own: the last frame
//         is f's own)
//   n times, innermost first: [uleb function index, except for f's own frame], uleb file index,
//   uleb line, uleb column (line 0: the frame's position is unknown)
// A function that is no Dart frame itself (a stub that inlined Dart code) has no own frame.
// A record covers the code from its offset up to the next record's. Decoding stops at the end of
// the function's bytes, so even a damaged table cannot make it read elsewhere.
#include "line_table.h"

namespace dartrt {

namespace {

const uint32_t* g_index = dartrt_line_table_index;
const uint8_t* g_data = dartrt_line_table_data;
const char* const* g_files = dartrt_line_table_files;

struct Reader {
  const uint8_t* at;
  const uint8_t* end;
  bool ok = true;

  uint64_t uleb() {
    uint64_t value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      if (at == end) break;
      uint8_t byte = *at++;
      value |= (uint64_t)(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return value;
    }
    ok = false;
    return 0;
  }
};

// Reads one record's frames into `out` (at most `max` kept, the innermost).
size_t read_frames(Reader& r, uint32_t function, SourceFrame* out, size_t max) {
  uint64_t header = r.uleb();
  uint64_t n = header >> 1;
  bool own = header & 1;
  size_t kept = 0;
  for (uint64_t k = 0; k < n && r.ok; ++k) {
    SourceFrame f;
    f.function = own && k + 1 == n ? function : (uint32_t)r.uleb();
    f.file = g_files[r.uleb()];
    f.line = (uint32_t)r.uleb();
    f.column = (uint32_t)r.uleb();
    if (kept < max) out[kept++] = f;
  }
  return r.ok ? kept : 0;
}

}  // namespace

size_t line_table_lookup(uint32_t function, uint64_t offset, SourceFrame* out, size_t max) {
  if (!g_index || !g_data || !g_files || max == 0) return 0;
  Reader r{g_data + g_index[function], g_data + g_index[function + 1]};
  uint64_t at = 0;
  size_t found = 0;
  SourceFrame scratch[64];
  while (r.at < r.end && r.ok) {
    at += r.uleb();
    if (!r.ok || at > offset) break;
    size_t n = read_frames(r, function, scratch, sizeof scratch / sizeof scratch[0]);
    found = n < max ? n : max;
    memcpy(out, scratch, found * sizeof(SourceFrame));
  }
  return found;
}

void set_line_table_for_testing(const uint32_t* index, const uint8_t* data, const char* const* files) {
  g_index = index;
  g_data = data;
  g_files = files;
}

}  // namespace dartrt
