// Simple (one code point to one) case mappings, shared by String.toUpperCase/toLowerCase
// (core_natives.cpp) and RegExp's case-insensitive matching (regexp_classes.cpp). The mappings
// are the Dart VM's: Unicode 5.1's, up to U+104FF (tools/unicode/case_tables.py says why).
#ifndef DARTRT_CASE_MAPPING_H
#define DARTRT_CASE_MAPPING_H

#include <stddef.h>
#include <stdint.h>

namespace dartrt {

uint32_t to_upper_code_point(uint32_t c);
uint32_t to_lower_code_point(uint32_t c);

// The mappings of the 256 one-byte code units (two map outside one byte when upper-cased:
// U+00B5 and U+00FF), so that one-byte strings map with one load per unit.
const uint16_t* latin1_case_table(bool upper);

// The code points x with to_upper_code_point(x) == c (upper) or to_lower_code_point(x) == c,
// x != c; at most `capacity` of them are written. Returns how many there are.
size_t case_preimages(uint32_t c, bool upper, uint32_t* out, size_t capacity);

// Calls `visit(from, to)` for spans that together hold every code point with a case mapping
// (and possibly others).
void for_each_cased_span(void (*visit)(uint32_t from, uint32_t to, void* context), void* context);

}  // namespace dartrt

#endif  // DARTRT_CASE_MAPPING_H
