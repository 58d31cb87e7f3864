// Isolate creation: heap, statics block and stack bounds for one thread (DESIGN.md §6).
#include "isolate.h"

#include <pthread.h>

#include "heap.h"

extern "C" {
__thread DartIsolate* dartrt_current_isolate;
}

namespace dartrt {

namespace {

// Room left below stack_limit for what runs after generated code notices the overflow: building
// the StackOverflowError, capturing the trace, unwinding.
constexpr uintptr_t kStackOverflowReserve = 256 * 1024;
// With `ulimit -s unlimited` the main thread's stack may grow without bound; use at most this
// much (8x the usual default) so that runaway recursion still ends quickly in StackOverflowError.
constexpr uintptr_t kMaxAssumedStack = uintptr_t{64} << 20;

void find_stack_bounds(Isolate* isolate, uintptr_t hint) {
  pthread_attr_t attr;
  void* low = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
  }
  uintptr_t here = reinterpret_cast<uintptr_t>(&attr);
  if (low && size && here > reinterpret_cast<uintptr_t>(low) && here < reinterpret_cast<uintptr_t>(low) + size) {
    isolate->stack_low = reinterpret_cast<uintptr_t>(low);
    isolate->stack_base = isolate->stack_low + size;
  } else {
    // Unknown bounds: scan up to the caller's hint and assume the common 8 MiB below it.
    isolate->stack_base = hint;
    isolate->stack_low = hint > (uintptr_t{8} << 20) ? hint - (uintptr_t{8} << 20) : 0;
  }
  if (isolate->stack_base - isolate->stack_low > kMaxAssumedStack) isolate->stack_low = isolate->stack_base - kMaxAssumedStack;
  isolate->pub.stack_limit = isolate->stack_low + kStackOverflowReserve;
}

}  // namespace

// Once per isolate: compiled for size (hello world's budget).
__attribute__((minsize)) Isolate* isolate_create_for_current_thread(uintptr_t stack_base_hint) {
  Isolate* isolate = static_cast<Isolate*>(xcalloc(1, sizeof(Isolate)));
  isolate->roots.next = isolate->roots.prev = &isolate->roots;
  find_stack_bounds(isolate, stack_base_hint);
  // Each isolate has its own statics (DESIGN.md §2), starting as a copy of the template.
  size_t size = (size_t)dartrt_statics_size;
  isolate->statics_allocation = static_cast<uint8_t*>(xcalloc(1, size + DART_OBJECT_ALIGNMENT));
  uint8_t* statics = reinterpret_cast<uint8_t*>(
      (reinterpret_cast<uintptr_t>(isolate->statics_allocation) + DART_OBJECT_ALIGNMENT - 1) &
      ~uintptr_t{DART_OBJECT_ALIGNMENT - 1});
  if (size) memcpy(statics, dartrt_statics_template, size);
  isolate->pub.statics = statics;
  isolate->heap = heap_create(isolate);
  dartrt_current_isolate = &isolate->pub;
  return isolate;
}

void isolate_destroy(Isolate* isolate) {
  if (current_isolate() == isolate) dartrt_current_isolate = nullptr;
  heap_destroy(isolate->heap);
  free(isolate->statics_allocation);
  free(isolate);
}

void add_root(Isolate* isolate, RootSlot* root, dart_word* slot) {
  root->slot = slot;
  root->next = isolate->roots.next;
  root->prev = &isolate->roots;
  isolate->roots.next->prev = root;
  isolate->roots.next = root;
}

void remove_root(RootSlot* root) {
  root->prev->next = root->next;
  root->next->prev = root->prev;
  root->next = root->prev = nullptr;
}

}  // namespace dartrt
