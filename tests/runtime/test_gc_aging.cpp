// Aging (docs/gc.md "Aging"): a young collection does not promote an object the first time it
// survives. It stays young (marked, no barrier bit) until it survives a second young collection;
// an old object that points to it stays in the remembered set meanwhile; an aged object that
// dies is freed by the next young collection instead of waiting for a full one; DARTC_GC_STATS
// counts the bytes young collections promote.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace dartrt;

namespace {

inline uintptr_t hide(uintptr_t p) { return ~p; }
__attribute__((noinline)) bool is_live_hidden(uintptr_t hidden) {
  uintptr_t object = ~hidden;
  return heap_find_object(test_heap(), object) == object;
}
__attribute__((noinline)) bool barrier_bit_hidden(uintptr_t hidden) {
  return *reinterpret_cast<const uint64_t*>(~hidden) & DART_HEADER_BARRIER_BIT;
}

void clear_statics() {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
}

// A young collection (whatever the policy would choose), with aging on or off, checked by
// DARTC_GC_VERIFY before it starts.
__attribute__((always_inline)) inline void collect_young(bool aging = true) {
  Heap* heap = test_heap();
  bool generational = heap->generational, saved_aging = heap->aging, verify = heap->verify;
  uint64_t trigger = heap->full_trigger;
  heap->generational = true;
  heap->aging = aging;
  heap->aging_pause = 0;  // whatever earlier tests left to the policy's feedback
  heap->verify = true;
  heap->full_trigger = ~uint64_t{0};
  scrub_stack();
  heap_collect(heap, false);
  heap->generational = generational;
  heap->aging = saved_aging;
  heap->verify = verify;
  heap->full_trigger = trigger;
  CHECK_FALSE(heap->last_full);
}

__attribute__((always_inline)) inline void collect_full() {
  test_heap()->aging_pause = 0;
  scrub_stack();
  heap_collect(test_heap(), true);
}

// A node rooted in statics slot `slot` (hidden).
__attribute__((noinline)) uintptr_t root_node(size_t slot, int64_t value) {
  Node* n = new_node(0, value);
  test_statics()[slot] = word(n);
  return hide(word(n));
}

// A fresh node stored into the node in statics slot `slot` (through the barrier, as generated
// code does; for a young holder it does nothing).
__attribute__((noinline)) uintptr_t store_fresh_into(size_t slot, int64_t value) {
  Node* holder = reinterpret_cast<Node*>(test_statics()[slot]);
  Node* fresh = new_node(0, value);
  write_barrier(holder);
  holder->next = word(fresh);
  return hide(word(fresh));
}

__attribute__((noinline)) void root_list(size_t nodes) {
  dart_word list = 0;
  for (size_t i = 0; i < nodes; ++i) list = word(new_node(list, (int64_t)i));
  test_statics()[0] = list;
}

bool in_remembered_set(uintptr_t hidden) {
  const Heap* heap = test_heap();
  for (size_t i = 0; i < heap->remembered.size(); ++i) {
    if (heap->remembered[i] == ~hidden) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("an object that survives one young collection is aged, not old, and the second promotes it") {
  clear_statics();
  collect_full();
  uintptr_t node = root_node(0, 1);
  collect_young();
  CHECK(is_live_hidden(node));
  CHECK_FALSE(barrier_bit_hidden(node));  // still young: stores into it need no barrier
  CHECK(test_heap()->aged_bytes >= sizeof(Node));
  collect_young();
  CHECK(is_live_hidden(node));
  CHECK(barrier_bit_hidden(node));  // old now
  clear_statics();
}

TEST_CASE("an aged object that dies is freed by the next young collection") {
  clear_statics();
  collect_full();
  uintptr_t node = root_node(0, 1);
  collect_young();
  CHECK(is_live_hidden(node));
  test_statics()[0] = 0;
  collect_young();
  // Promoted at its first survival, it would have stayed until the next full collection.
  CHECK_FALSE(is_live_hidden(node));
}

TEST_CASE("a young object stored into an aged one needs no barrier and survives") {
  clear_statics();
  collect_full();
  root_node(0, 1);
  collect_young();  // the holder is aged
  uintptr_t fresh = store_fresh_into(0, 2);
  CHECK(test_heap()->remembered.empty());  // the holder has no barrier bit: nothing recorded
  collect_young();  // the holder is promoted; the fresh node is aged
  CHECK(is_live_hidden(fresh));
  CHECK_FALSE(barrier_bit_hidden(fresh));
  clear_statics();
}

TEST_CASE("an old object that points to an aged one stays remembered until that one is old") {
  clear_statics();
  uintptr_t root = root_node(0, 1);
  collect_full();
  collect_full();  // the root is old
  uintptr_t child = store_fresh_into(0, 2);
  CHECK(in_remembered_set(root));
  collect_young();  // the child survives once: aged
  CHECK(is_live_hidden(child));
  CHECK_FALSE(barrier_bit_hidden(child));
  // The root still points to a young object, so it stays in the set (barrier bit clear): the
  // next young collection does not trace the old root, only its remembered fields.
  CHECK(in_remembered_set(root));
  CHECK_FALSE(barrier_bit_hidden(root));
  collect_young();  // the child survives twice: old; the root has its barrier bit back
  CHECK(is_live_hidden(child));
  CHECK(barrier_bit_hidden(child));
  CHECK(barrier_bit_hidden(root));
  CHECK_FALSE(in_remembered_set(root));
  clear_statics();
}

TEST_CASE("an object promoted from aged that points to a newly aged one is remembered") {
  clear_statics();
  collect_full();
  uintptr_t holder = root_node(0, 1);
  collect_young();                                 // holder aged
  uintptr_t child = store_fresh_into(0, 2);        // no barrier: the holder is young
  collect_young();                                 // holder old, child aged
  CHECK(in_remembered_set(holder));
  CHECK_FALSE(barrier_bit_hidden(holder));
  // Nothing else points to the child: only the remembered holder keeps it alive now that the
  // old holder is no longer traced.
  collect_young();
  CHECK(is_live_hidden(child));
  CHECK(barrier_bit_hidden(child));
  CHECK(barrier_bit_hidden(holder));
  clear_statics();
}

TEST_CASE("a full collection ages like a young one: new survivors become aged, aged ones old") {
  clear_statics();
  collect_full();
  uintptr_t node = root_node(0, 1);
  collect_young();
  CHECK_FALSE(barrier_bit_hidden(node));
  uintptr_t fresh = root_node(1, 2);
  collect_full();
  CHECK(barrier_bit_hidden(node));  // survived twice: old
  CHECK(is_live_hidden(fresh));
  CHECK_FALSE(barrier_bit_hidden(fresh));  // survived once: aged
  CHECK(test_heap()->aged_bytes >= sizeof(Node));
  collect_full();
  CHECK(barrier_bit_hidden(fresh));
  clear_statics();
}

TEST_CASE("DARTC_GC_AGING=0: survivors are old after one collection, as before aging") {
  clear_statics();
  collect_full();
  Heap* heap = test_heap();
  heap->aging = false;
  uintptr_t node = root_node(0, 1);
  collect_full();
  CHECK(barrier_bit_hidden(node));
  uintptr_t fresh = root_node(1, 2);
  collect_young(false);
  CHECK(barrier_bit_hidden(fresh));
  heap->aging = true;
  clear_statics();
}

TEST_CASE("DARTC_GC_STATS: with aging a young collection promotes nothing that survives once") {
  // 1000 nodes of 32 bytes, live across young collections: promoted at the first one without
  // aging, at the second one with it, never re-marked after that.
  auto run = [](bool aging) {
    return run_in_child([aging] {
      Heap* heap = test_heap();
      clear_statics();
      collect_full();
      heap->stats = {};
      root_list(1000);
      collect_young(aging);
      uint64_t promoted_first = heap->stats.promoted_bytes;
      collect_young(aging);
      collect_young(aging);
      if (promoted_first != (aging ? 0 : 32000)) fatal("promoted %llu at the first", (unsigned long long)promoted_first);
      if (heap->stats.promoted_bytes != 32000) fatal("promoted %llu", (unsigned long long)heap->stats.promoted_bytes);
      // Traced once without aging, twice with it; old nodes are not traced again.
      uint64_t marked = heap->stats.marked_bytes;
      if (marked != (aging ? 64000 : 32000)) fatal("marked %llu", (unsigned long long)marked);
      heap_print_stats(heap);
      clear_statics();
    });
  };
  ChildResult with = run(true);
  CHECK(with.exit_code == 0);
  CHECK(with.err.find(" promoted=32000 bytes") != std::string::npos);
  ChildResult without = run(false);
  CHECK(without.exit_code == 0);
  CHECK(without.err.find(" promoted=32000 bytes") != std::string::npos);
  INFO(with.err, without.err);
}

TEST_CASE("DARTC_GC_VERIFY stops at an old object that points to an aged one but is not remembered") {
  clear_statics();
  uintptr_t root = root_node(0, 1);
  collect_full();
  collect_full();  // the root is old
  store_fresh_into(0, 2);
  collect_young();  // the child is aged, the root remembered
  REQUIRE(in_remembered_set(root));
  ChildResult r = run_in_child([] {
    // Forget the root, as a collector that dropped it from the set would.
    Heap* heap = test_heap();
    heap->remembered.clear();
    *reinterpret_cast<uint64_t*>(test_statics()[0]) |= DART_HEADER_BARRIER_BIT;
    collect_young();
  });
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("DARTC_GC_VERIFY: old object") != std::string::npos);
  clear_statics();
}
