// Marking: precise through objects, from the isolate's roots (docs/gc.md).
//
// Objects are traced through their class's pointer map (dartrt_class_table), so unboxed ints and
// doubles in fields are never mistaken for pointers. Marks live in side bitmaps (one bit per
// 16-byte granule of a block, a flag per large object), never in headers, and marking an object
// also marks the lines it covers, which is all the sweep looks at. An explicit mark stack
// replaces recursion: a linked list of a million nodes is a million pushes and pops, not a
// million native frames.
//
// Marks are sticky (docs/gc.md "Generations"): a full collection clears them first; a young one
// keeps them, so mark_object stops at every old object, and the remembered set (old objects
// written since the last collection) supplies the old-to-young pointers instead. Tracing an
// object sets its header's barrier bit: from now on it is old and stores into it are recorded.
//
// Aging (docs/gc.md "Aging") adds one per-collection choice to the loop: in a young collection
// that ages, tracing records lines and bytes as aged; which of the traced objects end old is
// decided after marking, block by block (aging.cpp). Aged objects get the barrier bit too.
#include "coroutine_frames.h"
#include "exceptions.h"
#include "heap.h"
#include "object_slots.h"

namespace dartrt {

namespace {

// Marks the object starting at `object` (in a block of this heap) and queues it for tracing.
// Only the side bitmap is touched here; the object itself is first read when it is traced, and
// drain() prefetches it a few objects ahead of that.
inline void mark_object(Heap* heap, uintptr_t object, BlockInfo* info) {
  if (info->kind == kBlockSmall) {
    BlockDesc* b = static_cast<BlockDesc*>(info->desc);
    size_t granule = (object - b->start) / kGranule;
    uint64_t bit = uint64_t{1} << (granule % 64);
    if (b->marks[granule / 64] & bit) return;
    b->marks[granule / 64] |= bit;
  } else {
    LargeObject* lo = static_cast<LargeObject*>(info->desc);
    if (lo->marked) return;
    lo->marked = true;
  }
  heap->mark_stack.push(object);
}

// Records the lines a small object covers (all the sweep looks at) and its bytes: as old ones,
// or as aged ones in a collection that ages (settle_ages moves the promoted objects' to old).
inline void mark_lines(uintptr_t object, uint64_t size, bool aging) {
  BlockInfo* info = block_info(object);
  if (info->kind != kBlockSmall) return;
  BlockDesc* b = static_cast<BlockDesc*>(info->desc);
  (aging ? b->aged_bytes : b->live_bytes) += (uint32_t)size;
  set_line_bits(aging ? b->aged_lines : b->line_marks, object - b->start, size);
}

[[noreturn]] void bad_pointer(dart_word value, uintptr_t holder) {
  fatal("DARTC_GC_VERIFY: value word %#llx in object %p does not point to the start of an object",
        static_cast<unsigned long long>(value), reinterpret_cast<void*>(holder));
}

// The per-word filter of precise tracing, with the region's bounds and the verify flag copied
// into locals once per drain. Read through g_region and the heap, they were reloaded for every
// value word: the mark bitmap and mark stack stores are uint64_t, which may alias them.
struct Visitor {
  Heap* heap;
  uintptr_t region_base;
  size_t region_size;
  BlockInfo* blocks;
  bool verify;
  bool aging;  // heap->aging_now: lines and bytes are recorded as aged (mark_lines)

  explicit Visitor(Heap* h)
      : heap(h), region_base(g_region.base), region_size(g_region.size), blocks(g_region.info), verify(h->verify),
        aging(h->aging_now) {}

  // A value word from a precise slot: null, a Smi, or a pointer to the start of an object in this
  // heap or in read-only data (never marked). Pointers into other isolates' heaps cannot exist by
  // design; the owner check keeps a broken invariant from touching another heap's marks.
  __attribute__((always_inline)) void visit(dart_word value, uintptr_t holder) const {
    // One test for "inside the region and aligned" (null and Smis fail it): the region's base
    // and size are multiples of the alignment, so a misaligned offset rotates its low bits into
    // the top ones and compares above every aligned one. Nine in ten elements of havlak's value
    // arrays are null; the two tests clang merged into flags cost 11 instructions per element.
    static_assert(DART_OBJECT_ALIGNMENT == 16, "the rotation below");
    uintptr_t offset = value - region_base;
    if (__builtin_rotateright64(offset, 4) >= (region_size >> 4)) return;
    BlockInfo* info = &blocks[offset >> kBlockShift];
    if (block_owner(info) != heap) return;
    if (__builtin_expect(verify, 0) && heap_find_object(heap, value) != value) bad_pointer(value, holder);
    mark_object(heap, value, info);
  }

