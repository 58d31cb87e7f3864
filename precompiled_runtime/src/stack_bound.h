// Where the conservative stack scan starts: at the entry into the heap, not at the scanning
// code's own frame (stack_scan.cpp says why).
#pragma once

#include <stdint.h>

#include "heap.h"

namespace dartrt {

// Runs f() in a frame below the caller's, after recording the address of a local of that frame
// in heap->scan_from: every frame the call makes lies below the bound. The bound of an enclosing
// entry comes back on return (entries nest: heap_allocate calls heap_try_allocate).
template <typename F>
__attribute__((noinline)) auto below_scan_bound(Heap* heap, F& f) {
  volatile uintptr_t marker = 0;
  uintptr_t outer = heap->scan_from;
  heap->scan_from = reinterpret_cast<uintptr_t>(&marker);
  auto result = f();
  heap->scan_from = outer;
  return result;
}

// The entry into the heap: forces every callee-saved register into this frame's save area, so
// the callers' pointers that live only in registers are in memory above the bound while f() may
// collect. The frames f() makes (the allocation slow path, the collector) hold no roots, only
// dead locals with block and object addresses, and are not scanned.
template <typename F>
__attribute__((noinline)) auto as_heap_entry(Heap* heap, F f) {
  __builtin_unwind_init();
  auto result = below_scan_bound(heap, f);
  // Keeps this frame (and its register spills) alive across the call: no tail call.
  __asm__ __volatile__("" ::: "memory");
  return result;
}

}  // namespace dartrt
