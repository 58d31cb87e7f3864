// One isolate's heap: Immix-style mark-region (docs/gc.md).
//
// Small and medium objects live in 32 KiB blocks of 128-byte lines and are bump-allocated into
// runs of free lines; objects above DARTRT_LARGE_OBJECT_THRESHOLD get their own run of blocks
// (the large-object space). Collection marks precisely through the class table's pointer maps
// from precise roots (statics, runtime handles) and conservative ones (the stack and registers),
// recording marks in side bitmaps and the lines each live object covers; the sweep then only
// looks at line marks: unmarked lines become allocatable again, blocks without marks go back to
// the pool. Nothing moves, so an object seen from the stack is pinned for free.
//
// Collections are generational with sticky mark bits (docs/gc.md "Generations"): marks survive
// the sweep and mean "old". A young collection marks only from the roots and the remembered set
// (old objects written since the last collection, recorded by the write barrier) and never
// traces into old objects; a full collection clears every mark first. Once the policy finds
// promotion wasteful, a young survivor is not old at once (docs/gc.md "Aging"): it stays young
// (aged: marked, but traced again by the next young collection) until it survives a second one.
#ifndef DARTRT_HEAP_H
#define DARTRT_HEAP_H

#include "isolate.h"
#include "region.h"
#include "runtime.h"

namespace dartrt {

constexpr size_t kGranule = DART_OBJECT_ALIGNMENT;
constexpr size_t kLineSize = 128;
constexpr size_t kLinesPerBlock = kBlockSize / kLineSize;       // 256
constexpr size_t kGranulesPerBlock = kBlockSize / kGranule;     // 2048
constexpr size_t kLargeObjectThreshold = DARTRT_LARGE_OBJECT_THRESHOLD;
// Collect before the heap grows past this, whatever the live size: small programs never pay for
// a collection, and the cost of marking is amortized over at least this much allocation.
constexpr uint64_t kMinCollectionThreshold = uint64_t{16} << 20;

// The collector's bookkeeping for one small-object block (malloc'd, found through BlockInfo).
//
// Object starts, for mapping a conservative (possibly interior) pointer to its object, come from
// two sources: the marks of the last collection (every object that survived it) and a walk of
// the line runs handed out for allocation since then (objects there are contiguous from the run
// start). Dead objects in old lines are in neither, so a stale stack word can never resurrect an
// object whose referents may already be reused memory.
struct BlockDesc {
  uintptr_t start;
  uint64_t marks[kGranulesPerBlock / 64];    // mark bits by granule: old objects and aged ones
  // Objects that survived one young collection and are still young (age 1): marked, so that
  // they are object starts and keep their lines, but unmarked again when the next young
  // collection starts, which traces them once more (aging.cpp). A subset of `marks` outside a
  // collection.
  uint64_t aged[kGranulesPerBlock / 64];
  // During a collection that ages: the marks when marking started (the old objects), then the
  // objects it promoted (aging.cpp).
  uint64_t before[kGranulesPerBlock / 64];
  uint64_t starts[kGranulesPerBlock / 64];   // object starts (see above), valid if starts_valid
  uint64_t line_marks[kLinesPerBlock / 64];  // lines covered by old objects (sticky too)
  uint64_t aged_lines[kLinesPerBlock / 64];  // lines covered by aged objects (this cycle only)
  uint64_t free_lines[kLinesPerBlock / 64];  // free lines not yet handed out since the last sweep
  uint64_t swept_free[kLinesPerBlock / 64];  // lines that were free at the last sweep
  uint32_t live_bytes;                       // old bytes (since the last full collection)
  uint32_t aged_bytes;                       // aged bytes (the last young collection's)
  bool starts_valid;  // false once allocation may have placed objects the bitmap lacks
  bool fresh;         // never written since it came from the region: known to be zero
  bool in_use;        // holds (or held since the last sweep) objects; not on the empty list
};

// Sets the line bits of an object of `size` bytes at `offset` in its block (marking.cpp's
// mark_lines, aging.cpp's promotion of aged objects).
__attribute__((always_inline)) inline void set_line_bits(uint64_t* lines, uintptr_t offset, uint64_t size) {
  for (size_t line = offset / kLineSize; line <= (offset + size - 1) / kLineSize; ++line) lines[line / 64] |= uint64_t{1} << (line % 64);
}

// One object of the large-object space: it starts at its first block and owns the whole run.
struct LargeObject {
  uintptr_t start;
  uint64_t size;        // object size in bytes
  uint64_t accounted;   // bytes charged to the heap (size rounded up to pages)
  size_t blocks;
  bool marked;          // old or aged (sticky, like the small objects' marks)
  bool aged;            // survived one young collection, still young (BlockDesc::aged)
  bool before;          // during a collection that ages: marked when it started, then promoted
  LargeObject* next;
  LargeObject* prev;
};

struct HeapStats {
  uint64_t collections;
  uint64_t young_collections;
  uint64_t full_collections;
  uint64_t young_nanos;
  uint64_t max_young_pause_nanos;
  uint64_t remembered;        // objects the write barrier recorded, summed over collections
  uint64_t marked_bytes;      // bytes of objects marked (traced), summed over collections
  uint64_t promoted_bytes;    // bytes that young collections made old, summed
  uint64_t bytes_allocated;   // bytes of objects allocated, inline or not
  uint64_t gc_nanos;
  uint64_t peak_bytes;        // high-water mark of owned_bytes
  uint64_t adopted_heaps;     // heaps of exiting isolates taken over (Isolate.exit's hand-over)
  uint64_t adopted_bytes;     // bytes those heaps owned
  uint64_t message_bytes;     // bytes of objects rebuilt from copied messages into this heap
  uint64_t max_pause_nanos;
};

struct Heap {
  Isolate* isolate;
  bool stress;                  // DARTC_GC_STRESS: collect at every slow-path allocation
  bool verify;                  // DARTC_GC_VERIFY: check every precise pointer during marking
                                // and the remembered set before every young collection
  bool generational;            // DARTC_GC_GENERATIONAL (default 1): young collections between full
  bool aging;                   // DARTC_GC_AGING (default 1): the policy may promote at the second survival
  bool aging_now;               // the collection in progress is a young one that ages its survivors
  uint32_t aging_pause;         // collections left that promote at the first survival (policy;
                                // kPromoteUntilWasteful: until a full collection finds that
                                // promotion was wasteful)
  uint32_t aging_backoff;       // the next pause's length
  bool young;                   // the collection in progress is a young one
  bool last_full;               // the last collection was a full one
  bool verbose;                 // DARTC_GC_VERBOSE: one line per collection on stderr
  bool collecting;
  uintptr_t scan_from;          // where the stack scan starts (stack_bound.h); 0 outside
  uint64_t limit;               // most bytes this heap may own