  void trace(uintptr_t object) const {
    uint64_t* header_word = reinterpret_cast<uint64_t*>(object);
    uint64_t header = *header_word;
    // Old from now on. Written only when it changes: re-marking the old heap in a full collection
    // then leaves its cache lines clean.
    if (!(header & DART_HEADER_BARRIER_BIT)) *header_word = header | DART_HEADER_BARRIER_BIT;
    uint64_t size = dart_header_size(header);
    if (size != 0) mark_lines(object, size, aging);  // 0: a huge object, in the large-object space
    // Null first, on its own: most words of a value array (a growable list's spare capacity).
    for_each_value(object, header, [&](size_t, dart_word value) __attribute__((always_inline)) {
      if (value != 0) visit(value, object);
    });
    if (__builtin_expect(dart_header_cid(header) == dartrt_builtin_cids.stack_trace_cid, 0)) trace_suspended_frame(heap, object);
  }
};

inline void visit_value(Heap* heap, dart_word value, uintptr_t holder) { Visitor(heap).visit(value, holder); }

// Young collections: the old objects written since the last collection may hold the only
// pointers to young ones. They are already marked (and counted in their lines), so only their
// fields are visited; their barrier bits are set again, the set being emptied after the
// collection (or kept, aging.cpp). A written aged object is unmarked now (unmark_aged): traced
// whole if it is reached, and its fields must not keep anything alive if it is not.
void mark_remembered(Heap* heap) {
  Visitor v(heap);
  bool any_aged = heap->aged_bytes != 0;
  for (size_t i = 0; i < heap->remembered.size(); ++i) {
    uintptr_t object = heap->remembered[i];
    if (any_aged && !object_marked(object)) continue;
    uint64_t* header_word = reinterpret_cast<uint64_t*>(object);
    *header_word |= DART_HEADER_BARRIER_BIT;
    for_each_value(object, *header_word, [&](size_t, dart_word value) { v.visit(value, object); });
    if (dart_header_cid(*header_word) == dartrt_builtin_cids.stack_trace_cid) trace_suspended_frame(heap, object);
  }
}

// A full collection starts from nothing marked, and promotes every survivor (aged ones too): it
// never ages, which saves it the work of settle_ages over the whole heap.
void clear_marks(Heap* heap) {
  for (size_t i = 0; i < heap->blocks.size(); ++i) {
    BlockDesc* b = heap->blocks[i];
    memset(b->marks, 0, sizeof b->marks);
    memset(b->aged, 0, sizeof b->aged);
    memset(b->line_marks, 0, sizeof b->line_marks);
    memset(b->aged_lines, 0, sizeof b->aged_lines);
    b->live_bytes = 0;
    b->aged_bytes = 0;
  }
  for (LargeObject* lo = heap->large; lo; lo = lo->next) lo->marked = lo->aged = false;
}

// Objects popped from the mark stack wait in a small FIFO, prefetched, before they are traced:
// the header load of a popped object was the collector's costliest instruction (43 % of
// marking's samples in havlak), a cache miss every time, because with a LIFO stack the object
// pushed last is traced next and a prefetch at push time has no time to complete (Cher, Hosking
// and Vijaykumar, "Software prefetching for mark-sweep garbage collection", ASPLOS 2004).
constexpr size_t kPrefetchDistance = 8;  // a power of two

void drain(Heap* heap) {
  Visitor v(heap);
  Vec<uintptr_t>& stack = heap->mark_stack;
  uintptr_t queue[kPrefetchDistance];
  size_t head = 0, tail = 0;  // queue[head .. tail), indices modulo kPrefetchDistance
  for (;;) {
    while (tail - head < kPrefetchDistance && !stack.empty()) {
      uintptr_t object = stack.pop();
      __builtin_prefetch(reinterpret_cast<const void*>(object));
      queue[tail++ % kPrefetchDistance] = object;
    }
    if (head == tail) return;
    v.trace(queue[head++ % kPrefetchDistance]);
  }
}

void mark_statics(Heap* heap) {
  Visitor v(heap);
  const dart_word* statics = reinterpret_cast<const dart_word*>(heap->isolate->pub.statics);
  if (!statics) return;
  size_t slots = dartrt_statics_size / 8;
  for (size_t i = 0; i < slots; ++i) {
    if (dartrt_statics_pointer_map[i / 64] & (uint64_t{1} << (i % 64))) v.visit(statics[i], 0);
  }
}

void mark_runtime_roots(Heap* heap) {
  Isolate* isolate = heap->isolate;
  for (InFlightException* e = isolate->in_flight; e; e = e->next) {
    visit_value(heap, e->value, 0);
    visit_value(heap, e->stack_trace, 0);
  }
  for (RootSlot* r = isolate->roots.next; r && r != &isolate->roots; r = r->next) visit_value(heap, *r->slot, 0);
}

}  // namespace

void bad_class(uintptr_t object, uint32_t cid) {
  fatal("heap corruption: object %p has class id %u (class table has %u entries)",
        reinterpret_cast<void*>(object), cid, dartrt_class_count);
}

// Reads every word of the stack, between and around variables, on purpose: AddressSanitizer
// (the runtime fuzzer's build) must not instrument the read.
__attribute__((no_sanitize("address"))) void mark_conservative_range(Heap* heap, uintptr_t from, uintptr_t to) {
  from = (from + 7) & ~uintptr_t{7};
  for (uintptr_t p = from; p + 8 <= to; p += 8) {
    uintptr_t word = *reinterpret_cast<const uintptr_t*>(p);
    if (!region_contains(word)) continue;
    uintptr_t object = heap_find_object(heap, word);
    if (object) mark_object(heap, object, block_info(object));
  }
}

void mark_live_objects(Heap* heap) {
  heap->mark_stack.clear();
  if (heap->young) unmark_aged(heap); else clear_marks(heap);
  mark_statics(heap);
  mark_runtime_roots(heap);
  mark_coroutine_frames(heap);
  if (heap->young) mark_remembered(heap);
  if (current_isolate() == heap->isolate) scan_current_stack(heap);
  drain(heap);
  unlink_dead_frames(heap);
  if (heap->aging_now) settle_ages(heap);
}

bool object_marked(uintptr_t object) {
  BlockInfo* info = block_info(object);
  if (info->kind != kBlockSmall) return static_cast<LargeObject*>(info->desc)->marked;
  const BlockDesc* b = static_cast<const BlockDesc*>(info->desc);
  size_t granule = (object - b->start) / kGranule;
  return (b->marks[granule / 64] >> (granule % 64)) & 1;
}

}  // namespace dartrt
