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

}  // namespace dartrt

#endif  // DARTRT_COROUTINE_FRAMES_H
