// Reading the language-specific data area (LSDA, .gcc_except_table) that LLVM emits for every
// function with landing pads -- the same format GCC's C++ personality reads:
//
//   header:  lpstart encoding (u8) [lpstart], ttype encoding (u8) [ttype offset, uleb128],
//            call-site encoding (u8), call-site table length (uleb128)
//   call-site table: { start, length, landing pad (call-site encoding), action (uleb128) }*
//            sorted by start; start/length relative to the function start, landing pad relative
//            to lpstart (0 = none); action 0 = cleanup only, else 1 + offset into the action table
//   action table: { type filter (sleb128), offset to next record (sleb128, self-relative, 0 ends) }
//            filter > 0: catch clause (index into the type table), 0: cleanup, < 0: exception spec
#include <string.h>

#include "exceptions.h"

namespace dartrt {

namespace {

enum : uint8_t {
  kPeAbsPtr = 0x00,
  kPeUleb128 = 0x01,
  kPeUdata2 = 0x02,
  kPeUdata4 = 0x03,
  kPeUdata8 = 0x04,
  kPeSleb128 = 0x09,
  kPeSdata2 = 0x0A,
  kPeSdata4 = 0x0B,
  kPeSdata8 = 0x0C,
  kPePcRel = 0x10,
  kPeFuncRel = 0x40,
  kPeIndirect = 0x80,
  kPeOmit = 0xFF,
};

uint64_t read_uleb128(const uint8_t** p) {
  uint64_t result = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = *(*p)++;
    if (shift < 64) result |= (uint64_t)(byte & 0x7F) << shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}

int64_t read_sleb128(const uint8_t** p) {
  uint64_t result = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = *(*p)++;
    if (shift < 64) result |= (uint64_t)(byte & 0x7F) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (shift < 64 && (byte & 0x40)) result |= ~uint64_t{0} << shift;
  return (int64_t)result;
}

template <typename T>
T read_raw(const uint8_t** p) {
  T v;
  memcpy(&v, *p, sizeof v);
  *p += sizeof v;
  return v;
}

// Reads one DW_EH_PE-encoded value. Returns false for encodings LLVM never emits on our targets
// (textrel, datarel, aligned).
bool read_encoded(const uint8_t** p, uint8_t encoding, uintptr_t function_start, uintptr_t* out) {
  if (encoding == kPeOmit) {
    *out = 0;
    return true;
  }
  const uint8_t* start = *p;
  uintptr_t value;
  switch (encoding & 0x0F) {
    case kPeAbsPtr: value = read_raw<uintptr_t>(p); break;
    case kPeUleb128: value = (uintptr_t)read_uleb128(p); break;
    case kPeUdata2: value = read_raw<uint16_t>(p); break;
    case kPeUdata4: value = read_raw<uint32_t>(p); break;
    case kPeUdata8: value = (uintptr_t)read_raw<uint64_t>(p); break;
    case kPeSleb128: value = (uintptr_t)read_sleb128(p); break;
    case kPeSdata2: value = (uintptr_t)(intptr_t)read_raw<int16_t>(p); break;
    case kPeSdata4: value = (uintptr_t)(intptr_t)read_raw<int32_t>(p); break;
    case kPeSdata8: value = (uintptr_t)read_raw<int64_t>(p); break;
    default: return false;
  }
  // A zero stays zero whatever the application (null type entries are written as plain 0).
  if (value != 0) {
    switch (encoding & 0x70) {
      case 0: break;
      case kPePcRel: value += (uintptr_t)start; break;
      case kPeFuncRel: value += function_start; break;
      default: return false;
    }
    if (encoding & kPeIndirect) value = *reinterpret_cast<const uintptr_t*>(value);
  }
  *out = value;
  return true;
}

}  // namespace

LsdaAction lsda_find_action(const uint8_t* lsda, uintptr_t function_start, uintptr_t ip, bool cleanups_only) {
  const LsdaAction none = {LsdaAction::kNone, 0, 0};
  const LsdaAction error = {LsdaAction::kError, 0, 0};
  const uint8_t* p = lsda;
  uint8_t lpstart_encoding = *p++;
  uintptr_t lpstart = function_start;
  if (lpstart_encoding != kPeOmit && !read_encoded(&p, lpstart_encoding, function_start, &lpstart)) return error;
  uint8_t ttype_encoding = *p++;
  if (ttype_encoding != kPeOmit) read_uleb128(&p);  // type table offset: types are not consulted
  uint8_t call_site_encoding = *p++;
  uint64_t table_length = read_uleb128(&p);
  const uint8_t* table_end = p + table_length;
  const uint8_t* action_table = table_end;
  while (p < table_end) {
    uintptr_t start, length, landing_pad;
    if (!read_encoded(&p, call_site_encoding, function_start, &start) ||
        !read_encoded(&p, call_site_encoding, function_start, &length) ||
        !read_encoded(&p, call_site_encoding, function_start, &landing_pad)) {
      return error;
    }
    uint64_t action = read_uleb128(&p);
    if (ip < function_start + start) return none;  // sorted: no entry covers ip
    if (ip >= function_start + start + length) continue;
    // The call site of ip.
    if (landing_pad == 0) return none;
    LsdaAction found = {LsdaAction::kCleanup, lpstart + landing_pad, 0};
    if (action == 0) return found;
    bool cleanup = false;
    const uint8_t* record = action_table + action - 1;
    for (;;) {
      int64_t filter = read_sleb128(&record);
      const uint8_t* next_base = record;
      int64_t next = read_sleb128(&record);
      if (filter > 0 && !cleanups_only) {
        // A catch clause. Generated code only emits catch-alls (`catch ptr null`), so any type
        // matches, exactly what __gxx_personality_v0 does for catch (...).
        found.kind = LsdaAction::kHandler;
        found.selector = filter;
        return found;
      }
      if (filter == 0) cleanup = true;
      if (next == 0) break;
      record = next_base + next;
    }
    return cleanup ? found : none;
  }
  return none;
}

}  // namespace dartrt
