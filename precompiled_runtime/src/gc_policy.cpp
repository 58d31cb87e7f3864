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
constexpr uint64_t kMinYoungHeadroom = uint64_t{12} << 20, kMaxYoungHeadroom = uint64_t{64} << 20;

// Aged objects keep their lines until the next young collection, as old ones do: beyond this
// many bytes they count against the full trigger (policy_want_full).
constexpr uint64_t kAgedAllowance = uint64_t{8} << 20;
constexpr uint64_t kMinAgingSample = uint64_t{1} << 20;  // fewer aged bytes decide nothing
constexpr uint32_t kMinAgingPause = 1, kMaxAgingPause = 8;

void set_full_trigger(Heap* heap, uint64_t live) {
  heap->full_live_bytes = live;
  heap->promoted_at_full = heap->stats.promoted_bytes;
  heap->full_trigger = live / kOldGrowthDenominator * kOldGrowthNumerator + kMinOldGrowth;
}

// After a full collection that found `live` bytes: the old generation was full_live_bytes at the
// previous full collection plus what young collections promoted since; what of that is gone died
// old. (`live` also counts the young survivors of this collection, so this underestimates the
// waste: when unsure, keep promoting.)
void note_promotion_waste(Heap* heap, uint64_t live) {
  if (heap->aging_pause != kPromoteUntilWasteful) return;
  // (Statistics reset by a test since then: no evidence.)
  if (heap->stats.promoted_bytes < heap->promoted_at_full) return;
  uint64_t promoted = heap->stats.promoted_bytes - heap->promoted_at_full;
  if (promoted < kMinAgingSample) return;
  uint64_t old_before = heap->full_live_bytes + promoted;
  uint64_t died = old_before > live ? old_before - live : 0;
  if (died * 2 > promoted) heap->aging_pause = 0;  // age from now on, with the feedback below
}

}  // namespace

void policy_init(Heap* heap) {
  set_full_trigger(heap, 0);
  heap->aging_backoff = kMinAgingPause;
  // Stress runs age from the start: they are the test of the aging code paths (barrier bits,
  // objects kept remembered because they point to aged ones).
  heap->aging_pause = heap->stress ? 0 : kPromoteUntilWasteful;
}

// Aging pays when aged objects die before the next collection: they are then freed without
// ever being old (havlak's loop finder, the garbage trees of binary-trees). When most of them
// live on (a structure being built, deltablue's constraint graph), it only traces them twice.
// Aging also costs where nothing dies young enough to profit: the first trace of every
// long-lived structure is wasted. So a program starts by promoting at the first survival, as
// before aging, and ages only once a full collection finds that most of what young collections
// promoted since the previous full one died old (havlak: all of it; deltablue: a quarter, at its
// only full collection; binary-trees 16: at its 36th collection of 40). From then on the policy
// watches what aging buys (Ungar and Jackson's feedback-mediated tenuring,
// TOPLAS 1992, reduced to one bit): after a young collection that found at least half of the
// aged bytes alive again, the next collections promote at the first survival, for 1, 2, 4, then
// at most kMaxAgingPause collections, and then age again to look once more.

bool policy_age_survivors(Heap* heap) {
  if (!heap->aging || !heap->generational) return false;
  if (heap->aging_pause == kPromoteUntilWasteful) return false;
  if (heap->aging_pause > 0) {
    heap->aging_pause--;
    return false;
  }
  return true;
}

void policy_after_aging(Heap* heap, uint64_t aged_before, uint64_t aged_survived) {
  if (aged_before < kMinAgingSample) return;
  if (aged_survived * 2 >= aged_before) {
    heap->aging_pause = heap->aging_backoff;
    if (heap->aging_backoff < kMaxAgingPause) heap->aging_backoff *= 2;
  } else {
    heap->aging_backoff = kMinAgingPause;
  }
}

uint64_t policy_young_headroom(const Heap* heap) {
  uint64_t headroom = heap->full_live_bytes / 4;
  if (headroom < kMinYoungHeadroom) headroom = kMinYoungHeadroom;
  if (headroom > kMaxYoungHeadroom) headroom = kMaxYoungHeadroom;
  return headroom;
}

// Aging's bound in memory. Without aging, everything a young collection finds alive is old, so
// the full trigger bounds what survives young collections, and the heap stays within the
// trigger plus one cycle's promotion plus the headroom. Aged objects are survivors too, and a
// trigger on the old bytes alone let them come on top: binary-trees 21's peak heap grew from 366
// to 399 MB (the aged half of a depth-20 tree in flight, 48 MB, beside an old generation at its
// trigger). So they count, beyond kAgedAllowance: a large heap gets main's bound plus 8 MiB,
// and a small one, whose aged bytes stay under the allowance, is not collected in full for
// objects that mostly die young (havlak: 5-6 MB aged beside 13-25 MB old; counted from the
// first byte, 4 full collections became 9 and aging's gain fell from -13 % to -1.4 %).
bool policy_want_full(Heap* heap) {
  if (!heap->generational) return true;
  if (heap->live_bytes > heap->full_trigger) return true;
  if (heap->live_bytes + heap->aged_bytes > heap->full_trigger + kAgedAllowance) return true;
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
  if (!heap->young) note_promotion_waste(heap, live);
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
