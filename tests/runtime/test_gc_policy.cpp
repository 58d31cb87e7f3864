// The collection policy (gc_policy.cpp, docs/gc.md "Policy") and the collector's own accounting
// (DARTC_GC_STATS): decisions and counts, never times.
#include <doctest/doctest.h>

#include <stdio.h>
#include <unistd.h>

#include <string>

#include "fixture.h"

using namespace dartrt;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

// The policy's state, saved and restored around a test that calls it directly.
struct PolicyState {
  Heap* heap;
  bool young, generational;
  uint64_t live_bytes, full_live_bytes, full_trigger, threshold, allocated_at_last_gc;

  explicit PolicyState(Heap* h)
      : heap(h), young(h->young), generational(h->generational), live_bytes(h->live_bytes),
        full_live_bytes(h->full_live_bytes), full_trigger(h->full_trigger), threshold(h->threshold),
        allocated_at_last_gc(h->allocated_at_last_gc) {}
  ~PolicyState() {
    heap->young = young;
    heap->generational = generational;
    heap->live_bytes = live_bytes;
    heap->full_live_bytes = full_live_bytes;
    heap->full_trigger = full_trigger;
    heap->threshold = threshold;
    heap->allocated_at_last_gc = allocated_at_last_gc;
  }
};

// CHECK inside run_in_child reports to nobody: the child exits non-zero with a message instead.
void require(bool ok, const char* what) {
  if (ok) return;
  fprintf(stderr, "requirement failed: %s\n", what);
  _exit(1);
}

__attribute__((noinline)) void root_list(size_t nodes) {
  dart_word list = 0;
  for (size_t i = 0; i < nodes; ++i) list = word(new_node(list, (int64_t)i));
  test_statics()[0] = list;
}

}  // namespace

TEST_CASE("a young collection with nothing old before it sets the full trigger from its live size") {
  Heap* heap = test_heap();
  PolicyState saved(heap);
  heap->generational = true;
  // The first collection of a program: nothing was old, so the young collection marked what a
  // full one would have. Before, the trigger stayed at 4 MiB and the second collection of every
  // program with more than 4 MiB live was a full one.
  heap->young = true;
  heap->live_bytes = 0;
  heap->full_live_bytes = 0;
  heap->full_trigger = 4 * kMiB;
  policy_after_sweep(heap, 10 * kMiB, 20 * kMiB);
  CHECK(heap->full_live_bytes == 10 * kMiB);
  CHECK(heap->full_trigger == 19 * kMiB);  // 1.5 x live + 4 MiB
  heap->live_bytes = 10 * kMiB;
  CHECK_FALSE(policy_want_full(heap));
  // A later young collection (old objects exist) leaves the trigger to the last full one.
  policy_after_sweep(heap, 16 * kMiB, 30 * kMiB);
  CHECK(heap->full_trigger == 19 * kMiB);
  heap->live_bytes = 20 * kMiB;
  CHECK(policy_want_full(heap));
  // A full collection always sets it.
  heap->young = false;
  policy_after_sweep(heap, 8 * kMiB, 20 * kMiB);
  CHECK(heap->full_trigger == 16 * kMiB);
}

TEST_CASE("the threshold is the blocks in use plus a quarter of the live size, within bounds") {
  Heap* heap = test_heap();
  PolicyState saved(heap);
  heap->generational = true;
  heap->young = false;
  uint64_t limit = heap->limit;
  heap->limit = uint64_t{1} << 40;
  CHECK(policy_after_sweep(heap, 100 * kMiB, 120 * kMiB) == 145 * kMiB);  // headroom 25 MiB
  CHECK(policy_after_sweep(heap, 1 * kMiB, 20 * kMiB) == 32 * kMiB);      // at least 12 MiB
  CHECK(policy_after_sweep(heap, 1000 * kMiB, 1000 * kMiB) == 1064 * kMiB);  // at most 64 MiB
  CHECK(policy_after_sweep(heap, 1 * kMiB, 1 * kMiB) == 16 * kMiB);       // never below 16 MiB
  heap->generational = false;
  CHECK(policy_after_sweep(heap, 100 * kMiB, 120 * kMiB) == 220 * kMiB);  // heap = 2 x live
  heap->limit = limit;
}

