// Aging (docs/gc.md "Aging"): a young collection that ages does not promote an object the first
// time it survives. It stays young (aged: marked, traced again by the next young collection)
// until it survives a second one; an old object that points to it stays in the remembered set
// meanwhile; an aged object that dies is freed by the next young collection instead of waiting
// for a full one; full collections promote every survivor; DARTC_GC_STATS counts the bytes young
// collections promote.
#include <doctest/doctest.h>

#include <vector>

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
// Whether a live small object is aged (survived one young collection, still young).
__attribute__((noinline)) bool is_aged_hidden(uintptr_t hidden) {
  uintptr_t object = ~hidden;
  const BlockDesc* b = static_cast<const BlockDesc*>(block_info(object)->desc);
  size_t granule = (object - b->start) / kGranule;
  return (b->aged[granule / 64] >> (granule % 64)) & 1;
}

void clear_statics() {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
}

// A young collection (whatever the policy would choose), with aging on or off, checked by
// DARTC_GC_VERIFY before it starts (unless `verify` is false: the check leaves the remembered
// objects' addresses in stack words that the conservative scan then reads).
__attribute__((always_inline)) inline void collect_young(bool aging = true, bool verify_first = true) {
  Heap* heap = test_heap();
  bool generational = heap->generational, saved_aging = heap->aging, verify = heap->verify;
  uint64_t trigger = heap->full_trigger;
  uint32_t pause = heap->aging_pause;
  heap->generational = true;
  heap->aging = aging;
  heap->aging_pause = 0;  // whatever the policy would choose
  heap->verify = verify_first;
  heap->full_trigger = ~uint64_t{0};
  scrub_stack();
  heap_collect(heap, false);
  heap->generational = generational;
  heap->aging = saved_aging;
  heap->verify = verify;
  heap->full_trigger = trigger;
  heap->aging_pause = pause;
  CHECK_FALSE(heap->last_full);
}

