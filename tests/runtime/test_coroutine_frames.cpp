// Coroutine frame objects start on a cache line (coroutine_frames.cpp, allocate_on_line;
// docs/generators.md, "Frames on a cache line"), on the inline path and on the slow path, with
// fillers around them, and the heap stays walkable: objects allocated before and after are found,
// and a collection frees what is dead.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace dartrt;

extern "C" dart_word dartrt_coroutine_frame_allocate(uint64_t frame_size);
extern "C" void dartrt_coroutine_frame_release(dart_word frame);

namespace {

constexpr uint64_t kExpectedFrameBytes = 80;  // 16 (header, length) + 40 (LLVM frame) + 24 (trailer)

void check_frame(dart_word frame) {
  CHECK(frame % 64 == 0);
  const uint64_t header = *reinterpret_cast<uint64_t*>(frame);
  CHECK(dart_header_cid(header) == kStackTraceCid);
  CHECK(dart_header_size(header) == kExpectedFrameBytes);
  CHECK(heap_find_object(test_heap(), frame) == frame);
  // The length word and the LLVM frame start zeroed.
  CHECK(reinterpret_cast<uint64_t*>(frame)[1] == 0);
  CHECK(reinterpret_cast<uint64_t*>(frame)[2] == 0);
}

}  // namespace

TEST_CASE("coroutine frames start on a cache line, the iterator's allocation right after") {
  Isolate* isolate = test_isolate();
  for (int misalign = 0; misalign < 4; ++misalign) {
    // A region with room for everything below (the slow path would refill it anywhere).
    while (isolate->pub.alloc_limit - isolate->pub.alloc_top < 1024) {
      isolate->pub.alloc_limit = isolate->pub.alloc_top;
      new_node(0, 0);
    }
    // Move the bump pointer to each 16-byte phase of a line.
    while ((isolate->pub.alloc_top / 16) % 4 != static_cast<uint64_t>(misalign)) allocate_object(16, kBlobCid);
    Node* before = new_node(0, 1);
    dart_word frame = dartrt_coroutine_frame_allocate(40);
    check_frame(frame);
    CHECK(isolate->pub.alloc_top == frame + kExpectedFrameBytes);  // no gap after the frame
    Node* after = new_node(0, 2);
    CHECK(word(after) == frame + kExpectedFrameBytes);
    CHECK(heap_find_object(test_heap(), word(before)) == word(before));
    CHECK(heap_find_object(test_heap(), word(after)) == word(after));
    dartrt_coroutine_frame_release(frame);
  }
}

TEST_CASE("a coroutine frame from the slow path is on a line too, with fillers around it") {
  Isolate* isolate = test_isolate();
  new_node(0, 0);
  isolate->pub.alloc_limit = isolate->pub.alloc_top;  // the region is "full"
  dart_word frame = dartrt_coroutine_frame_allocate(40);
  check_frame(frame);
  Node* after = new_node(0, 3);
  CHECK(after->value == 3);
  CHECK(heap_find_object(test_heap(), word(after)) == word(after));
  dartrt_coroutine_frame_release(frame);
  // The fillers keep the block walkable through a collection and the allocation after it.
  heap_collect(test_heap());
  for (int i = 0; i < 1000; ++i) CHECK(new_node(0, i)->value == i);
}
