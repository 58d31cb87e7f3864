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
constexpr size_t kMaxReservation = size_t{64} << 30;
constexpr size_t kMinReservation = size_t{256} << 20;

pthread_once_t g_once = PTHREAD_ONCE_INIT;
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
uint64_t* g_free_bits;      // bit i set: block i was handed out before and is free again
size_t g_frontier;          // blocks [0, g_frontier) have been handed out at least once
size_t g_committed;         // bytes [0, g_committed) of the region are read-write
size_t g_search_hint;       // no free bit below this word index
size_t g_in_use;

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
    // Over-reserve one block so the region can start block-aligned.
    base = map_noreserve(want + kBlockSize, PROT_NONE);
    if (base) break;
    want /= 2;
  }
  if (!base) out_of_memory(kMinReservation);  // e.g. `ulimit -v` below 256 MiB
  uintptr_t aligned = ((uintptr_t)base + kBlockSize - 1) & ~(uintptr_t)(kBlockSize - 1);
  g_region.base = aligned;
  g_region.size = want;
  g_region.blocks = want / kBlockSize;
  g_region.info = static_cast<BlockInfo*>(map_noreserve(g_region.blocks * sizeof(BlockInfo), PROT_READ | PROT_WRITE));
  g_free_bits = static_cast<uint64_t*>(map_noreserve((g_region.blocks + 63) / 64 * 8, PROT_READ | PROT_WRITE));
  if (!g_region.info || !g_free_bits) out_of_memory(g_region.blocks * sizeof(BlockInfo));
}

// Finds `count` consecutive free (previously used) blocks; returns the first index or SIZE_MAX.
size_t find_free_run(size_t count) {
  size_t words = (g_frontier + 63) / 64;
  size_t run_start = 0, run_length = 0;
  for (size_t w = g_search_hint; w < words; ++w) {
    uint64_t bits = g_free_bits[w];
    if (bits == 0) {
      run_length = 0;
      continue;
    }
    if (count == 1) return w * 64 + (size_t)__builtin_ctzll(bits);
    for (unsigned b = 0; b < 64; ++b) {
      if (bits & (uint64_t{1} << b)) {
        if (run_length == 0) run_start = w * 64 + b;
        if (++run_length == count) return run_start;
      } else {
        run_length = 0;
      }
    }
  }
  return SIZE_MAX;
}

void set_free_bits(size_t first, size_t count, bool value) {
  for (size_t i = first; i < first + count; ++i) {
    uint64_t mask = uint64_t{1} << (i % 64);
    if (value) g_free_bits[i / 64] |= mask; else g_free_bits[i / 64] &= ~mask;
  }
}

void update_search_hint() {
  size_t words = (g_frontier + 63) / 64;
  while (g_search_hint < words && g_free_bits[g_search_hint] == 0) ++g_search_hint;
}

}  // namespace

void region_init() { pthread_once(&g_once, reserve); }

uintptr_t region_acquire(size_t count, Heap* owner, uint32_t kind, void* desc, bool* fresh) {
  region_init();
  pthread_mutex_lock(&g_lock);
  size_t first = find_free_run(count);
  if (first != SIZE_MAX) {
    set_free_bits(first, count, false);
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

void region_release(uintptr_t start, size_t count) {
  // Give the memory back before taking the lock: madvise can be slow for big runs.
  madvise((void*)start, count * kBlockSize, MADV_DONTNEED);
  size_t first = block_index(start);
  pthread_mutex_lock(&g_lock);
  for (size_t i = first; i < first + count; ++i) {
    BlockInfo* info = &g_region.info[i];
    __atomic_store_n(&info->owner, (Heap*)nullptr, __ATOMIC_RELAXED);
    info->kind = kBlockFree;
    info->desc = nullptr;
  }
  set_free_bits(first, count, true);
  if (first / 64 < g_search_hint) g_search_hint = first / 64;
  g_in_use -= count;
  pthread_mutex_unlock(&g_lock);
}

size_t region_blocks_in_use() {
  pthread_mutex_lock(&g_lock);
  size_t n = g_in_use;
  pthread_mutex_unlock(&g_lock);
  return n;
}

}  // namespace dartrt
