// The value words of a heap object, for the collector's tracing and its checks.
#ifndef DARTRT_OBJECT_SLOTS_H
#define DARTRT_OBJECT_SLOTS_H

#include "heap.h"

namespace dartrt {

// Ends the process: the object's header names no class (heap corruption).
[[noreturn]] void bad_class(uintptr_t object, uint32_t cid);

// Calls visit(slot index, value) for every value word of the object: the fixed part through its
// class's pointer map (dartrt_class_table), then every element of a value array.
template <typename Visit>
inline void for_each_value(uintptr_t object, uint64_t header, Visit visit) {
  uint32_t cid = dart_header_cid(header);
  if (cid >= dartrt_class_count) bad_class(object, cid);
  const DartClassInfo& info = dartrt_class_table[cid];
  const dart_word* slots = reinterpret_cast<const dart_word*>(object);
  size_t fixed_words = info.instance_size / 8;
  for (uint32_t w = 0; w < info.pointer_map_words; ++w) {
    uint64_t bits = info.pointer_map[w];
    while (bits) {
      size_t slot = w * 64 + (size_t)__builtin_ctzll(bits);
      bits &= bits - 1;
      if (slot == 0 || slot >= fixed_words) continue;  // the header is never a value word
      visit(slot, slots[slot]);
    }
  }
  if (info.layout == DART_LAYOUT_VALUE_ARRAY) {
    uint64_t size = dart_header_size(header);
    size_t words = (size != 0 ? size : heap_object_size(object)) / 8;
    for (size_t slot = fixed_words; slot < words; ++slot) visit(slot, slots[slot]);
  }
}

}  // namespace dartrt

#endif  // DARTRT_OBJECT_SLOTS_H
