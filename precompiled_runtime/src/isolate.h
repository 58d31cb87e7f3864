// The runtime's view of an isolate: the ABI prefix that generated code touches (DartIsolate),
// followed by what only the runtime sees. One isolate per OS thread; the current one is the
// thread-local dartrt_current_isolate.
#ifndef DARTRT_ISOLATE_H
#define DARTRT_ISOLATE_H

#include "coroutine_frames.h"
#include "runtime.h"

namespace dartrt {

struct Heap;
struct InFlightException;

// A slot outside the heap that holds a value word the collector must treat as a root (runtime
// data structures on malloc memory). Intrusive, so registering never allocates.
struct RootSlot {
  dart_word* slot;
  RootSlot* next;
  RootSlot* prev;
};

struct Isolate {
  DartIsolate pub;                 // must stay first: generated code uses the ABI offsets
  Heap* heap;
  uintptr_t stack_base;            // highest stack address (exclusive): scanning stops here
  uintptr_t stack_low;             // lowest address of the thread's stack mapping
  InFlightException* in_flight;    // thrown and not yet caught or released: GC roots
  RootSlot roots;                  // sentinel of the registered root slots
  uint8_t* statics_allocation;     // what statics points into (malloc'd, aligned up)
  CoroutineFrameLink coroutine_frames;  // live coroutine frames: roots (coroutine_frames.cpp)
  struct IsolateMessaging* messaging;   // ports and mailbox (isolate_messages.h); null until used
};

inline Isolate* current_isolate() { return reinterpret_cast<Isolate*>(dartrt_current_isolate); }

// Creates an isolate for the calling thread (heap, statics copied from the template, stack
// bounds) and makes it current. `stack_base_hint` is an address at or above the caller's frame
// used when the thread's stack bounds cannot be asked from pthreads.
Isolate* isolate_create_for_current_thread(uintptr_t stack_base_hint);
// Releases the heap's blocks and the isolate's memory; clears dartrt_current_isolate if it was
// the current one.
void isolate_destroy(Isolate* isolate);

void add_root(Isolate* isolate, RootSlot* root, dart_word* slot);
void remove_root(RootSlot* root);

}  // namespace dartrt

#endif  // DARTRT_ISOLATE_H
