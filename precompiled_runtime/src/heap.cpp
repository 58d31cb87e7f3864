// Allocation slow path, block management and sweeping for one isolate's heap (docs/gc.md).
#include "heap.h"

#include <stdio.h>

#include "output.h"
#include "process_exit.h"
#include "stack_bound.h"

namespace dartrt {

namespace {

constexpr uint64_t kPageSize = 4096;

void note_owned(Heap* heap) {
  if (heap->owned_bytes > heap->stats.peak_bytes) heap->stats.peak_bytes = heap->owned_bytes;
}

// The isolate's fields are the truth for the bump region between slow-path calls (generated
// code bumps alloc_top inline); under stress they stay 0 so that every allocation comes here.
void sync_from_isolate(Heap* heap) {
  if (!heap->stress) {
    heap->top = heap->isolate->pub.alloc_top;
    heap->end = heap->isolate->pub.alloc_limit;
  }
}

void sync_to_isolate(Heap* heap) {
  if (heap->stress) {
    heap->isolate->pub.alloc_top = 0;
    heap->isolate->pub.alloc_limit = 0;
  } else {
    heap->isolate->pub.alloc_top = heap->top;
    heap->isolate->pub.alloc_limit = heap->end;
  }
}


// Abandons the rest of the bump region: a filler keeps the block walkable. What was used of the
// region counts as allocated (generated code allocates inline without telling anyone).
void retire_region(Heap* heap) {
  heap->stats.bytes_allocated += heap->top - heap->region_start;
  write_filler(heap->top, heap->end);
  heap->top = heap->end = heap->region_start = 0;
}

void retire_overflow(Heap* heap) {
  heap->stats.bytes_allocated += heap->overflow_top - heap->overflow_start;
  write_filler(heap->overflow_top, heap->overflow_end);
  heap->overflow_top = heap->overflow_end = heap->overflow_start = 0;
}

// Hands [from, to) of block b out for bump allocation. The memory must be zero for the inline
// path's contract; fresh blocks already are.
void open_region(BlockDesc* b, uintptr_t from, uintptr_t to, uintptr_t* top, uintptr_t* end) {
  if (!b->fresh) memset(reinterpret_cast<void*>(from), 0, to - from);
  b->starts_valid = false;
  b->in_use = true;
  *top = from;
  *end = to;
}

BlockDesc* new_block(Heap* heap) {
  if (heap->owned_bytes + kBlockSize > heap->limit) return nullptr;
  BlockDesc* b = static_cast<BlockDesc*>(xcalloc(1, sizeof(BlockDesc)));
  bool fresh = false;
  uintptr_t start = region_acquire(1, heap, kBlockSmall, b, &fresh);
  if (!start) {
    free(b);
    return nullptr;
  }
  b->start = start;
  b->fresh = fresh;
  b->starts_valid = true;  // no objects yet
  memset(b->free_lines, 0xFF, sizeof b->free_lines);
  memset(b->swept_free, 0xFF, sizeof b->swept_free);
  heap->blocks.push(b);
  heap->owned_bytes += kBlockSize;
  note_owned(heap);
  return b;
}

// The first line at or after `from` whose bit in `lines` is `value` (kLinesPerBlock if none), a
// word at a time: the allocation slow path scanned line by line, 3 % of havlak's instructions
// (more with aging, whose kept lines make the free runs shorter).
__attribute__((noinline)) uint32_t find_line(const uint64_t* lines, uint32_t from, bool value) {
  for (uint32_t w = from / 64; w < kLinesPerBlock / 64; ++w) {
    uint64_t bits = value ? lines[w] : ~lines[w];
    if (w == from / 64) bits &= ~uint64_t{0} << (from % 64);
    if (bits) return w * 64 + (uint32_t)__builtin_ctzll(bits);
  }
  return kLinesPerBlock;
}

// Finds the next run of free lines in the recyclable blocks (or an empty block) and makes it the
// bump region. Immix's "recycled allocation".
bool next_free_run(Heap* heap) {
  for (;;) {
    BlockDesc* b = heap->cursor;
    if (b) {
      uint32_t line = find_line(b->free_lines, heap->cursor_line, true);
      if (line < kLinesPerBlock) {
        uint32_t run_end = find_line(b->free_lines, line, false);
        // The run is handed out: its lines are no longer free. It is a maximal run of ones, so
        // adding the lowest bit of its part of a word carries through exactly that part.
        for (uint32_t w = line / 64, low = line % 64; w <= (run_end - 1) / 64; ++w, low = 0) {
          b->free_lines[w] &= b->free_lines[w] + (uint64_t{1} << low);
        }
        heap->cursor_line = run_end;
        open_region(b, b->start + line * kLineSize, b->start + run_end * kLineSize, &heap->top, &heap->end);
        heap->region_start = heap->top;
        return true;
      }
      heap->cursor = nullptr;
    }
    if (heap->next_recyclable < heap->recyclable.size()) {
      heap->cursor = heap->recyclable[heap->next_recyclable++];
      heap->cursor_line = 0;
      continue;
    }
    if (!heap->empty.empty()) {
      BlockDesc* e = heap->empty.pop();
      memset(e->free_lines, 0, sizeof e->free_lines);
      open_region(e, e->start, e->start + kBlockSize, &heap->top, &heap->end);
      heap->region_start = heap->top;
      return true;
    }
    return false;
  }
}

bool over_threshold(Heap* heap, uint64_t bytes) { return heap->owned_bytes + bytes > heap->threshold; }

void collect(Heap* heap, bool full);

// An allocation found no room even after growing the heap (or may not grow it): collects -- the
// policy's choice the first time, a full collection the next -- and returns true, or returns
// false when a full collection has already been tried for this allocation (exhausted).
bool collect_for_room(Heap* heap, bool* collected) {
  if (*collected && heap->last_full) return false;
  collect(heap, *collected);
  *collected = true;
  return true;
}

uintptr_t allocate_small(Heap* heap, uint64_t size) {
  bool collected = heap->stress;  // stress already collected for this allocation
  for (;;) {
    if (heap->top + size <= heap->end) {
      uintptr_t p = heap->top;
      heap->top += size;
      return p;
    }
    retire_region(heap);
    if (next_free_run(heap)) continue;
    if (!collected && over_threshold(heap, kBlockSize)) {
      collect(heap, false);
      collected = true;
      continue;
    }
    BlockDesc* b = new_block(heap);
    if (!b) {
      if (!collect_for_room(heap, &collected)) return 0;  // exhausted
      continue;
    }
    heap->empty.push(b);
  }
}

// Medium objects (a line < size <= the large threshold) that do not fit the current region go to
// a separate overflow region instead of abandoning the rest of the current run.
uintptr_t allocate_medium(Heap* heap, uint64_t size) {
  bool collected = heap->stress;
  for (;;) {
    if (heap->top + size <= heap->end) {
      uintptr_t p = heap->top;
      heap->top += size;
      return p;
    }
    if (heap->overflow_top + size <= heap->overflow_end) {
      uintptr_t p = heap->overflow_top;
      heap->overflow_top += size;
      return p;
    }
    retire_overflow(heap);
    if (!heap->empty.empty()) {
      BlockDesc* e = heap->empty.pop();
      memset(e->free_lines, 0, sizeof e->free_lines);
      open_region(e, e->start, e->start + kBlockSize, &heap->overflow_top, &heap->overflow_end);
      heap->overflow_start = heap->overflow_top;
      continue;
    }
    if (!collected && over_threshold(heap, kBlockSize)) {
      collect(heap, false);
      collected = true;
      continue;
    }
    BlockDesc* b = new_block(heap);
    if (!b) {
      if (!collect_for_room(heap, &collected)) return 0;  // exhausted
      continue;
    }
    heap->empty.push(b);
  }
}

void release_small_block(Heap* heap, BlockDesc* b);

// Gives empty small blocks back to the region while the heap owns more than `bytes` more would
// allow (threshold or limit). The sweep keeps empty blocks up to the collection threshold for
// small objects, but a large object needs a run of its own: without this, every large
// allocation after a collection found the heap "full" of empty blocks and collected again (a
// collection per few large objects, issue 10). The region reuses the released blocks, pages
// and all, for the large object's run.
void release_empty_blocks(Heap* heap, uint64_t bytes) {
  while (!heap->empty.empty() &&
         (over_threshold(heap, bytes) || heap->owned_bytes + bytes > heap->limit)) {
    BlockDesc* b = heap->empty.pop();
    for (size_t i = heap->blocks.size(); i-- > 0;) {  // empty blocks sit near the end
      if (heap->blocks[i] == b) {
        heap->blocks[i] = heap->blocks.back();
        heap->blocks.pop();
        break;
      }
    }
    release_small_block(heap, b);
  }
}

uintptr_t allocate_large(Heap* heap, uint64_t size, bool zeroed) {
  uint64_t accounted = (size + kPageSize - 1) / kPageSize * kPageSize;
  size_t blocks = (size + kBlockSize - 1) / kBlockSize;
  bool collected = heap->stress;  // stress already collected for this allocation
  for (;;) {
    release_empty_blocks(heap, accounted);
    if (!collected && over_threshold(heap, accounted)) {
      collect(heap, false);
      collected = true;
      continue;
    }
    if (heap->owned_bytes + accounted > heap->limit) {
      if (!collect_for_room(heap, &collected)) return 0;  // exhausted
      continue;
    }
    LargeObject* lo = static_cast<LargeObject*>(xcalloc(1, sizeof(LargeObject)));
    bool fresh = false;
    uintptr_t start = region_acquire(blocks, heap, kBlockLarge, lo, &fresh);
    if (!start) {
      free(lo);
      if (!collect_for_room(heap, &collected)) return 0;  // exhausted
      continue;
    }
    if (!fresh && zeroed) memset(reinterpret_cast<void*>(start), 0, size);
    lo->start = start;
    lo->size = size;
    lo->accounted = accounted;
    lo->blocks = blocks;
    lo->next = heap->large;
    if (heap->large) heap->large->prev = lo;
    heap->large = lo;
    heap->owned_bytes += accounted;
    heap->stats.bytes_allocated += size;
    note_owned(heap);
    return start;
  }
}

// ---- sweeping ------------------------------------------------------------------------------

inline void set_bit(uint64_t* bits, size_t i) { bits[i / 64] |= uint64_t{1} << (i % 64); }
inline bool test_bit(const uint64_t* bits, size_t i) { return (bits[i / 64] >> (i % 64)) & 1; }

[[noreturn]] void corrupt_heap(uintptr_t at, uint64_t header) {
  fatal("heap corruption: object at %p has header %#llx", reinterpret_cast<void*>(at),
        static_cast<unsigned long long>(header));
}

inline bool any_bits(const uint64_t* bits, size_t words) {
  uint64_t any = 0;
  for (size_t i = 0; i < words; ++i) any |= bits[i];
  return any != 0;
}

void release_small_block(Heap* heap, BlockDesc* b) {
  region_release(b->start, 1);
  heap->owned_bytes -= kBlockSize;
  free(b);
}

// Immix's sweep: a block is only its line marks. Lines no marked object touches are free for
// the next round of allocation; a block without marks is empty. O(lines), not O(objects).
// Marks and line marks stay: they are the old generation (a full collection clears them first),
// and the aged objects (the next young collection unmarks them first). Returns the old bytes;
// `aged_live` gets the aged ones.
__attribute__((minsize)) uint64_t sweep(Heap* heap, uint64_t* aged_live) {
  uint64_t live = 0;
  uint64_t aged = 0;
  uint64_t in_use_bytes = 0;
  heap->recyclable.clear();
  heap->next_recyclable = 0;
  heap->cursor = nullptr;
  Vec<BlockDesc*> empties = {};
  size_t kept = 0;
  for (size_t i = 0; i < heap->blocks.size(); ++i) {
    BlockDesc* b = heap->blocks[i];
    if (!b->in_use) {
      empties.push(b);
      continue;
    }
    if (!any_bits(b->line_marks, kLinesPerBlock / 64) && !any_bits(b->aged_lines, kLinesPerBlock / 64)) {
      b->in_use = false;
      b->fresh = false;
      memset(b->starts, 0, sizeof b->starts);
      memset(b->marks, 0, sizeof b->marks);
      memset(b->aged, 0, sizeof b->aged);
      b->aged_bytes = 0;
      b->starts_valid = true;
      memset(b->free_lines, 0xFF, sizeof b->free_lines);
      memset(b->swept_free, 0xFF, sizeof b->swept_free);
      b->live_bytes = 0;
      empties.push(b);
      continue;
    }
    // The marked objects (old and aged) become the object starts of the block until the next
    // collection.
    memcpy(b->starts, b->marks, sizeof b->starts);
    bool has_free = false;
    for (size_t w = 0; w < kLinesPerBlock / 64; ++w) {
      b->free_lines[w] = ~(b->line_marks[w] | b->aged_lines[w]);
      b->swept_free[w] = b->free_lines[w];
      has_free |= b->free_lines[w] != 0;
    }
    b->starts_valid = true;
    b->fresh = false;
    live += b->live_bytes;
    aged += b->aged_bytes;
    in_use_bytes += kBlockSize;
    heap->blocks[kept++] = b;
    if (has_free) heap->recyclable.push(b);
  }
  heap->blocks.count = kept;

  for (LargeObject* lo = heap->large; lo;) {
    LargeObject* next = lo->next;
    if (lo->marked) {
      (lo->aged ? aged : live) += lo->size;
      in_use_bytes += lo->accounted;
    } else {
      if (lo->prev) lo->prev->next = lo->next; else heap->large = lo->next;
      if (lo->next) lo->next->prev = lo->prev;
      region_release(lo->start, lo->blocks);
      heap->owned_bytes -= lo->accounted;
      free(lo);
    }
    lo = next;
  }

  // Next collection when the heap has grown by the policy's headroom (gc_policy.cpp). Empty
  // blocks up to that budget stay with this heap (they would be asked for again before the next
  // collection); the rest go back to the OS.
  // A young collection promoted what is old now beyond what was old before (heap->live_bytes
  // still holds that): counted before the policy looks at it.
  if (heap->young && live > heap->live_bytes) heap->stats.promoted_bytes += live - heap->live_bytes;
  // The policy's live size is everything marked: old and aged.
  uint64_t threshold = policy_after_sweep(heap, live + aged, in_use_bytes);
  heap->threshold = threshold;
  heap->empty.clear();
  for (size_t i = 0; i < empties.size(); ++i) {
    BlockDesc* b = empties[i];
    if (in_use_bytes + (heap->empty.size() + 1) * kBlockSize <= threshold) {
      heap->empty.push(b);
      heap->blocks[heap->blocks.count++] = b;
    } else {
      release_small_block(heap, b);
    }
  }
  empties.release();
  *aged_live = aged;
  return live;
}

// Adds the starts of the objects in run [from, to) of block b: allocation filled it from its
// start, so it can be walked object by object (a zero word is an unused granule, a filler the
// abandoned rest of the run).
void walk_run(BlockDesc* b, uintptr_t from, uintptr_t to) {
  uintptr_t p = from;
  while (p < to) {
    uint64_t header = *reinterpret_cast<uint64_t*>(p);
    if (header == 0) {
      p += kGranule;
      continue;
    }
    uint64_t size = dart_header_size(header);
    if (size == 0 || size > to - p) corrupt_heap(p, header);
    if (dart_header_cid(header) != DART_FILLER_CID) set_bit(b->starts, (p - b->start) / kGranule);
    p += size;
  }
}

bool region_open_in(Heap* heap, const BlockDesc* b) {
  uintptr_t top = heap->stress ? heap->top : heap->isolate->pub.alloc_top;
  uintptr_t end = b->start + kBlockSize;
  return (top >= b->start && top < end) || (heap->overflow_top >= b->start && heap->overflow_top < end);
}

// Completes the object-start bitmap of a block that allocation has touched since its last sweep:
// walks every run handed out since (lines free at the sweep and no longer free now).
void rebuild_starts(BlockDesc* b) {
  size_t line = 0;
  while (line < kLinesPerBlock) {
    if (!test_bit(b->swept_free, line) || test_bit(b->free_lines, line)) {
      ++line;
      continue;
    }
    size_t end = line;
    while (end < kLinesPerBlock && test_bit(b->swept_free, end) && !test_bit(b->free_lines, end)) ++end;
    walk_run(b, b->start + line * kLineSize, b->start + end * kLineSize);
    line = end;
  }
  b->starts_valid = true;
}

// A collection: full when asked (or when the policy says so), else young. The caller has synced
// the bump region from the isolate (and syncs it back): inside the allocation slow path the
// heap's copy is the truth. Only inside an entry into the heap (as_heap_entry): the conservative
// scan starts at its bound. Not inlined into an entry: its locals must lie below the bound.
// Compiled for size (docs/gc.md, "Aging": hello world's budget).
__attribute__((minsize, noinline)) void collect(Heap* heap, bool full) {
  if (heap->collecting) fatal("collection requested during a collection");
  uint64_t start = now_nanos();
  full = full || policy_want_full(heap);
  heap->collecting = true;
  heap->young = !full;
  heap->aging_now = heap->young && policy_age_survivors(heap);
  uint64_t aged_before = heap->aged_bytes;
  retire_region(heap);
  retire_overflow(heap);
  uint64_t owned_before = heap->owned_bytes;
  uint64_t allocated_before = heap->allocated_at_last_gc;
  size_t remembered = heap->remembered.size();
  if (heap->young && heap->verify) verify_remembered_set(heap);
  mark_live_objects(heap);
  uint64_t marked = now_nanos();
  uint64_t old_bytes = full ? 0 : heap->live_bytes;
  uint64_t promoted_before = heap->stats.promoted_bytes;
  heap->live_bytes = sweep(heap, &heap->aged_bytes);
  // What this collection traced: the aged objects, and the old ones beyond those before it.
  heap->stats.marked_bytes += (heap->live_bytes > old_bytes ? heap->live_bytes - old_bytes : 0) + heap->aged_bytes;
  if (heap->aging_now) policy_after_aging(heap, aged_before, heap->stats.promoted_bytes - promoted_before);
  // Marking set the barrier bit of every remembered object that is still alive; a collection
  // that ages kept those that still point to aged objects (settle_ages).
  Vec<uintptr_t> kept = heap->next_remembered;
  heap->next_remembered = heap->remembered;
  heap->remembered = kept;
  heap->next_remembered.clear();
  heap->aging_now = false;
  heap->collecting = false;
  heap->last_full = full;
  uint64_t pause = now_nanos() - start;
  if (heap->verbose) {
    stderr_printf("dartc gc #%llu (%s): allocated %llu KiB, heap %llu -> %llu KiB, live %llu KiB, aged %llu KiB, "
                  "remembered %zu, "
                  "mark %.3f ms, sweep %.3f ms, next at %llu KiB\n",
                  (unsigned long long)heap->stats.collections + 1, full ? "full" : "young",
                  (unsigned long long)(heap->stats.bytes_allocated - allocated_before) >> 10,
                  (unsigned long long)owned_before >> 10, (unsigned long long)heap->owned_bytes >> 10,
                  (unsigned long long)heap->live_bytes >> 10, (unsigned long long)heap->aged_bytes >> 10, remembered, (double)(marked - start) / 1e6,
                  (double)(now_nanos() - marked) / 1e6, (unsigned long long)heap->threshold >> 10);
  }
  HeapStats& st = heap->stats;
  st.collections++;
  st.gc_nanos += pause;
  st.remembered += remembered;
  if (pause > st.max_pause_nanos) st.max_pause_nanos = pause;
  if (full) {
    st.full_collections++;
  } else {
    st.young_collections++;
    st.young_nanos += pause;
    if (pause > st.max_young_pause_nanos) st.max_young_pause_nanos = pause;
  }
}

}  // namespace

Heap* heap_create(Isolate* isolate) {
  region_init();
  Heap* heap = static_cast<Heap*>(xcalloc(1, sizeof(Heap)));
  heap->isolate = isolate;
  heap->stress = config().gc_stress;
  const char* verify = getenv("DARTC_GC_VERIFY");
  heap->verify = verify && *verify && strcmp(verify, "0") != 0;
  const char* verbose = getenv("DARTC_GC_VERBOSE");
  heap->verbose = verbose && *verbose && strcmp(verbose, "0") != 0;
  const char* generational = getenv("DARTC_GC_GENERATIONAL");
  heap->generational = !generational || strcmp(generational, "0") != 0;
  const char* aging = getenv("DARTC_GC_AGING");
  heap->aging = !aging || strcmp(aging, "0") != 0;
  heap->limit = config().heap_limit;
  heap->threshold = heap->limit < kMinCollectionThreshold ? heap->limit : kMinCollectionThreshold;
  policy_init(heap);
  return heap;
}

void heap_destroy(Heap* heap) {
  for (size_t i = 0; i < heap->blocks.size(); ++i) release_small_block(heap, heap->blocks[i]);
  for (LargeObject* lo = heap->large; lo;) {
    LargeObject* next = lo->next;
    region_release(lo->start, lo->blocks);
    free(lo);
    lo = next;
  }
  heap->blocks.release();
  heap->recyclable.release();
  heap->empty.release();
  heap->mark_stack.release();
  heap->remembered.release();
  heap->next_remembered.release();
  free(heap);
}

void heap_prepare_handover(Heap* heap) {
  sync_from_isolate(heap);
  retire_region(heap);
  retire_overflow(heap);
  heap->cursor = nullptr;
}

void heap_adopt(Heap* into, Heap* from) {
  if (into->collecting || from->collecting) fatal("heap hand-over during a collection");
  // Ownership is read without a lock by every marking thread's owner filter (relaxed atomics):
  // no other isolate holds a pointer into these blocks, so it only has to be a clean store.
  for (size_t i = 0; i < from->blocks.size(); ++i) {
    BlockDesc* b = from->blocks[i];
    __atomic_store_n(&block_info(b->start)->owner, into, __ATOMIC_RELAXED);
    // Allocation finds the free lines of adopted blocks after the next sweep, which rebuilds
    // the recyclable and empty lists from `blocks`.
    into->blocks.push(b);
  }
  LargeObject* last = nullptr;
  for (LargeObject* lo = from->large; lo; lo = lo->next) {
    for (size_t k = 0; k < lo->blocks; ++k) {
      __atomic_store_n(&block_info(lo->start + k * kBlockSize)->owner, into, __ATOMIC_RELAXED);
    }
    last = lo;
  }
  if (last) {
    last->next = into->large;
    if (into->large) into->large->prev = last;
    into->large = from->large;
  }
  for (size_t i = 0; i < from->remembered.size(); ++i) into->remembered.push(from->remembered[i]);
  into->owned_bytes += from->owned_bytes;
  into->live_bytes += from->live_bytes;
  into->aged_bytes += from->aged_bytes;
  // Room for the adopted bytes before the next collection (within the limit).
  into->threshold += from->owned_bytes;
  if (into->threshold > into->limit) into->threshold = into->limit;
  note_owned(into);
  into->stats.adopted_heaps++;
  into->stats.adopted_bytes += from->owned_bytes;
  from->blocks.release();
  from->recyclable.release();
  from->empty.release();
  from->mark_stack.release();
  from->remembered.release();
  from->next_remembered.release();
  free(from);
}

namespace {

// The allocation slow path, inside the entry heap_try_allocate. Not inlined there: its locals
// must lie below the scan's bound.
__attribute__((noinline)) DartObject* try_allocate(Heap* heap, uint64_t size, uint64_t header, bool zeroed) {
  size = dart_align_size(size);
  if (size < kGranule) size = kGranule;
  sync_from_isolate(heap);
  if (heap->stress && !heap->collecting) collect(heap, false);
  uintptr_t p;
  if (size > kLargeObjectThreshold) {
    p = allocate_large(heap, size, zeroed);
  } else if (size <= kLineSize) {
    p = allocate_small(heap, size);
  } else {
    p = allocate_medium(heap, size);
  }
  // Also when exhausted: the isolate's bump pointers must describe the heap's state (the stats
  // printed on the way out, or the code that catches the error, read them).
  sync_to_isolate(heap);
  if (!p) return nullptr;
  DartObject* object = reinterpret_cast<DartObject*>(p);
  object->header = header;
  return object;
}

}  // namespace

DartObject* heap_try_allocate(Heap* heap, uint64_t size, uint64_t header, bool zeroed) {
  return as_heap_entry(heap, [=] { return try_allocate(heap, size, header, zeroed); });
}

DartObject* heap_allocate(Heap* heap, uint64_t size, uint64_t header) {
  DartObject* object = heap_try_allocate(heap, size, header);
  if (!object) out_of_memory(size);
  return object;
}

void heap_collect(Heap* heap, bool full) {
  sync_from_isolate(heap);
  as_heap_entry(heap, [=] {
    collect(heap, full);
    return true;
  });
  sync_to_isolate(heap);
}

void heap_set_stress(Heap* heap, bool on) {
  sync_from_isolate(heap);
  heap->stress = on;
  sync_to_isolate(heap);
}

bool allocation_fits(uint64_t count, uint64_t element_bytes, uint64_t fixed_bytes) {
  // Small objects (every string a program builds piece by piece) skip the division below. The
  // answer can only differ for a heap limit below 64 KiB, where nothing fits either way: the
  // allocation itself then fails with the same out-of-memory report.
  Isolate* isolate = current_isolate();
  if (count <= 4096 && element_bytes <= 8 && fixed_bytes <= 4096 && isolate &&
      isolate->heap->limit >= (uint64_t{64} << 10)) {
    return true;
  }
  uint64_t most = isolate ? isolate->heap->limit : config().heap_limit;
  region_init();
  if (g_region.size < most) most = g_region.size;
  if (fixed_bytes + kGranule > most) return false;
  most -= fixed_bytes + kGranule;  // room for the header and the rounding up
  return element_bytes == 0 || count <= most / element_bytes;
}

void heap_set_limit(Heap* heap, uint64_t limit) {
  heap->limit = limit;
  if (heap->threshold > limit) heap->threshold = limit;
}

uintptr_t heap_find_object(Heap* heap, uintptr_t address) {
  if (!region_contains(address)) return 0;
  BlockInfo* info = block_info(address);
  if (block_owner(info) != heap) return 0;
  if (info->kind == kBlockLarge) {
    LargeObject* lo = static_cast<LargeObject*>(info->desc);
    return address < lo->start + lo->size ? lo->start : 0;
  }
  if (info->kind != kBlockSmall) return 0;
  BlockDesc* b = static_cast<BlockDesc*>(info->desc);
  // Outside a collection a bump region may still be open in the block, filling it with objects
  // the bitmap cannot know about; during one, every region has been retired.
  if (!b->starts_valid || (!heap->collecting && region_open_in(heap, b))) rebuild_starts(b);
  // The nearest recorded start at or below the address.
  size_t granule = (address - b->start) / kGranule;
  size_t word = granule / 64;
  uint64_t bits = b->starts[word] & (~uint64_t{0} >> (63 - granule % 64));
  while (bits == 0) {
    if (word == 0) return 0;
    bits = b->starts[--word];
  }
  uintptr_t object = b->start + (word * 64 + 63 - (size_t)__builtin_clzll(bits)) * kGranule;
  uint64_t header = *reinterpret_cast<uint64_t*>(object);
  if (header == 0 || dart_header_cid(header) == DART_FILLER_CID) return 0;
  return address < object + dart_header_size(header) ? object : 0;
}

uint64_t heap_object_size(uintptr_t object) {
  uint64_t size = dart_header_size(*reinterpret_cast<uint64_t*>(object));
  if (size != 0) return size;
  // Only huge objects have no size in the header, and they all live in the large-object space.
  BlockInfo* info = block_info(object);
  return static_cast<LargeObject*>(info->desc)->size;
}

void heap_print_stats(Heap* heap) {
  sync_from_isolate(heap);
  const HeapStats& s = heap->stats;
  uint64_t in_regions = (heap->top - heap->region_start) + (heap->overflow_top - heap->overflow_start);
  stderr_printf("dartc gc: collections=%llu allocated=%llu bytes gc_time=%.3f ms max_pause=%.3f ms "
                "peak_heap=%llu bytes live_at_last_gc=%llu bytes young=%llu full=%llu young_gc_time=%.3f ms "
                "max_young_pause=%.3f ms remembered=%llu adopted_heaps=%llu adopted_bytes=%llu "
                "message_bytes_copied=%llu marked=%llu bytes promoted=%llu bytes\n",
                (unsigned long long)s.collections, (unsigned long long)(s.bytes_allocated + in_regions),
                (double)s.gc_nanos / 1e6, (double)s.max_pause_nanos / 1e6,
                (unsigned long long)s.peak_bytes, (unsigned long long)heap->live_bytes,
                (unsigned long long)s.young_collections, (unsigned long long)s.full_collections,
                (double)s.young_nanos / 1e6, (double)s.max_young_pause_nanos / 1e6,
                (unsigned long long)s.remembered, (unsigned long long)s.adopted_heaps,
                (unsigned long long)s.adopted_bytes, (unsigned long long)s.message_bytes,
                (unsigned long long)s.marked_bytes, (unsigned long long)s.promoted_bytes);
}

}  // namespace dartrt

