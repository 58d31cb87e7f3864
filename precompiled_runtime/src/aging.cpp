// Aging (docs/gc.md "Aging"): the work of a young collection that does not promote a survivor
// the first time, done before and after marking so that the marking loop stays the one of a
// collection without aging.
//
// An aged object is marked (an object start, its lines kept) but young: unmarked again when the
// next young collection starts, which traces it once more and promotes it, or frees it if
// nothing reaches it. It has the barrier bit, as an old object: stores into it are recorded, so
// that an aged object promoted without having been written since it aged points only to objects
// that were reached with it then, which its promotion promotes too. An old object that points to
// an aged one is in the remembered set, barrier bit clear, until that one is old: only objects
// written since the last collection can be such objects, and they are all in the set.
//
// In a collection that ages, every object the loop traces is either young (it ends aged) or was
// aged (it ends old: promoted). The loop records the lines and bytes of all of them as aged;
// settle_ages then tells them apart, block by block, from the marks before marking and the aged
// bits before it, moves the promoted objects' lines and bytes to old, and keeps in the
// remembered set the objects of it that point to aged ones.
//
// Optimized for size (minsize): once per collection or per promoted object, they are nowhere
// near the marking loop's cost, and every executable links them (hello world's 48 KiB budget).
#include "coroutine_frames.h"
#include "heap.h"

namespace dartrt {

__attribute__((minsize)) void unmark_aged(Heap* heap) {
  bool aging = heap->aging_now;
  for (size_t i = 0; i < heap->blocks.size(); ++i) {
    BlockDesc* b = heap->blocks[i];
    if (b->aged_bytes) {  // else no aged object in this block (settle_ages keeps this exact)
      for (size_t w = 0; w < kGranulesPerBlock / 64; ++w) b->marks[w] &= ~b->aged[w];
      memset(b->aged_lines, 0, sizeof b->aged_lines);
      b->aged_bytes = 0;
      // Without aging, every aged object marked again is promoted like a young one.
      if (!aging) memset(b->aged, 0, sizeof b->aged);
    }
    if (aging) memcpy(b->before, b->marks, sizeof b->before);
  }
  for (LargeObject* lo = heap->large; lo; lo = lo->next) {
    if (lo->aged) {
      lo->marked = false;
      lo->aged = aging;
    }
    lo->before = lo->marked;
  }
}

namespace {

// A remembered object that is still alive (marked: old, or promoted) stays remembered, barrier
// bit clear, if it points to a young (aged) object or is a suspended frame, whose words are no
// value words (kept, as when it was suspended). Otherwise it has its barrier bit (mark_remembered
// or tracing set it).
__attribute__((minsize)) void settle_remembered(Heap* heap, uintptr_t object) {
  if (!object_marked(object)) return;  // aged and not reached: dead
  uint64_t* header = reinterpret_cast<uint64_t*>(object);
  if (dart_header_cid(*header) == dartrt_builtin_cids.stack_trace_cid || young_slot(heap, object)) {
    *header &= ~DART_HEADER_BARRIER_BIT;
    heap->next_remembered.push(object);
  }
}

}  // namespace

__attribute__((minsize)) void settle_ages(Heap* heap) {
  // Marked now but not before: aged if it was young, promoted if it was aged. `before` keeps the
  // promoted ones.
  for (size_t i = 0; i < heap->blocks.size(); ++i) {
    BlockDesc* b = heap->blocks[i];
    // Marking traced nothing here (every traced object adds its bytes to aged_bytes): the aged
    // objects it held, if any, are dead. Most blocks of a large old heap.
    if (!b->aged_bytes) {
      memset(b->aged, 0, sizeof b->aged);
      continue;
    }
    for (size_t w = 0; w < kGranulesPerBlock / 64; ++w) {
      uint64_t traced = b->marks[w] & ~b->before[w];
      b->before[w] = traced & b->aged[w];
      b->aged[w] = traced & ~b->aged[w];
    }
    // The promoted objects' lines and bytes become old.
    for (size_t w = 0; w < kGranulesPerBlock / 64; ++w) {
      for (uint64_t bits = b->before[w]; bits; bits &= bits - 1) {
        uintptr_t object = b->start + (w * 64 + (size_t)__builtin_ctzll(bits)) * kGranule;
        uint64_t size = dart_header_size(*reinterpret_cast<const uint64_t*>(object));
        b->aged_bytes -= (uint32_t)size;
        b->live_bytes += (uint32_t)size;
        set_line_bits(b->line_marks, object - b->start, size);
      }
    }
    // All it traced was promoted: no aged lines left for unmark_aged to clear.
    if (!b->aged_bytes) memset(b->aged_lines, 0, sizeof b->aged_lines);
  }
  for (LargeObject* lo = heap->large; lo; lo = lo->next) lo->aged = lo->marked && !lo->before && !lo->aged;
  for (size_t i = 0; i < heap->remembered.size(); ++i) settle_remembered(heap, heap->remembered[i]);
}

}  // namespace dartrt
