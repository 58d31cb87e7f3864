// dartrt_remember_object: the slow path generated code's write barrier calls after clearing the
// header's barrier bit itself (codegen FunctionLowering::writeBarrier, docs/gc.md "Generations").
#include <doctest/doctest.h>

#include "fixture.h"

using namespace dartrt;

namespace {

bool barrier_bit(const void* object) { return *static_cast<const uint64_t*>(object) & DART_HEADER_BARRIER_BIT; }

// What generated code does before a store of a value word: test the bit in the header's GC byte,
// and when set clear it (an atomic `and` of that byte) and record the object.
void generated_barrier(void* object, dart_word value) {
  uint8_t* flags = static_cast<uint8_t*>(object) + DART_HEADER_BARRIER_BYTE;
  if (*flags & DART_HEADER_BARRIER_BYTE_MASK) {
    __atomic_fetch_and(flags, static_cast<uint8_t>(~DART_HEADER_BARRIER_BYTE_MASK), __ATOMIC_RELAXED);
    dartrt_remember_object(static_cast<DartObject*>(object), value);
  }
}

__attribute__((noinline)) uintptr_t store_young_into_old_root() {
  Node* root = reinterpret_cast<Node*>(test_statics()[0]);
  Node* young = new_node(0, 2);
  generated_barrier(root, word(young));
  generated_barrier(root, word(young));  // the bit is clear now: nothing more is recorded
  root->next = word(young);
  return ~word(young);
}

}  // namespace

TEST_CASE("dartrt_remember_object records an old object whose bit generated code cleared, once") {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
  Node* root = new_node(0, 1);
  test_statics()[0] = word(root);
  scrub_stack();
  heap_collect(test_heap(), true);
  REQUIRE(barrier_bit(root));
  size_t before = test_heap()->remembered.size();
  uint64_t header = root->header;
  uintptr_t hidden_young = store_young_into_old_root();
  CHECK_FALSE(barrier_bit(root));
  // Only the barrier bit changed: class id, size and the other GC bits are as they were.
  CHECK(root->header == (header & ~DART_HEADER_BARRIER_BIT));
  CHECK(test_heap()->remembered.size() == before + 1);
  CHECK(test_heap()->remembered[before] == word(root));
  // A verified young collection finds the old object's young referent through the set.
  Heap* heap = test_heap();
  bool generational = heap->generational, verify = heap->verify;
  heap->generational = true;
  heap->verify = true;
  heap->full_trigger = ~uint64_t{0};
  scrub_stack();
  heap_collect(heap, false);
  heap->generational = generational;
  heap->verify = verify;
  CHECK_FALSE(heap->last_full);
  uintptr_t young = ~hidden_young;
  CHECK(heap_find_object(heap, young) == young);
  CHECK(barrier_bit(reinterpret_cast<void*>(test_statics()[0])));
  CHECK(heap->remembered.empty());
  test_statics()[0] = 0;
}
