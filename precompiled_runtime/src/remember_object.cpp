// The slow path of generated code's write barrier (docs/gc.md, "Generations"). Generated code
// tests the header's barrier bit, clears it itself and only then calls here, so this entry never
// touches the object: codegen declares it `memory(inaccessiblemem: readwrite)`
// (codegen/src/runtime_api.cpp), and a loop of stores into a list keeps the list's length and
// backing array in registers across it. dartrt_write_barrier (remembered_set.cpp) stays the
// runtime's own barrier, which tests and clears the bit itself.
//
// No race: an object's header is written only by the thread of the isolate that owns its heap
// (objects are never shared between isolates; a message heap is adopted after its sender is done
// with it), so generated code's plain byte store is as safe as heap_remember's plain word store.
#include "heap.h"
#include "isolate.h"

extern "C" void dartrt_remember_object(DartObject* object, dart_word) {
  dartrt::Heap* heap = dartrt::current_isolate()->heap;
  if (heap->collecting) dartrt::fatal("write barrier during a collection");
  heap->remembered.push(reinterpret_cast<uintptr_t>(object));
}
