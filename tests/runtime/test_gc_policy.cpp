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
  CHECK(policy_after_sweep(heap, 1 * kMiB, 20 * kMiB) == 28 * kMiB);      // at least 8 MiB
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