__attribute__((always_inline)) inline void collect_full() {
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

__attribute__((noinline)) bool in_remembered_set(uintptr_t hidden) {
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
  CHECK(is_aged_hidden(node));  // still young
  CHECK(barrier_bit_hidden(node));  // but stores into it are recorded, as into an old one
  CHECK(test_heap()->aged_bytes >= sizeof(Node));
  uint64_t old_bytes = test_heap()->live_bytes;
  collect_young();
  CHECK(is_live_hidden(node));
  CHECK_FALSE(is_aged_hidden(node));  // old now
  CHECK(test_heap()->live_bytes >= old_bytes + sizeof(Node));
  clear_statics();
}

TEST_CASE("an aged object that dies is freed by the next young collection") {
  clear_statics();
  collect_full();
  root_node(1, 0);  // garbage first: the collector's own locals hold block starts
  test_statics()[1] = 0;
  uintptr_t node = root_node(0, 1);
  collect_young();
  CHECK(is_live_hidden(node));
  test_statics()[0] = 0;
  collect_young();
  // Promoted at its first survival, it would have stayed until the next full collection.
  CHECK_FALSE(is_live_hidden(node));
}

TEST_CASE("a young object stored into an aged one is recorded and survives") {
  clear_statics();
  collect_full();
  uintptr_t holder = root_node(0, 1);
  collect_young();  // the holder is aged
  uintptr_t fresh = store_fresh_into(0, 2);
  CHECK(in_remembered_set(holder));  // the barrier recorded the aged holder
  collect_young();  // the holder is promoted and stays remembered; the fresh node is aged
  CHECK(is_live_hidden(fresh));
  CHECK(is_aged_hidden(fresh));
  CHECK(in_remembered_set(holder));
  clear_statics();
}

constexpr size_t kDying = 64;

// An array of kDying nodes in statics slot 0; their hidden addresses in `hidden`.
__attribute__((noinline)) void root_nodes(std::vector<uintptr_t>* hidden) {
  new_node(0, 0);  // garbage first: the collector's own locals hold block starts
  DartArray* array = new_array(kDying);
  test_statics()[0] = word(array);
  for (size_t i = 0; i < kDying; ++i) {
    Node* n = new_node(0, (int64_t)i);
    dart_array_data(reinterpret_cast<DartArray*>(test_statics()[0]))[i] = word(n);
    hidden->push_back(hide(word(n)));
  }
}

// Writes a fresh node into each node of the array, then drops the array; returns how many
// writes the barrier recorded.
__attribute__((noinline)) size_t write_then_drop() {
  DartArray* array = reinterpret_cast<DartArray*>(test_statics()[0]);
  size_t recorded = 0;
  for (size_t i = 0; i < kDying; ++i) {
    Node* holder = reinterpret_cast<Node*>(dart_array_data(array)[i]);
    Node* fresh = new_node(0, -1);
    write_barrier(holder);
    holder->next = word(fresh);
    recorded += in_remembered_set(hide(word(holder)));
  }
  test_statics()[0] = 0;
  return recorded;
}

// The collector's own frames may hold a word that the conservative scan of the same collection
// reads as a pointer to one of them (block starts, remembered objects' addresses), keeping that
// one alive once more: hence many objects, and "nearly all".
TEST_CASE("written aged objects that nothing reaches leave the remembered set and are freed") {
  clear_statics();
  collect_full();
  std::vector<uintptr_t> dying;
  root_nodes(&dying);
  collect_young();  // aged
  for (uintptr_t d : dying) REQUIRE(is_aged_hidden(d));
  CHECK(write_then_drop() == kDying);
  collect_young(true, false);
  size_t live = 0, remembered = 0;
  for (uintptr_t d : dying) {
    live += is_live_hidden(d);
    remembered += in_remembered_set(d);
  }
  CHECK(live <= 2);
  CHECK(remembered <= 2);
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
  CHECK(is_aged_hidden(child));
  // The root still points to a young object, so it stays in the set (barrier bit clear): the
  // next young collection does not trace the old root, only its remembered fields.
  CHECK(in_remembered_set(root));
  CHECK_FALSE(barrier_bit_hidden(root));
  collect_young();  // the child survives twice: old; the root has its barrier bit back
  CHECK(is_live_hidden(child));
  CHECK_FALSE(is_aged_hidden(child));
  CHECK(barrier_bit_hidden(root));
  CHECK_FALSE(in_remembered_set(root));
  clear_statics();
}

TEST_CASE("an object promoted from aged that points to a newly aged one is remembered") {
  clear_statics();
  collect_full();
  uintptr_t holder = root_node(0, 1);
  collect_young();                                 // holder aged
  uintptr_t child = store_fresh_into(0, 2);        // the barrier records the aged holder
  collect_young();                                 // holder old, child aged
  CHECK(in_remembered_set(holder));
  CHECK_FALSE(barrier_bit_hidden(holder));
  // Nothing else points to the child: only the remembered holder keeps it alive now that the
  // old holder is no longer traced.
  collect_young();
  CHECK(is_live_hidden(child));
  CHECK_FALSE(is_aged_hidden(child));
  CHECK(barrier_bit_hidden(holder));
  CHECK_FALSE(in_remembered_set(holder));
  clear_statics();
}

TEST_CASE("a full collection promotes every survivor, aged ones included") {
  clear_statics();
  collect_full();
  uintptr_t node = root_node(0, 1);
  collect_young();
  CHECK(is_aged_hidden(node));
  uintptr_t fresh = root_node(1, 2);
  collect_full();
  CHECK(is_live_hidden(node));
  CHECK_FALSE(is_aged_hidden(node));
  CHECK(is_live_hidden(fresh));
  CHECK_FALSE(is_aged_hidden(fresh));
  CHECK(barrier_bit_hidden(fresh));
  CHECK(test_heap()->aged_bytes == 0);
  clear_statics();
}

TEST_CASE("a young collection that does not age promotes the aged objects it reaches") {
  clear_statics();
  collect_full();
  uintptr_t node = root_node(0, 1);
  collect_young();
  REQUIRE(is_aged_hidden(node));
  collect_young(false);
  CHECK(is_live_hidden(node));
  CHECK_FALSE(is_aged_hidden(node));
  CHECK(test_heap()->aged_bytes == 0);
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
  CHECK_FALSE(is_aged_hidden(fresh));
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
