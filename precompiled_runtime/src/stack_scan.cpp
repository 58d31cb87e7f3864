// Conservative roots: the registers and the machine stack of the isolate's thread (DESIGN.md §4).
//
// Generated code keeps heap pointers wherever LLVM likes -- callee-saved registers, spill slots,
// derived pointers into the middle of objects -- and there are no stack maps. So every aligned
// word between the entry into the heap and the stack base that looks like an address inside
// this heap keeps the object around it alive (and, the heap being non-moving, in place).
//
// The scan starts at the bound the entry recorded (heap_try_allocate, heap_collect; see
// stack_bound.h), below the callee-saved registers it spilled, not at the scanning code's own
// frame. The frames between -- the allocation slow path, collect, mark_live_objects and what
// they inline -- hold no roots, only dead locals: block starts, the region's base, objects of
// earlier collections. Scanned, they kept whatever object begins at such an address alive; in
// gc/linked_structures that was the head of a list whose removed nodes all point to their
// successors, so every removed node stayed (docs/gc.md, "Conservative stack scanning").
#include "heap.h"

namespace dartrt {

void scan_current_stack(Heap* heap) {
  if (!heap->scan_from) fatal("collection outside an entry into the heap");
  mark_conservative_range(heap, heap->scan_from, heap->isolate->stack_base);
}

}  // namespace dartrt
