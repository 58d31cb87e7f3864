// Coroutine frames in the heap (docs/async.md "Frames and the collector").
//
// A frame object looks like an empty stack trace to everything else (class _StackTrace, layout
// DART_LAYOUT_BYTES, length 0: no value words for precise tracing), followed by two hand-over
// words of sync* runs, LLVM's coroutine frame (resume and destroy pointers, then spilled
// values) and, at the end, the links of the isolate's live-frame list:
//
//   header | length = 0 | value | kind | LLVM coroutine frame ... | object | prev | next
//   0        8            16      24     32 = kCoroutineFrameOffset   size - 24
//
// The hand-over words are what a sync* body gives its iterator when it suspends (the yielded
// value, and what it handed over: docs/generators.md, "The hand-over in the frame"). They sit
// in the frame's first cache line, beside the length word and the resume pointer that a hop
// touches anyway; the links, which only allocation, release and the collector use, are at the
// end (with a pointer back to the object, since the size is not known from a link).
//
// While the coroutine has not finished, its frame is on the list and is a conservative root;
// when it finishes (dartrt_coroutine_frame_release) it becomes an ordinary object that the
// collector frees once nothing refers to it. A sync* run suspended at a yield has length 1
// (kSuspendedFrame, written by codegen's _detachCoroutineFrame): it is then no root, only traced
// when reached, and unlinked once a collection finds it unreachable. Generated code stores into
// a frame without a write barrier, so suspending an old frame remembers it: the next young
// collection scans what the run wrote while it was a root. (The driver's stores of the
// hand-over value into a suspended frame have their own barrier.)
#include "coroutine_frames.h"

#include <string.h>
#include <time.h>

#include "heap.h"
#include "isolate.h"

namespace dartrt {

namespace {

constexpr uint64_t kCoroutineFrameOffset = DART_COROUTINE_HANDLE_OFFSET;

CoroutineFrameLink* frame_list(Isolate* isolate) {
  CoroutineFrameLink* sentinel = &isolate->coroutine_frames;
  if (!sentinel->next) sentinel->prev = sentinel->next = sentinel;
  return sentinel;
}

// The trailer: the object's address, then the links.
constexpr uint64_t kTrailerBytes = sizeof(uintptr_t) + sizeof(CoroutineFrameLink);
// Where the conservative scan of a frame starts: the hand-over value (a sync* run's yielded
// value is live while the run is suspended).
constexpr uint64_t kScannedFrom = DART_COROUTINE_VALUE_OFFSET;

CoroutineFrameLink* link_of(uintptr_t object) {
  return reinterpret_cast<CoroutineFrameLink*>(object + heap_object_size(object) - sizeof(CoroutineFrameLink));
}

uintptr_t object_of(CoroutineFrameLink* link) { return reinterpret_cast<uintptr_t*>(link)[-1]; }

// The words that may hold values: the hand-over words and LLVM's frame, not the trailer (its
// links point into other frames, which would keep abandoned runs alive).
void scan_frame(Heap* heap, uintptr_t object, uint64_t size) {
  mark_conservative_range(heap, object + kScannedFrom, object + size - kTrailerBytes);
}

// The length word of a suspended sync* run's frame (0 otherwise).
constexpr int64_t kSuspendedFrame = 1;

bool suspended(uintptr_t object) { return reinterpret_cast<const int64_t*>(object)[1] == kSuspendedFrame; }

void unlink(CoroutineFrameLink* link) {
  link->prev->next = link->next;
  link->next->prev = link->prev;
  link->prev = link->next = nullptr;
}

}  // namespace

void trace_suspended_frame(Heap* heap, uintptr_t object) {
  // A stack trace has another length or (with one frame) only 32 bytes; a finished run's frame
  // is off the list (next is null) and holds nothing live.
  uint64_t size = heap_object_size(object);
  if (size <= kCoroutineFrameOffset || !suspended(object) || !link_of(object)->next) return;
  scan_frame(heap, object, size);
}

void unlink_dead_frames(Heap* heap) {
  CoroutineFrameLink* sentinel = frame_list(heap->isolate);
  for (CoroutineFrameLink* l = sentinel->next; l != sentinel;) {
    CoroutineFrameLink* next = l->next;
    uintptr_t object = object_of(l);
    if (suspended(object) && !object_marked(object)) unlink(l);
    l = next;
  }
}

void mark_coroutine_frames(Heap* heap) {
  CoroutineFrameLink* sentinel = frame_list(heap->isolate);
  for (CoroutineFrameLink* l = sentinel->next; l != sentinel; l = l->next) {
    uintptr_t object = object_of(l);
    if (suspended(object)) continue;  // traced if reached
    // The object itself (through a word that points at it), then its contents.
    uintptr_t self[1] = {object};
    mark_conservative_range(heap, reinterpret_cast<uintptr_t>(self), reinterpret_cast<uintptr_t>(self + 1));
    scan_frame(heap, object, heap_object_size(object));
  }
}

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// A frame object for a coroutine frame of `frame_size` bytes (llvm.coro.size), registered as
// live; the coroutine handle is the object plus 32.
dart_word dartrt_coroutine_frame_allocate(uint64_t frame_size) {
  DartObject* object =
      allocate_object(kCoroutineFrameOffset + frame_size + kTrailerBytes, dartrt_builtin_cids.stack_trace_cid);
  uintptr_t start = reinterpret_cast<uintptr_t>(object);
  uint64_t size = heap_object_size(start);
  memset(reinterpret_cast<void*>(start + 8), 0, size - 8);
  CoroutineFrameLink* sentinel = frame_list(current_isolate());
  CoroutineFrameLink* link = link_of(start);
  reinterpret_cast<uintptr_t*>(link)[-1] = start;
  link->prev = sentinel;
  link->next = sentinel->next;
  sentinel->next->prev = link;
  sentinel->next = link;
  return start;
}

// The coroutine has finished: its frame is no longer a root.
void dartrt_coroutine_frame_release(dart_word frame) {
  CoroutineFrameLink* link = link_of(frame);
  if (!link->next) return;
  unlink(link);
}

// dart:io's sleep and the event loop's wait for the next timer.
void dartrt_sleep_micros(int64_t micros) {
  if (micros <= 0) return;
  struct timespec ts;
  ts.tv_sec = micros / 1000000;
  ts.tv_nsec = (micros % 1000000) * 1000;
  while (nanosleep(&ts, &ts) != 0) {
  }
}

}  // extern "C"
