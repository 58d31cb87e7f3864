// Generational collection with sticky mark bits (docs/gc.md "Generations"): young collections
// keep old objects without tracing them, the write barrier's remembered set supplies the
// old-to-young pointers, and DARTC_GC_VERIFY catches an old object that points to a young one
// without being remembered.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace dartrt;

namespace {

inline uintptr_t hide(uintptr_t p) { return ~p; }
__attribute__((noinline)) bool is_live_hidden(uintptr_t hidden) {
  uintptr_t object = ~hidden;
  return heap_find_object(test_heap(), object) == object;
}

bool barrier_bit(const void* object) { return *static_cast<const uint64_t*>(object) & DART_HEADER_BARRIER_BIT; }

__attribute__((always_inline)) inline void collect_clean(bool full) {
  scrub_stack();
  heap_collect(test_heap(), full);
}

// A young collection right after a full one (the policy would choose young anyway).
__attribute__((always_inline)) inline void collect_young() {
  Heap* heap = test_heap();
  bool generational = heap->generational;
  heap->generational = true;
  heap->full_trigger = ~uint64_t{0};
  collect_clean(false);
  heap->generational = generational;
  CHECK_FALSE(heap->last_full);
}

// Roots an old node in statics slot 0 and returns it (hidden).
__attribute__((noinline)) uintptr_t make_old_root() {
  Node* old = new_node(0, 1);
  test_statics()[0] = word(old);
  return hide(word(old));
}

__attribute__((noinline)) uintptr_t store_young_into_root(bool with_barrier) {
  Node* root = reinterpret_cast<Node*>(test_statics()[0]);
  Node* young = new_node(0, 2);
  if (with_barrier) write_barrier(root);
  root->next = word(young);
  return hide(word(young));
}

}  // namespace

TEST_CASE("survivors are old: their barrier bit is set, and young objects have none") {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
  make_old_root();
  Node* root = reinterpret_cast<Node*>(test_statics()[0]);
  CHECK_FALSE(barrier_bit(root));
  collect_clean(true);
  CHECK(barrier_bit(root));
  Node* fresh = new_node(0, 3);
  CHECK_FALSE(barrier_bit(fresh));
  // The barrier's slow path records the object once and clears the bit.
  size_t before = test_heap()->remembered.size();
  write_barrier(root);
  write_barrier(root);
  CHECK_FALSE(barrier_bit(root));
  CHECK(test_heap()->remembered.size() == before + 1);
  test_statics()[0] = 0;
}

TEST_CASE("a young collection keeps a young object that only a remembered old object points to") {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
  uintptr_t root = make_old_root();
  collect_clean(true);
  uintptr_t young = store_young_into_root(true);
  collect_young();
  CHECK(is_live_hidden(root));
  CHECK(is_live_hidden(young));
  // Marking set the bit again and emptied the set: the young object is old now.
  CHECK(barrier_bit(reinterpret_cast<void*>(test_statics()[0])));
  CHECK(test_heap()->remembered.empty());
  CHECK(barrier_bit(reinterpret_cast<void*>(reinterpret_cast<Node*>(test_statics()[0])->next)));
  test_statics()[0] = 0;
}

TEST_CASE("old garbage stays until a full collection, young garbage goes at the next young one") {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
  uintptr_t old = make_old_root();
  collect_clean(true);
  test_statics()[0] = 0;
  uintptr_t young = make_old_root();  // young: allocated after the collection
  test_statics()[0] = 0;
  collect_young();
  CHECK(is_live_hidden(old));  // sticky mark: not traced, not freed
  CHECK_FALSE(is_live_hidden(young));
  collect_clean(true);
  CHECK_FALSE(is_live_hidden(old));
}

TEST_CASE("DARTC_GC_VERIFY stops at an old object that holds a young one without the barrier") {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
  make_old_root();
  collect_clean(true);
  ChildResult missed = run_in_child([] {
    store_young_into_root(false);
    test_heap()->verify = true;
    collect_young();
  });
  CHECK(missed.exit_code != 0);
  CHECK(missed.err.find("DARTC_GC_VERIFY: old object") != std::string::npos);
  CHECK(missed.err.find("write barrier did not record it") != std::string::npos);
  ChildResult recorded = run_in_child([] {
    store_young_into_root(true);
    test_heap()->verify = true;
    collect_young();
  });
  CHECK(recorded.exit_code == 0);
  CHECK(recorded.err == "");
  test_statics()[0] = 0;
}

TEST_CASE("DARTC_GC_STATS counts young and full collections") {
  ChildResult r = run_in_child([] {
    test_heap()->stats = {};  // earlier tests of this process collected too
    collect_clean(true);
    collect_young();
    heap_print_stats(test_heap());
  });
  CHECK(r.err.find(" young=1 ") != std::string::npos);
  CHECK(r.err.find(" full=") != std::string::npos);
}
