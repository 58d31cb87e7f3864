// The write barrier's slow path and the remembered set it fills (docs/gc.md "Generations").
//
// An old object (one that survived a collection) has DART_HEADER_BARRIER_BIT set in its header.
// The first store of a value word into it after a collection finds the bit, clears it and
// records the object here; later stores see the bit clear and do nothing. A young collection
// visits the recorded objects' fields as roots, so a young object reachable only through an old
// one survives without re-marking the old heap; an object that still points to an aged (young)
// one afterwards stays in the set for the next young collection (aging.cpp). Object remembering, not slot remembering: one
// entry per written object, whatever the number of stores.
#include <stdlib.h>

#include "coroutine_frames.h"
#include "heap.h"
#include "object_slots.h"

namespace dartrt {

namespace {

// Records an old object whose barrier bit its writer has just cleared.
void record_written(Heap* heap, uintptr_t object) {
  if (heap->collecting) fatal("write barrier during a collection");
  heap->remembered.push(object);
}

}  // namespace

void heap_remember(Heap* heap, uintptr_t object) {
  uint64_t* header = reinterpret_cast<uint64_t*>(object);
  if (!(*header & DART_HEADER_BARRIER_BIT)) return;
  *header &= ~DART_HEADER_BARRIER_BIT;
  record_written(heap, object);
}

namespace {

const char* class_name(uintptr_t object) {
  uint32_t cid = dart_header_cid(*reinterpret_cast<const uint64_t*>(object));
  return cid < dartrt_class_count && dartrt_class_table[cid].name ? dartrt_class_table[cid].name : "?";
}

// Whether a value word is a pointer to an object of this heap that is young: not marked, or
// marked but aged (survived one young collection, docs/gc.md "Aging").
bool points_to_young(Heap* heap, dart_word value) {
  if (value == 0 || (value & (DART_OBJECT_ALIGNMENT - 1)) != 0 || !region_contains(value)) return false;
  BlockInfo* info = block_info(value);
  if (block_owner(info) != heap) return false;
  if (info->kind == kBlockLarge) {
    const LargeObject* lo = static_cast<const LargeObject*>(info->desc);
    return !lo->marked || lo->aged;
  }
  const BlockDesc* b = static_cast<const BlockDesc*>(info->desc);
  size_t granule = (value - b->start) / kGranule;
  return ((~b->marks[granule / 64] | b->aged[granule / 64]) >> (granule % 64)) & 1;
}

int compare_addresses(const void* a, const void* b) {
  uintptr_t x = *static_cast<const uintptr_t*>(a), y = *static_cast<const uintptr_t*>(b);
  return x < y ? -1 : x > y;
}

struct Checker {
  Heap* heap;
  Vec<uintptr_t> sorted;  // the remembered set, for lookups

  bool remembered(uintptr_t object) const {
    size_t lo = 0, hi = sorted.size();
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (sorted[mid] == object) return true;
      if (sorted[mid] < object) lo = mid + 1; else hi = mid;
    }
    return false;
  }

  // Every old object either has its barrier bit (then it points to no young object) or is in the
  // remembered set (then the young collection visits its fields).
  __attribute__((minsize)) void check_old(uintptr_t object) const {
    uint64_t header = *reinterpret_cast<const uint64_t*>(object);
    if (!(header & DART_HEADER_BARRIER_BIT)) {
      if (!remembered(object)) {
        fatal("DARTC_GC_VERIFY: old object %p (%s) has no barrier bit but is not in the remembered set",
              reinterpret_cast<void*>(object), class_name(object));
      }
      return;
    }
    if (size_t slot = young_slot(heap, object)) {
      uintptr_t value = reinterpret_cast<const uintptr_t*>(object)[slot];
      fatal("DARTC_GC_VERIFY: old object %p (%s) holds young object %p (%s) in slot %zu, but the "
            "write barrier did not record it in the remembered set",
            reinterpret_cast<void*>(object), class_name(object), reinterpret_cast<void*>(value),
            class_name(value), slot);
    }
  }
};

}  // namespace

__attribute__((minsize)) size_t young_slot(Heap* heap, uintptr_t object) {
  size_t found = 0;
  for_each_value(object, *reinterpret_cast<const uint64_t*>(object), [&](size_t slot, dart_word value) {
    if (!found && points_to_young(heap, value)) found = slot;
  });
  return found;
}

__attribute__((minsize)) void verify_remembered_set(Heap* heap) {
  Checker c = {heap, {}};
  for (size_t i = 0; i < heap->remembered.size(); ++i) {
    uintptr_t object = heap->remembered[i];
    if (*reinterpret_cast<const uint64_t*>(object) & DART_HEADER_BARRIER_BIT || !object_marked(object)) {
      fatal("DARTC_GC_VERIFY: remembered object %p (%s) is not an old or aged object without barrier bit",
            reinterpret_cast<void*>(object), class_name(object));
    }
    c.sorted.push(object);
  }
  if (c.sorted.size() > 1) qsort(c.sorted.begin(), c.sorted.size(), sizeof(uintptr_t), compare_addresses);
  for (size_t i = 0; i < heap->blocks.size(); ++i) {
    const BlockDesc* b = heap->blocks[i];
    for (size_t w = 0; w < kGranulesPerBlock / 64; ++w) {
      for (uint64_t bits = b->marks[w] & ~b->aged[w]; bits; bits &= bits - 1) {
        c.check_old(b->start + (w * 64 + (size_t)__builtin_ctzll(bits)) * kGranule);
      }
    }
  }
  for (LargeObject* lo = heap->large; lo; lo = lo->next) {
    if (lo->marked && !lo->aged) c.check_old(lo->start);
  }
  c.sorted.release();
}

}  // namespace dartrt

extern "C" void dartrt_write_barrier(DartObject* object, dart_word) {
  dartrt::Isolate* isolate = dartrt::current_isolate();
  dartrt::heap_remember(isolate->heap, reinterpret_cast<uintptr_t>(object));
}

// The slow path of generated code's barrier. Generated code tests the barrier bit, clears it
// itself and only then calls here, so this entry never touches the object: codegen declares it
// `memory(inaccessiblemem: readwrite)` (codegen/src/runtime_api.cpp), and a loop of stores into a
// list keeps the list's length and backing array in registers across it.
//
// No race: an object's header is written only by the thread of the isolate that owns its heap
// (objects are never shared between isolates; a message heap is adopted after its sender is done
// with it), so generated code's clearing is as safe as heap_remember's plain word store.
extern "C" void dartrt_remember_object(DartObject* object, dart_word) {
  dartrt::record_written(dartrt::current_isolate()->heap, reinterpret_cast<uintptr_t>(object));
}
