// The process-wide heap region: one big virtual reservation that every isolate's heap takes its
// blocks from. "Is this word a heap address?" is then one subtraction and compare, and "which
// block, owned by which heap?" one table lookup -- the two questions conservative stack scanning
// asks of every word on the stack.
#ifndef DARTRT_REGION_H
#define DARTRT_REGION_H

#include <stddef.h>
#include <stdint.h>

namespace dartrt {

struct Heap;

constexpr unsigned kBlockShift = 15;
constexpr size_t kBlockSize = size_t{1} << kBlockShift;  // 32 KiB: Immix's block size

enum BlockKind : uint32_t {
  kBlockFree = 0,   // not owned by any heap
  kBlockSmall = 1,  // an Immix block of lines; desc is the owner's BlockDesc
  kBlockLarge = 2,  // part of one large object's run of blocks; desc is its LargeObject
};

// One entry per block of the region, in a side table (so blocks are all payload and a large
// object can span several). Written under the region lock when a block changes hands; `owner`
// is read without the lock by collectors of other isolates, which only compare it to themselves.
struct BlockInfo {
  Heap* owner;
  uint32_t kind;
  uint32_t reserved;
  void* desc;
};

struct Region {
  uintptr_t base;
  size_t size;       // bytes reserved
  size_t blocks;     // size / kBlockSize
  BlockInfo* info;   // blocks entries, lazily backed by the OS
};

extern Region g_region;

// Reserves the region on first use (idempotent, thread-safe).
void region_init();

inline bool region_contains(uintptr_t address) { return address - g_region.base < g_region.size; }
inline size_t block_index(uintptr_t address) { return (address - g_region.base) >> kBlockShift; }
inline BlockInfo* block_info(uintptr_t address) { return &g_region.info[block_index(address)]; }
inline Heap* block_owner(const BlockInfo* info) { return __atomic_load_n(&info->owner, __ATOMIC_RELAXED); }

// Takes `count` contiguous blocks for `owner`, records kind and desc in their BlockInfo, and
// returns the first block's address (0 when the region is exhausted). *fresh tells whether the
// memory has never been handed out before, so it is known to be zero; reused blocks were
// either kept as they were (within a budget, see region.cpp) or returned with MADV_DONTNEED,
// which zeroes them on Linux but not under every emulator, so callers that need zeroes must
// clear reused memory themselves.
uintptr_t region_acquire(size_t count, Heap* owner, uint32_t kind, void* desc, bool* fresh);
// Gives `count` blocks starting at `start` back to the process. Their pages stay resident while
// the freed-but-resident blocks are within a budget (32 MiB or half the blocks in use), so that
// reusing them costs no system call or page faults; past it they go back to the OS.
void region_release(uintptr_t start, size_t count);
// The first index of `count` (>= 1) consecutive set bits of map's words [first_word, end_word),
// or SIZE_MAX: the search behind region_acquire (exposed for the tests).
size_t region_find_run(const uint64_t* map, size_t first_word, size_t end_word, size_t count);
// Free blocks whose pages were kept (for tests and statistics).
size_t region_dirty_blocks();
// Bytes of the region currently handed out (for tests and statistics).
size_t region_blocks_in_use();

}  // namespace dartrt

#endif  // DARTRT_REGION_H
