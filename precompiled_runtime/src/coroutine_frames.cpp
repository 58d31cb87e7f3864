// Coroutine frames in the heap (docs/async.md "Frames and the collector").
//
// A frame object looks like an empty stack trace to everything else (class _StackTrace, layout
// DART_LAYOUT_BYTES, length 0: no value words for precise tracing), followed by LLVM's coroutine
// frame (the resume pointer, the destroy slot, which holds a sync* run's hand-over word, then
// spilled values) and, at the end, the links of the isolate's live-frame list:
//
//   header | length = 0 | resume | value | spills ... | object | prev | next
//   0        8            16 = kCoroutineFrameOffset    size - 24
//
// The hand-over word is what a sync* body gives its iterator when it suspends (the yielded
// value, or the frame itself after a `yield*` or the end: docs/generators.md, "Frames on a
// cache line"); it lives in LLVM's destroy slot, which dartc never reads as such (abi.h).
// Frames start on a cache line (allocate_on_line), so the header, the length word, the resume
// pointer, the hand-over word and the first spills, which a hop touches, share one line; the
// links, which only allocation, release and the collector use, are at the end (with a pointer
// back to the object, since the size is not known from a link).
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

// A stack trace with one frame has length 1 too, but is only this big; a frame object is larger.
constexpr uint64_t kOneFrameStackTraceBytes = 32;
static_assert(kCoroutineFrameOffset + 16 + 24 > kOneFrameStackTraceBytes);

constexpr uintptr_t kCacheLine = 64;

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

// A frame object of `size` bytes that starts on a cache line (docs/generators.md, "Frames on a
// cache line"): a pull chain of sync* runs touches, per run and per candidate, the frame's first
// words and its spills, and the run's iterator, which the body allocates right after the frame.
// With the frame on a line, the first 64 bytes hold the header, the length, the hand-over word,
// the resume pointer and the first spills, and the iterator's hot fields share the next line
// with the frame's last words. The gap before the frame is a filler, so the block stays walkable.
uintptr_t allocate_on_line(uint64_t size) {
  uint32_t cid = dartrt_builtin_cids.stack_trace_cid;
  DartIsolate* isolate = dartrt_current_isolate;
  uintptr_t top = isolate->alloc_top;
  uintptr_t start = (top + kCacheLine - 1) & ~(kCacheLine - 1);
  if (size <= kLargeObjectThreshold && top != 0 && start + size <= isolate->alloc_limit) {
    write_filler(top, start);
    isolate->alloc_top = start + size;
    reinterpret_cast<DartObject*>(start)->header = dart_make_header(cid, size);
    return start;
  }
  // The slow path (a new region, a collection, gc-stress): room for the gap, fillers around.
  constexpr uint64_t kSlack = kCacheLine - kGranule;
  if (size + kSlack > kLargeObjectThreshold) return reinterpret_cast<uintptr_t>(allocate_object(size, cid));
  uintptr_t raw = reinterpret_cast<uintptr_t>(allocate_object(size + kSlack, DART_FILLER_CID));
  start = (raw + kCacheLine - 1) & ~(kCacheLine - 1);
  write_filler(raw, start);
  reinterpret_cast<DartObject*>(start)->header = dart_make_header(cid, size);
  write_filler(start + size, raw + size + kSlack);
  return start;
}

}  // namespace

void trace_suspended_frame(Heap* heap, uintptr_t object) {
  // A stack trace has another length or (with one frame) only 32 bytes; a finished run's frame
  // is off the list (next is null) and holds nothing live.
  uint64_t size = heap_object_size(object);
  if (size <= kOneFrameStackTraceBytes || !suspended(object) || !link_of(object)->next) return;
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
// live; the coroutine handle is the object plus kCoroutineFrameOffset.
dart_word dartrt_coroutine_frame_allocate(uint64_t frame_size) {
  uintptr_t start = allocate_on_line(dart_align_size(kCoroutineFrameOffset + frame_size + kTrailerBytes));
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