TEST_CASE("a program whose first collection finds more than 4 MiB live gets no full collection second") {
  ChildResult r = run_in_child([] {
    Heap* heap = test_heap();
    for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
    scrub_stack();
    heap_collect(heap, true);
    // As at the start of a program: nothing old.
    heap->live_bytes = 0;
    heap->full_live_bytes = 0;
    heap->full_trigger = 4 * kMiB;
    heap->stats = {};
    root_list(200000);  // 6.4 MB of nodes, all live
    scrub_stack();
    heap_collect(heap, false);  // the policy's choice: young
    require(!heap->last_full, "the first collection is young");
    require(heap->live_bytes > 6 * kMiB, "the list is live");
    scrub_stack();
    heap_collect(heap, false);  // young again: the old generation has not grown
    require(!heap->last_full, "the second collection is young");
    heap_print_stats(heap);
    test_statics()[0] = 0;
  });
  CHECK(r.err.find("requirement failed") == std::string::npos);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find(" young=2 full=0 ") != std::string::npos);
}

TEST_CASE("DARTC_GC_STATS counts the bytes marked: all live ones in a full collection, new ones in a young one") {
  ChildResult r = run_in_child([] {
    Heap* heap = test_heap();
    for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
    scrub_stack();
    heap_collect(heap, true);
    heap->stats = {};
    uint64_t base = heap->live_bytes;  // what the test isolate keeps alive by itself
    root_list(1000);  // 1000 nodes of 32 bytes
    scrub_stack();
    heap_collect(heap, true);
    uint64_t full_marked = heap->stats.marked_bytes;
    require(full_marked == base + 32000, "a full collection marks every live byte");
    // A young collection traces only the new nodes, not the 1000 old ones.
    Node* old_head = reinterpret_cast<Node*>(test_statics()[0]);
    write_barrier(old_head);
    old_head->next = word(new_node(old_head->next, -1));
    scrub_stack();
    bool generational = heap->generational;
    heap->generational = true;
    heap->full_trigger = ~uint64_t{0};
    heap_collect(heap, false);
    heap->generational = generational;
    require(!heap->last_full, "young");
    require(heap->stats.marked_bytes - full_marked == 32, "a young collection marks only the new node");
    heap_print_stats(heap);
    test_statics()[0] = 0;
  });
  CHECK(r.err.find("requirement failed") == std::string::npos);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find(" marked=") != std::string::npos);
}

TEST_CASE("aging pauses while aged objects mostly live on, longer each time, and resumes when they die") {
  Heap* heap = test_heap();
  PolicyState saved(heap);
  bool aging = heap->aging;
  uint32_t pause = heap->aging_pause, backoff = heap->aging_backoff;
  heap->generational = true;
  heap->aging = true;
  heap->aging_pause = 0;
  heap->aging_backoff = 1;
  // Counts the collections that promote at the first survival before aging comes back.
  auto paused_collections = [heap] {
    int n = 0;
    while (!policy_age_survivors(heap)) ++n;
    return n;
  };
  CHECK(policy_age_survivors(heap));
  // Too few aged bytes to tell: nothing changes.
  policy_after_aging(heap, kMiB / 2, kMiB / 2);
  CHECK(paused_collections() == 0);
  // Most aged bytes were found alive again (deltablue's graph): pause 1, 2, 4, 8, 8 collections.
  for (int expected : {1, 2, 4, 8, 8}) {
    policy_after_aging(heap, 8 * kMiB, 6 * kMiB);
    CHECK(paused_collections() == expected);
  }
  // Most died (havlak's loop finder): aging goes on, and the next pause is short again.
  policy_after_aging(heap, 8 * kMiB, 1 * kMiB);
  CHECK(paused_collections() == 0);
  policy_after_aging(heap, 8 * kMiB, 8 * kMiB);
  CHECK(paused_collections() == 1);
  // DARTC_GC_AGING=0 never ages.
  heap->aging = false;
  CHECK_FALSE(policy_age_survivors(heap));
  heap->aging = aging;
  heap->aging_pause = pause;
  heap->aging_backoff = backoff;
}