  Vec<BlockDesc*> blocks;       // every small block this heap owns
  Vec<BlockDesc*> recyclable;   // blocks with free lines, in the order allocation visits them
  size_t next_recyclable;
  BlockDesc* cursor;            // block whose free lines allocation is consuming
  uint32_t cursor_line;
  Vec<BlockDesc*> empty;        // owned blocks without objects, ready for reuse

  uintptr_t top, end;           // current bump region; mirrored in the isolate unless stress
  uintptr_t region_start;       // where the current region began (for statistics)
  uintptr_t overflow_top, overflow_end;  // bump region for medium objects (Immix "overflow")
  uintptr_t overflow_start;

  LargeObject* large;
  uint64_t owned_bytes;         // small blocks * block size + large objects' accounted bytes
  uint64_t threshold;           // collect rather than grow past this
  uint64_t live_bytes;          // marked (old) after the last collection
  uint64_t aged_bytes;          // aged (marked but young) after the last collection
  uint64_t full_live_bytes;     // marked after the last full collection
  uint64_t promoted_at_full;    // stats.promoted_bytes when full_live_bytes was taken
  uint64_t full_trigger;        // the next collection is full once live_bytes passes this
  uint64_t allocated_at_last_gc;  // stats.bytes_allocated when the last collection ended

  // Old objects whose barrier bit is clear: recorded by dartrt_write_barrier since the last
  // collection, or kept by it because they still point to aged (young) objects.
  Vec<uintptr_t> remembered;
  Vec<uintptr_t> next_remembered;  // built by a collection that ages: the remembered set after it