extern "C" DartObject* dartrt_allocate(uint64_t size, uint64_t header) {
  dartrt::Isolate* isolate = dartrt::current_isolate();
  if (!isolate) dartrt::fatal("allocation on a thread without an isolate");
  DartObject* object = dartrt::heap_try_allocate(isolate->heap, size, header);
  if (object) return object;
  // Exhausted after a full collection: the VM prints this line, then throws OutOfMemoryError
  // (through the core library's helper, which codegen exports). Throwing allocates the stack
  // trace through the runtime's own path, so a heap too full even for that ends the process.
  if (!dartrt_throw_out_of_memory) dartrt::out_of_memory(size);
  dartrt::stderr_printf("Exhausted heap space, trying to allocate %llu bytes.\n", (unsigned long long)size);
  dartrt_throw_out_of_memory();
  __builtin_unreachable();
}

extern "C" bool dartrt_allocation_fits(int64_t count, int64_t element_bytes) {
  return count >= 0 && element_bytes >= 0 && dartrt::allocation_fits((uint64_t)count, (uint64_t)element_bytes, 32);
}

extern "C" void dartrt_collect_garbage(void) {
  dartrt::Isolate* isolate = dartrt::current_isolate();
  if (isolate) dartrt::heap_collect(isolate->heap);
}
