// Frames of suspended (and running) resumable functions: `async` functions today, `sync*` and
// `async*` generators later (docs/async.md). Codegen makes such a function an LLVM coroutine
// and gives it a frame that lives in the isolate's heap, so the collector sees it.
#ifndef DARTRT_COROUTINE_FRAMES_H
#define DARTRT_COROUTINE_FRAMES_H

#include <stdint.h>

namespace dartrt {

struct Heap;

// The links of the isolate's list of live frames (a sentinel in the Isolate, then one in each
// frame object). Zero-initialized means empty.
struct CoroutineFrameLink {
  CoroutineFrameLink* prev;
  CoroutineFrameLink* next;
};

// Marks every live frame object and, conservatively, every word in it: LLVM spills whatever it
// likes there (derived pointers, unboxed numbers), exactly as on the machine stack. Live frames
// are roots at every collection, young or full, so generated code's plain stores into a frame
// need no write barrier.
void mark_coroutine_frames(Heap* heap);

// A `sync*` run suspended (at its start or at a `yield`) stays on the list but is no root: its
// frame is traced, conservatively, only when the collector reaches it through its iterator, so
// an abandoned run is freed with the iterator (docs/generators.md, "Frames"). Codegen marks it
// suspended by setting the frame's length word to 1 (kSuspendedFrame) and clears it to resume.
// trace_suspended_frame is called for every traced object of the frames' class (also remembered
// ones) and scans a suspended frame's words; unlink_dead_frames, after marking, takes the
// suspended frames that were not reached off the list before the sweep frees them.
void trace_suspended_frame(Heap* heap, uintptr_t object);
void unlink_dead_frames(Heap* heap);
// Whether an object of this heap is marked (reached in this collection, or old).
bool object_marked(uintptr_t object);

}  // namespace dartrt

#endif  // DARTRT_COROUTINE_FRAMES_H
