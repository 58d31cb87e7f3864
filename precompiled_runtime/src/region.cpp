// The process-wide block allocator (DESIGN.md §4, §6): the only heap state shared between
// isolates, behind one mutex. Heaps take blocks in batches of one (small objects) or a run
// (one large object) and give them back when a collection finds them empty, so the lock is taken
// per 32 KiB, never per object.
//
// The reservation is PROT_NONE and committed (made read-write) in 2 MiB steps as the high-water
// mark grows: that keeps strict overcommit accounting (vm.overcommit_memory=2) honest, and
// untouched pages cost nothing either way.
#include <pthread.h>
#include <sys/mman.h>

#include "process_exit.h"
#include "region.h"
#include "runtime.h"

namespace dartrt {

Region g_region;

namespace {

constexpr size_t kCommitStep = size_t{2} << 20;
constexpr size_t kHugePage = size_t{2} << 20;

bool huge_pages_wanted() {
  const char* env = getenv("DARTC_GC_HUGE_PAGES");
  return !env || strcmp(env, "0") != 0;
}
constexpr size_t kMaxReservation = size_t{64} << 30;
constexpr size_t kMinReservation = size_t{256} << 20;

pthread_once_t g_once = PTHREAD_ONCE_INIT;
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
uint64_t* g_free_bits;      // bit i set: block i was handed out before and is free again
size_t g_frontier;          // blocks [0, g_frontier) have been handed out at least once
size_t g_committed;         // bytes [0, g_committed) of the region are read-write
size_t g_search_hint;       // no free bit below this word index
size_t g_in_use;
uint64_t* g_dirty_bits;     // bit i set: block i is free but its pages were not returned yet
size_t g_dirty;             // number of such blocks

// Freed blocks keep their pages (no madvise) up to this many bytes, or half the blocks in use if
// that is more. Returning pages costs a system call, a TLB shootdown on every CPU the process
// ran on and, when the block is taken again, a page fault per page plus the zeroing the caller
// does anyway: for a program that frees and reallocates large objects all the time that was
// most of its time (issue 10). Reused blocks are cleared by their new owner either way.
constexpr size_t kDirtyBudgetMin = size_t{32} << 20;

void* map_noreserve(size_t bytes, int prot) {
  void* p = mmap(nullptr, bytes, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

void reserve() {
  // The heap limit applies per isolate; the reservation bounds all isolates together. Try big
  // first and halve: some systems cap the address space (ulimit -v, emulators).
  size_t want = kMaxReservation;
  void* base = nullptr;
  while (want >= kMinReservation) {
    // Over-reserve so the region can start aligned to a huge page (and so to a block).
    base = map_noreserve(want + kHugePage, PROT_NONE);
    if (base) break;
    want /= 2;
  }
  if (!base) out_of_memory(kMinReservation);  // e.g. `ulimit -v` below 256 MiB
  uintptr_t aligned = ((uintptr_t)base + kHugePage - 1) & ~(uintptr_t)(kHugePage - 1);
  if (huge_pages_wanted()) madvise((void*)aligned, want, MADV_HUGEPAGE);
  g_region.base = aligned;
  g_region.size = want;
  g_region.blocks = want / kBlockSize;
  g_region.info = static_cast<BlockInfo*>(map_noreserve(g_region.blocks * sizeof(BlockInfo), PROT_READ | PROT_WRITE));
  g_free_bits = static_cast<uint64_t*>(map_noreserve((g_region.blocks + 63) / 64 * 8, PROT_READ | PROT_WRITE));
  g_dirty_bits = static_cast<uint64_t*>(map_noreserve((g_region.blocks + 63) / 64 * 8, PROT_READ | PROT_WRITE));
  if (!g_region.info || !g_free_bits || !g_dirty_bits) out_of_memory(g_region.blocks * sizeof(BlockInfo));
}

// Finds `count` consecutive blocks set in `map` (the free blocks, or the free blocks that kept
// their pages: a subset, so the search hint holds for both); returns the first index or SIZE_MAX.
size_t find_free_run(const uint64_t* map, size_t count) {
  return region_find_run(map, g_search_hint, (g_frontier + 63) / 64, count);
}

void set_bits(uint64_t* bits, size_t first, size_t count, bool value) {
  for (size_t i = first; i < first + count; ++i) {
    uint64_t mask = uint64_t{1} << (i % 64);
    if (value) bits[i / 64] |= mask; else bits[i / 64] &= ~mask;
  }
}

// Forgets that blocks [first, first + count) are dirty (they are being handed out again).
void clear_dirty(size_t first, size_t count) {
  for (size_t i = first; i < first + count; ++i) {
    uint64_t mask = uint64_t{1} << (i % 64);
    if (g_dirty_bits[i / 64] & mask) {
      g_dirty_bits[i / 64] &= ~mask;
      --g_dirty;
    }
  }
}

size_t dirty_budget_blocks() {
  size_t half_in_use = g_in_use / 2;
  size_t minimum = kDirtyBudgetMin / kBlockSize;
  return half_in_use > minimum ? half_in_use : minimum;
}

void update_search_hint() {
  size_t words = (g_frontier + 63) / 64;
  while (g_search_hint < words && g_free_bits[g_search_hint] == 0) ++g_search_hint;
}

}  // namespace

// Runs are followed a word or a stretch of equal bits at a time, not bit by bit: a program that
// allocates large objects all the time searches on every one of them.
size_t region_find_run(const uint64_t* map, size_t first_word, size_t end_word, size_t count) {
  size_t run_start = 0, run_length = 0;
  for (size_t w = first_word; w < end_word; ++w) {
    uint64_t bits = map[w];
    if (count == 1) {
      if (bits != 0) return w * 64 + (size_t)__builtin_ctzll(bits);
      continue;
    }
    unsigned b = 0;
    while (b < 64) {
      uint64_t rest = bits >> b;
      if (rest & 1) {
        // The stretch of ones at b: ~rest has a zero bit below 64 - b unless rest is all ones.
        unsigned ones = rest == ~uint64_t{0} ? 64 : (unsigned)__builtin_ctzll(~rest);
        if (run_length == 0) run_start = w * 64 + b;
        run_length += ones;
        if (run_length >= count) return run_start;
        b += ones;
      } else {
        run_length = 0;
        if (rest == 0) break;
        b += (unsigned)__builtin_ctzll(rest);
      }
    }
  }
  return SIZE_MAX;
}

void region_init() { pthread_once(&g_once, reserve); }

// Once per block (and around mmap): compiled for size (hello world's budget).
__attribute__((minsize)) uintptr_t region_acquire(size_t count, Heap* owner, uint32_t kind, void* desc, bool* fresh) {
  region_init();
  pthread_mutex_lock(&g_lock);
  // Blocks that kept their pages first: taking a returned one costs a page fault per page, and
  // when a collection then frees both kinds the budget sends other kept blocks back to the OS.
  // A program that frees and reallocates large objects all the time (BigInt results) otherwise
  // cycles a share of its blocks through madvise and page faults for ever (pidigits: 95,000
  // faults, a fifth of its time).
  size_t first = find_free_run(g_dirty_bits, count);
  if (first == SIZE_MAX) first = find_free_run(g_free_bits, count);
  if (first != SIZE_MAX) {
    set_bits(g_free_bits, first, count, false);
    clear_dirty(first, count);
    update_search_hint();
    *fresh = false;
  } else {
    if (g_frontier + count > g_region.blocks) {
      pthread_mutex_unlock(&g_lock);
      return 0;
    }
    first = g_frontier;
    g_frontier += count;
    size_t needed = g_frontier * kBlockSize;
    if (needed > g_committed) {
      size_t to = (needed + kCommitStep - 1) / kCommitStep * kCommitStep;
      if (to > g_region.size) to = g_region.size;
      if (mprotect((void*)(g_region.base + g_committed), to - g_committed, PROT_READ | PROT_WRITE) != 0) {
        g_frontier -= count;
        pthread_mutex_unlock(&g_lock);
        return 0;
      }
      g_committed = to;
    }
    *fresh = true;
  }
  for (size_t i = first; i < first + count; ++i) {
    BlockInfo* info = &g_region.info[i];
    info->kind = kind;
    info->desc = desc;
    __atomic_store_n(&info->owner, owner, __ATOMIC_RELAXED);
  }
  g_in_use += count;
  pthread_mutex_unlock(&g_lock);
  return g_region.base + first * kBlockSize;
}

__attribute__((minsize)) void region_release(uintptr_t start, size_t count) {
  size_t first = block_index(start);
  pthread_mutex_lock(&g_lock);
  for (size_t i = first; i < first + count; ++i) {
    BlockInfo* info = &g_region.info[i];
    __atomic_store_n(&info->owner, (Heap*)nullptr, __ATOMIC_RELAXED);
    info->kind = kBlockFree;
    info->desc = nullptr;
  }
  g_in_use -= count;
  // Keep the pages while the budget allows; past it, give this run back to the OS.
  bool keep = g_dirty + count <= dirty_budget_blocks();
  if (keep) {
    set_bits(g_dirty_bits, first, count, true);
    g_dirty += count;
  } else {
    // Outside the lock (madvise can be slow for big runs): the blocks are not in the free bitmap
    // yet, so no other thread can take them while their pages go away.
    pthread_mutex_unlock(&g_lock);
    madvise((void*)start, count * kBlockSize, MADV_DONTNEED);
    pthread_mutex_lock(&g_lock);
  }
  set_bits(g_free_bits, first, count, true);
  if (first / 64 < g_search_hint) g_search_hint = first / 64;
  pthread_mutex_unlock(&g_lock);
}

size_t region_dirty_blocks() {
  pthread_mutex_lock(&g_lock);
  size_t n = g_dirty;
  pthread_mutex_unlock(&g_lock);
  return n;
}

size_t region_blocks_in_use() {
  pthread_mutex_lock(&g_lock);
  size_t n = g_in_use;
  pthread_mutex_unlock(&g_lock);
  return n;
}

}  // namespace dartrt
