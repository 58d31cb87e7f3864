// When to collect, and whether young or full (docs/gc.md "Policy").
//
// Two numbers drive it, both updated after every sweep: the full trigger (a collection is full
// once the old generation has grown past it) and the threshold (the heap size at which the next
// collection happens: the blocks in use plus the young headroom).
#include "heap.h"

namespace dartrt {

namespace {

// Young collections let the old generation grow up to this factor of what the last full
// collection found live (plus kMinOldGrowth, so small heaps are not fully collected at every
// step) before the next collection is a full one.
constexpr uint64_t kOldGrowthNumerator = 3, kOldGrowthDenominator = 2;
constexpr uint64_t kMinOldGrowth = uint64_t{4} << 20;
// Allocation between young collections: a quarter of the old generation, within these bounds.
// Bigger means fewer collections and less premature promotion (sticky marks promote whatever
// is live at a young collection), smaller a smaller peak heap.
constexpr uint64_t kMinYoungHeadroom = uint64_t{8} << 20, kMaxYoungHeadroom = uint64_t{64} << 20;

void set_full_trigger(Heap* heap, uint64_t live) {
  heap->full_live_bytes = live;
  heap->full_trigger = live / kOldGrowthDenominator * kOldGrowthNumerator + kMinOldGrowth;
}

}  // namespace

void policy_init(Heap* heap) { set_full_trigger(heap, 0); }

uint64_t policy_young_headroom(const Heap* heap) {
  uint64_t headroom = heap->full_live_bytes / 4;
  if (headroom < kMinYoungHeadroom) headroom = kMinYoungHeadroom;
  if (headroom > kMaxYoungHeadroom) headroom = kMaxYoungHeadroom;
  return headroom;
}

bool policy_want_full(Heap* heap) {
  if (!heap->generational) return true;
  if (heap->live_bytes > heap->full_trigger) return true;
  // Near the limit only a full collection can find the old generation's garbage.
  if (heap->threshold >= heap->limit) return true;
  // Stress runs collect at every allocation: mostly young collections (the barrier's test), with
  // a full one now and then so that old garbage is found too.
  if (heap->stress && heap->stats.collections % 16 == 15) return true;
  return false;
}

uint64_t policy_after_sweep(Heap* heap, uint64_t live, uint64_t in_use_bytes) {
  heap->allocated_at_last_gc = heap->stats.bytes_allocated;
  // A young collection with nothing old before it (the first one of a program, or one after a
  // full collection that found nothing live) marked exactly what a full one would have: its
  // live size is as good a base for the full trigger. Taking the first full trigger from it
  // saves the full collection that otherwise always came second (the trigger was 4 MiB).
  if (!heap->young || heap->live_bytes == 0) set_full_trigger(heap, live);
  uint64_t headroom;
  if (heap->generational) {
    headroom = policy_young_headroom(heap);
  } else {
    uint64_t minimum = uint64_t{4} << 20;
    headroom = live > minimum ? live : minimum;  // heap = 2 x live
  }
  uint64_t threshold = in_use_bytes + headroom;
  if (threshold < kMinCollectionThreshold) threshold = kMinCollectionThreshold;
  if (threshold > heap->limit) threshold = heap->limit;
  return threshold;
}

}  // namespace dartrt
