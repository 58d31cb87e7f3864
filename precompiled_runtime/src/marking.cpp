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
// object that ends old sets its header's barrier bit: from now on stores into it are recorded.
//
// Aging (docs/gc.md "Aging"): a young collection does not promote an object the first time it
// survives. The object's fate is decided when it is marked (the `aged` bitmap flips), so that
// tracing an object that ends old can tell whether it points to one that stays young; such an
// object goes to the next remembered set instead of getting its barrier bit.
#include "coroutine_frames.h"
#include "exceptions.h"
#include "heap.h"
#include "object_slots.h"

namespace dartrt {

namespace {

// Marks the object starting at `object` (in a block of this heap) and queues it for tracing.
// Only the side bitmaps are touched here; the object itself is first read when it is traced, and
// drain() prefetches it a few objects ahead of that. In a collection that ages, marking also
// decides the object's age: a young one marked for the first time becomes aged (stays young), an
// aged one (unmarked when the collection started) becomes old, and so does an old one in a full
// collection (clear_marks set its aged bit). Returns whether the object stays young after this
// collection.
__attribute__((always_inline)) inline bool mark_object(Heap* heap, uintptr_t object, BlockInfo* info, bool aging) {
  if (info->kind == kBlockSmall) {
    BlockDesc* b = static_cast<BlockDesc*>(info->desc);
    size_t granule = (object - b->start) / kGranule;
    size_t w = granule / 64;
    uint64_t bit = uint64_t{1} << (granule % 64);
    if (b->marks[w] & bit) return (b->aged[w] & bit) != 0;
    b->marks[w] |= bit;
    if (aging) {
      b->aged[w] ^= bit;
    } else if (__builtin_expect((b->aged[w] & bit) != 0, 0)) {
      b->aged[w] &= ~bit;  // aging switched off (tests): promote
    }
    heap->mark_stack.push(object);
    return (b->aged[w] & bit) != 0;
  }
  // Large objects age like small ones. Promoted at their first survival, the big arrays of a
  // computation that spans a young collection (havlak's per-run tables) became old, were written
  // (remembered), and then kept everything they pointed to alive through the remembered set at
  // the next young collection, after the computation had dropped them.
  LargeObject* lo = static_cast<LargeObject*>(info->desc);
  if (lo->marked) return lo->aged;
  lo->marked = true;
  lo->aged = aging && !lo->aged;
  heap->mark_stack.push(object);
  return lo->aged;
}

// Records the lines a small object covers (all the sweep looks at) and its bytes, as old or as
// aged. Returns whether the object stays young (aged) after this collection.
// In a collection that does not age, every object it traces ends old (mark_object cleared the
// aged bit), so the bit is not even read.
__attribute__((always_inline)) inline bool mark_lines(uintptr_t object, uint64_t size, bool aging) {
  BlockInfo* info = block_info(object);
  if (info->kind != kBlockSmall) return aging && static_cast<const LargeObject*>(info->desc)->aged;
  BlockDesc* b = static_cast<BlockDesc*>(info->desc);
  size_t granule = (object - b->start) / kGranule;
  bool aged = aging && ((b->aged[granule / 64] >> (granule % 64)) & 1);
  uint64_t* lines = aged ? b->aged_lines : b->line_marks;
  if (aged) b->aged_bytes += (uint32_t)size; else b->live_bytes += (uint32_t)size;
  size_t first_line = (object - b->start) / kLineSize;
  size_t last_line = (object - b->start + size - 1) / kLineSize;
  for (size_t line = first_line; line <= last_line; ++line) lines[line / 64] |= uint64_t{1} << (line % 64);
  return aged;
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
  bool aging;  // the collection ages its survivors (heap->aging_now)

  explicit Visitor(Heap* h)
      : heap(h), region_base(g_region.base), region_size(g_region.size), blocks(g_region.info), verify(h->verify),
        aging(h->aging_now) {}

  // A value word from a precise slot: null, a Smi, or a pointer to the start of an object in this
  // heap or in read-only data (never marked). Pointers into other isolates' heaps cannot exist by
  // design; the owner check keeps a broken invariant from touching another heap's marks. Returns
  // whether the word points to an object that stays young after this collection.
  __attribute__((always_inline)) bool visit(dart_word value, uintptr_t holder) const {
    if (value == 0 || (value & (DART_OBJECT_ALIGNMENT - 1)) != 0) return false;
    uintptr_t offset = value - region_base;
    if (offset >= region_size) return false;
    BlockInfo* info = &blocks[offset >> kBlockShift];
    if (block_owner(info) != heap) return false;
    if (__builtin_expect(verify, 0) && heap_find_object(heap, value) != value) bad_pointer(value, holder);
    return mark_object(heap, value, info, aging);
  }

  // Visits every value word of an object (and a suspended coroutine frame's words); returns
  // whether any points to an object that stays young.
  __attribute__((always_inline)) bool visit_fields(uintptr_t object, uint64_t header) const {
    bool holds_young = false;
    // Inlined into the tracing loop (the statement attribute: the template is shared with the
    // collector's checks, which need not be).
    [[clang::always_inline]] for_each_value(object, header, [&](size_t, dart_word value) __attribute__((always_inline)) {
      holds_young |= visit(value, object);
    });
    if (__builtin_expect(dart_header_cid(header) == dartrt_builtin_cids.stack_trace_cid, 0)) {
      holds_young |= trace_suspended_frame(heap, object);
    }
    return holds_young;
  }

  // An object that ends old either points only to old objects (then it gets its barrier bit:
  // old and not remembered) or stays in the remembered set, barrier bit clear, so that the next
  // young collection visits its fields again.
  __attribute__((always_inline)) void settle_old(uintptr_t object, uint64_t* header_word, bool holds_young) const {
    if (holds_young) {
      heap->next_remembered.push(object);
      if (*header_word & DART_HEADER_BARRIER_BIT) *header_word &= ~DART_HEADER_BARRIER_BIT;
    } else if (!(*header_word & DART_HEADER_BARRIER_BIT)) {
      // Written only when it changes: re-marking the old heap in a full collection then leaves
      // its cache lines clean.
      *header_word |= DART_HEADER_BARRIER_BIT;
    }
  }

  // Counted here and added to heap->stats when the drain ends: a store to the heap per traced
  // object cost 2 % of deltablue's instructions.
  uint64_t marked_bytes = 0, promoted_bytes = 0;

  __attribute__((always_inline)) void trace(uintptr_t object) {
    uint64_t* header_word = reinterpret_cast<uint64_t*>(object);
    uint64_t header = *header_word;
    uint64_t bytes = dart_header_size(header);
    if (bytes == 0) bytes = heap_object_size(object);  // a huge object, in the large-object space
    marked_bytes += bytes;
    if (!aging) {
      // Everything traced ends old and, nothing staying young, points only to old objects: the
      // marking loop of the collector before aging.
      if (!(header & DART_HEADER_BARRIER_BIT)) *header_word = header | DART_HEADER_BARRIER_BIT;
      mark_lines(object, bytes, false);
      visit_fields(object, header);
      promoted_bytes += bytes;
      return;
    }
    bool aged = mark_lines(object, bytes, true);
    bool holds_young = visit_fields(object, header);
    if (aged) return;  // young: no barrier bit, nothing to remember
    promoted_bytes += bytes;
    settle_old(object, header_word, holds_young);
  }
};

inline void visit_value(Heap* heap, dart_word value, uintptr_t holder) { Visitor(heap).visit(value, holder); }

// Young collections: the old objects written since the last collection (and those that still
// pointed to aged objects at the last one) may hold the only pointers to young ones. They are
// already marked (and counted in their lines), so only their fields are visited; each then gets
// its barrier bit again or stays remembered (settle_old).
void mark_remembered(Heap* heap) {
  Visitor v(heap);
  for (size_t i = 0; i < heap->remembered.size(); ++i) {
    uintptr_t object = heap->remembered[i];
    uint64_t* header_word = reinterpret_cast<uint64_t*>(object);
    v.settle_old(object, header_word, v.visit_fields(object, *header_word));
  }
}

// A young collection starts by unmarking the aged objects: they are young, so it traces them
// again, and marking them promotes them (mark_object). Their `aged` bits stay until then (or
// until the sweep finds them dead), their lines are free unless reached again, and the
// object-start bitmap still has them, for conservative roots.
void unmark_aged(Heap* heap) {
  for (size_t i = 0; i < heap->blocks.size(); ++i) {
    BlockDesc* b = heap->blocks[i];
    if (!b->aged_bytes) continue;  // no aged object in this block (the sweep keeps this exact)
    for (size_t w = 0; w < kGranulesPerBlock / 64; ++w) b->marks[w] &= ~b->aged[w];
    memset(b->aged_lines, 0, sizeof b->aged_lines);
    b->aged_bytes = 0;
  }
  for (LargeObject* lo = heap->large; lo; lo = lo->next) {
    if (lo->aged) lo->marked = false;
  }
}

// A full collection starts from nothing marked. When it ages, every object that was marked
// (old or aged) gets its aged bit: marking it flips the bit, so it ends old, while a young one
// marked for the first time ends aged, as in a young collection. *Why:* a full collection in
// the middle of a computation promoted its whole working set, big arrays included; written
// afterwards, those were remembered and kept the computation's later objects alive at the
// next young collections, after it had dropped them (havlak: 6.5 MB more old garbage).
void clear_marks(Heap* heap) {
  bool aging = heap->aging_now;
  for (size_t i = 0; i < heap->blocks.size(); ++i) {
    BlockDesc* b = heap->blocks[i];
    if (aging) memcpy(b->aged, b->marks, sizeof b->aged); else memset(b->aged, 0, sizeof b->aged);
    memset(b->marks, 0, sizeof b->marks);
    memset(b->line_marks, 0, sizeof b->line_marks);
    memset(b->aged_lines, 0, sizeof b->aged_lines);
    b->live_bytes = 0;
    b->aged_bytes = 0;
  }
  for (LargeObject* lo = heap->large; lo; lo = lo->next) {
    lo->aged = aging && lo->marked;
    lo->marked = false;
  }
}

// Objects popped from the mark stack wait in a small FIFO, prefetched, before they are traced:
// the header load of a popped object was the collector's costliest instruction (43 % of
// marking's samples in havlak), a cache miss every time, because with a LIFO stack the object
// pushed last is traced next and a prefetch at push time has no time to complete (Cher, Hosking
// and Vijaykumar, "Software prefetching for mark-sweep garbage collection", ASPLOS 2004).
constexpr size_t kPrefetchDistance = 8;  // a power of two

// One loop per value of `aging`, so that a collection that does not age runs the loop of the
// collector before aging (Visitor::trace), with no test of age bits per object.
template <bool kAging>
void drain_loop(Heap* heap) {
  Visitor v(heap);
  v.aging = kAging;
  Vec<uintptr_t>& stack = heap->mark_stack;
  uintptr_t queue[kPrefetchDistance];
  size_t head = 0, tail = 0;  // queue[head .. tail), indices modulo kPrefetchDistance
  for (;;) {
    while (tail - head < kPrefetchDistance && !stack.empty()) {
      uintptr_t object = stack.pop();
      __builtin_prefetch(reinterpret_cast<const void*>(object));
      queue[tail++ % kPrefetchDistance] = object;
    }
    if (head == tail) break;
    v.trace(queue[head++ % kPrefetchDistance]);
  }
  heap->stats.marked_bytes += v.marked_bytes;
  if (heap->young) heap->stats.promoted_bytes += v.promoted_bytes;
}

void drain(Heap* heap) {
  if (heap->aging_now) drain_loop<true>(heap); else drain_loop<false>(heap);
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
__attribute__((no_sanitize("address"))) bool mark_conservative_range(Heap* heap, uintptr_t from, uintptr_t to) {
  bool aging = heap->aging_now;
  bool holds_young = false;
  from = (from + 7) & ~uintptr_t{7};
  for (uintptr_t p = from; p + 8 <= to; p += 8) {
    uintptr_t word = *reinterpret_cast<const uintptr_t*>(p);
    if (!region_contains(word)) continue;
    uintptr_t object = heap_find_object(heap, word);
    if (object) holds_young |= mark_object(heap, object, block_info(object), aging);
  }
  return holds_young;
}

void mark_live_objects(Heap* heap) {
  heap->mark_stack.clear();
  heap->next_remembered.clear();
  if (heap->young) unmark_aged(heap); else clear_marks(heap);
  mark_statics(heap);
  mark_runtime_roots(heap);
  mark_coroutine_frames(heap);
  if (heap->young) mark_remembered(heap);
  if (current_isolate() == heap->isolate) scan_current_stack(heap);
  drain(heap);
  unlink_dead_frames(heap);
}

bool object_marked(uintptr_t object) {
  BlockInfo* info = block_info(object);
  if (info->kind != kBlockSmall) return static_cast<LargeObject*>(info->desc)->marked;
  const BlockDesc* b = static_cast<const BlockDesc*>(info->desc);
  size_t granule = (object - b->start) / kGranule;
  return (b->marks[granule / 64] >> (granule % 64)) & 1;
}

}  // namespace dartrt