  Vec<uintptr_t> mark_stack;    // explicit, so deep structures never recurse
  HeapStats stats;
};

Heap* heap_create(Isolate* isolate);
void heap_destroy(Heap* heap);

// The allocation slow path: size is rounded up to 16 bytes. When the heap is exhausted after a
// full collection, heap_try_allocate returns null (natives then return null and the core library
// throws OutOfMemoryError) and heap_allocate ends the process with the VM's report (allocations
// no program controls); dartrt_allocate, for generated code, throws OutOfMemoryError.
// `zeroed` false: a large object's memory is left as it was (BYTES objects the caller fills
// entirely, such as BigInt's digits; the collector never reads their payload).
DartObject* heap_try_allocate(Heap* heap, uint64_t size, uint64_t header, bool zeroed = true);
DartObject* heap_allocate(Heap* heap, uint64_t size, uint64_t header);
// Isolate.exit's hand-over without a copy (docs/isolates.md): the exiting isolate's thread
// closes its bump regions (heap_prepare_handover) and stops using the heap; the receiving
// isolate's thread then takes over every block and large object of it (heap_adopt), which frees
// `from` itself. Objects keep their addresses, marks (old stays old) and barrier bits; the
// remembered sets are merged.
void heap_prepare_handover(Heap* heap);
void heap_adopt(Heap* into, Heap* from);
// A full collection, or with `full` false the collection the policy chooses (tests).
void heap_collect(Heap* heap, bool full = true);

// Marks `object` as written: the write barrier's slow path (abi.h dartrt_write_barrier).
void heap_remember(Heap* heap, uintptr_t object);
// The write barrier for runtime code that stores a value word into a heap object it did not just
// allocate (or that may have become old since: anything that allocates or collects in between).
inline void write_barrier(void* object) {
  if (*static_cast<const uint64_t*>(object) & DART_HEADER_BARRIER_BIT) dartrt_write_barrier(static_cast<DartObject*>(object), reinterpret_cast<dart_word>(object));
}

// Conservative lookup: the start of the object of this heap that contains `address`, or 0 (not
// a heap address, another heap's, free space, or a filler).
uintptr_t heap_find_object(Heap* heap, uintptr_t address);
// Size of an object of this heap (the header's, or the large-object space's for huge ones).
uint64_t heap_object_size(uintptr_t object);

// The collection policy (gc_policy.cpp, docs/gc.md "Policy"). policy_want_full: whether the
// collection about to start must be a full one. policy_after_sweep: called by the sweep with the
// bytes now marked (old) and the bytes of blocks in use, before heap->live_bytes is updated (it
// still holds the previous collection's figure); updates the full trigger and the young headroom
// and returns the heap size at which the next collection happens.
void policy_init(Heap* heap);
bool policy_want_full(Heap* heap);
uint64_t policy_after_sweep(Heap* heap, uint64_t live, uint64_t in_use_bytes);
// The allocation the policy allows between young collections now (beyond the blocks in use).
uint64_t policy_young_headroom(const Heap* heap);
// Aging (docs/gc.md "Aging"): whether the collection about to start ages its survivors, and,
// after a young collection that did, the bytes that were aged when it started and the bytes of
// those it found alive (and promoted).
// A program starts by promoting at the first survival (aging_pause == kPromoteUntilWasteful).
constexpr uint32_t kPromoteUntilWasteful = ~uint32_t{0};
bool policy_age_survivors(Heap* heap);
void policy_after_aging(Heap* heap, uint64_t aged_before, uint64_t aged_survived);

// Marking (marking.cpp): marks everything reachable from the isolate's roots; in a young
// collection (heap->young) only what is not marked yet, with the remembered set as more roots.
void mark_live_objects(Heap* heap);
// DARTC_GC_VERIFY before a young collection: every old object not in the remembered set points
// only to old objects (or outside the heap); ends the process with a clear message otherwise.
void verify_remembered_set(Heap* heap);
// The first slot of an object that holds a young object of this heap (not marked, or aged), or 0.
size_t young_slot(Heap* heap, uintptr_t object);
// Aging (aging.cpp), around the marking of a young collection: unmark_aged before it (the aged
// objects are young again; in a collection that ages, it also records the old marks), and in a
// collection that ages, settle_ages after it (which of the marked objects are aged and which
// old, and which old ones the remembered set must keep).
void unmark_aged(Heap* heap);
void settle_ages(Heap* heap);
// Scans [from, to) word by word as conservative roots (stack_scan.cpp calls it).
void mark_conservative_range(Heap* heap, uintptr_t from, uintptr_t to);
// Scans the registers and stack of the current thread from heap->scan_from, the bound the entry
// into the heap recorded (stack_bound.h), up to the isolate's stack base.
void scan_current_stack(Heap* heap);

// Turns stress mode on or off at run time (tests; DARTC_GC_STRESS sets it at creation).
void heap_set_stress(Heap* heap, bool on);
// Changes the heap limit at run time (tests; DARTC_HEAP_LIMIT sets it at creation).
void heap_set_limit(Heap* heap, uint64_t limit);

// Whether one object of `fixed_bytes` plus `count` elements of `element_bytes` could ever be
// allocated: its size does not overflow and is within the heap limit and the address space
// reserved for heaps. Lengths that fail this make the VM throw OutOfMemoryError; the core
// library (through dartrt_allocation_fits) and the string natives check them before allocating
// (docs/runtime-errors.md).
bool allocation_fits(uint64_t count, uint64_t element_bytes, uint64_t fixed_bytes);

// Prints the DARTC_GC_STATS line to stderr.
void heap_print_stats(Heap* heap);

// Marks [from, to) as free space, so that the block stays walkable object by object.
inline void write_filler(uintptr_t from, uintptr_t to) {
  if (to > from) *reinterpret_cast<uint64_t*>(from) = dart_make_header(DART_FILLER_CID, to - from);
}

// Allocation from runtime C++ code: the same inline fast path generated code uses. The slow
// path is heap_allocate, or heap_try_allocate with `may_fail` (null when exhausted).
inline DartObject* allocate_object(uint64_t size, uint32_t cid, bool may_fail = false) {
  size = dart_align_size(size);
  uint64_t header = dart_make_header(cid, size);
  DartIsolate* isolate = dartrt_current_isolate;
  uintptr_t top = isolate->alloc_top;
  if (size <= kLargeObjectThreshold && top + size <= isolate->alloc_limit) {
    isolate->alloc_top = top + size;
    DartObject* object = reinterpret_cast<DartObject*>(top);
    object->header = header;
    return object;
  }
  Heap* heap = current_isolate()->heap;
  return may_fail ? heap_try_allocate(heap, size, header) : heap_allocate(heap, size, header);
}

}  // namespace dartrt

#endif  // DARTRT_HEAP_H
