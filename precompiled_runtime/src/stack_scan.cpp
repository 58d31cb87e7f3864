// Conservative roots: the registers and the machine stack of the isolate's thread (DESIGN.md §4).
//
// Generated code keeps heap pointers wherever LLVM likes -- callee-saved registers, spill slots,
// derived pointers into the middle of objects -- and there are no stack maps. So every aligned
// word between the current stack pointer and the stack base that looks like an address inside
// this heap keeps the object around it alive (and, the heap being non-moving, in place).
#include "heap.h"

namespace dartrt {

namespace {

// A separate, non-inlined frame: its locals lie below the caller's frame, where
// __builtin_unwind_init spilled the callee-saved registers, so starting the scan here covers them.
__attribute__((noinline)) void scan_from_here(Heap* heap) {
  volatile uintptr_t marker = 0;
  uintptr_t sp = reinterpret_cast<uintptr_t>(&marker);
  mark_conservative_range(heap, sp, heap->isolate->stack_base);
}

}  // namespace

__attribute__((noinline)) void scan_current_stack(Heap* heap) {
  // Forces every callee-saved register into this frame's save area, so pointers that live only
  // in registers (of any caller up the stack) are in memory while we scan.
  __builtin_unwind_init();
  scan_from_here(heap);
  // Keeps this frame (and its register spills) alive across the call: no tail call.
  __asm__ __volatile__("" ::: "memory");
}

}  // namespace dartrt
