// dartrt_array_new_filled (precompiled_runtime/src/array_natives.cpp): the large arrays of
// List.filled, allocated from unzeroed memory and written once. Every word of the array must be
// written (header, type arguments, length, elements, padding) whatever the memory held before,
// and the fill value must be traced like any element.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace dartrt;

namespace {

__attribute__((always_inline)) inline void collect_clean() {
  scrub_stack();
  heap_collect(test_heap());
}

// A large object filled with a garbage pattern, then dropped: its blocks go back to the heap
// and may be handed out again without zeroing.
__attribute__((noinline)) void leave_garbage(uint64_t size) {
  DartObject* blob = dartrt_allocate(size, dart_make_header(kBlobCid, size));
  uint8_t* bytes = reinterpret_cast<uint8_t*>(blob);
  for (uint64_t i = 8; i < size; ++i) bytes[i] = 0xAB;
}

// Whether every word of the array is what dartrt_array_new_filled promises.
bool well_formed(DartArray* a, uint64_t size, uint64_t header, int64_t length, dart_word type_args, dart_word fill) {
  bool ok = a->header == header && a->type_args == type_args && a->length == length;
  dart_word* data = dart_array_data(a);
  for (int64_t i = 0; i < length; ++i) ok &= data[i] == fill;
  const uint8_t* end = reinterpret_cast<const uint8_t*>(a) + size;
  for (const uint8_t* p = reinterpret_cast<const uint8_t*>(data + length); p < end; ++p) ok &= *p == 0;
  return ok;
}

}  // namespace

TEST_CASE("dartrt_array_new_filled writes every word of a large array over reused garbage") {
  test_isolate();
  // Odd and even lengths: an odd one leaves an 8-byte padding word in the last granule.
  for (int64_t length : {1022, 1023, 5000, 5001, 100000}) {
    uint64_t size = dart_align_size(sizeof(DartArray) + 8 * (uint64_t)length);
    leave_garbage(size);
    collect_clean();
    uint64_t header = dart_make_header(kArrayCid, size);
    dart_word fill = (dart_word)((7 << 1) | 1);  // the Smi 7
    auto* a = reinterpret_cast<DartArray*>(dartrt_array_new_filled(size, header, length, DART_NULL, fill));
    CHECK(well_formed(a, size, header, length, DART_NULL, fill));
  }
}

TEST_CASE("the fill object of dartrt_array_new_filled is kept alive by the array") {
  test_isolate();
  int64_t length = 3000;
  uint64_t size = dart_align_size(sizeof(DartArray) + 8 * (uint64_t)length);
  uint64_t header = dart_make_header(kArrayCid, size);
  test_statics()[0] = dartrt_array_new_filled(size, header, length, DART_NULL, word(new_node(0, 42)));
  collect_clean();
  auto* a = reinterpret_cast<DartArray*>(test_statics()[0]);
  dart_word last = dart_array_data(a)[length - 1];
  CHECK(last == dart_array_data(a)[0]);
  CHECK(heap_find_object(test_heap(), last) == last);
  CHECK(reinterpret_cast<Node*>(last)->value == 42);
  test_statics()[0] = 0;
}