TEST_CASE("a program promotes at the first survival until a full collection finds that most promoted bytes died") {
  Heap* heap = test_heap();
  PolicyState saved(heap);
  bool aging = heap->aging;
  uint32_t pause = heap->aging_pause;
  uint64_t promoted = heap->stats.promoted_bytes, promoted_at_full = heap->promoted_at_full;
  heap->generational = true;
  heap->aging = true;
  heap->aging_pause = kPromoteUntilWasteful;
  // A full collection after 8 MiB promoted onto 4 MiB old, 12 MiB reached: promotion kept (none died).
  auto full_collection = [heap](uint64_t promoted_since, uint64_t live) {
    heap->young = false;
    heap->full_live_bytes = 4 * kMiB;
    heap->promoted_at_full = heap->stats.promoted_bytes;
    heap->stats.promoted_bytes += promoted_since;
    policy_after_sweep(heap, live, 16 * kMiB);
  };
  CHECK_FALSE(policy_age_survivors(heap));
  full_collection(8 * kMiB, 12 * kMiB);
  CHECK_FALSE(policy_age_survivors(heap));
  // deltablue's only full collection: a quarter of the promoted bytes died. Still promoting.
  full_collection(8 * kMiB, 10 * kMiB);
  CHECK_FALSE(policy_age_survivors(heap));
  // Too little promoted to tell, even if all of it died.
  full_collection(kMiB / 2, 4 * kMiB);
  CHECK_FALSE(policy_age_survivors(heap));
  // havlak: what young collections promoted was all old garbage at the full collection. Aging
  // from now on, and a full collection that finds little garbage does not stop it (the feedback
  // of policy_after_aging does).
  full_collection(8 * kMiB, 5 * kMiB);
  CHECK(policy_age_survivors(heap));
  full_collection(8 * kMiB, 12 * kMiB);
  CHECK(policy_age_survivors(heap));
  heap->aging = aging;
  heap->aging_pause = pause;
  heap->stats.promoted_bytes = promoted;
  heap->promoted_at_full = promoted_at_full;
}

TEST_CASE("aged bytes count against the full trigger beyond an 8 MiB allowance") {
  Heap* heap = test_heap();
  PolicyState saved(heap);
  uint64_t aged = heap->aged_bytes;
  heap->generational = true;
  heap->full_trigger = 100 * kMiB;
  // Old bytes below the trigger, aged ones within the allowance (havlak: a few MB aged beside a
  // small old generation): young, even where old + aged passes the trigger.
  heap->live_bytes = 96 * kMiB;
  heap->aged_bytes = 8 * kMiB;
  CHECK_FALSE(policy_want_full(heap));
  heap->live_bytes = 100 * kMiB;
  CHECK_FALSE(policy_want_full(heap));
  // Beyond it the aged bytes are old for the trigger (binary-trees 21: 48 MB of a tree in flight
  // aged beside an old generation near its trigger): the next collection is full, as it would
  // have been had they been promoted.
  heap->live_bytes = 61 * kMiB;
  heap->aged_bytes = 48 * kMiB;
  CHECK(policy_want_full(heap));
  heap->aged_bytes = 47 * kMiB;  // 108 MiB: exactly the trigger plus the allowance
  CHECK_FALSE(policy_want_full(heap));
  // The old bytes alone still decide as before.
  heap->live_bytes = 100 * kMiB + 1;
  heap->aged_bytes = 0;
  CHECK(policy_want_full(heap));
  heap->aged_bytes = aged;
}
