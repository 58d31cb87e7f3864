// dartrt_array_new_filled: the large arrays of List.filled, allocated and filled in one pass
// (abi.h; codegen/src/array_allocation.cpp emits the small ones inline).
//
// The heap hands out a large object's memory unzeroed when asked (heap_try_allocate with
// `zeroed` false), and nothing here can collect between that and the last store: the header,
// type arguments and length are set and every element is written before the array is returned,
// so the collector never sees the old bytes. The array is young, so the stores need no barrier;
// `type_args` and `fill` stay alive across the allocation as conservative roots (arguments in
// this frame's registers or stack).
#include <string.h>

#include "dartrt/abi.h"
#include "heap.h"
#include "isolate.h"
#include "runtime.h"

extern "C" dart_word dartrt_array_new_filled(uint64_t size, uint64_t header, int64_t length, dart_word type_args,
                                             dart_word fill) {
  dartrt::Isolate* isolate = dartrt::current_isolate();
  if (!isolate) dartrt::fatal("allocation on a thread without an isolate");
  DartObject* object = dartrt::heap_try_allocate(isolate->heap, size, header, /*zeroed=*/false);
  // Exhausted: dartrt_allocate collects again, then reports and throws as for any allocation.
  if (!object) object = dartrt_allocate(size, header);
  DartArray* array = reinterpret_cast<DartArray*>(object);
  array->type_args = type_args;
  array->length = length;
  dart_word* data = dart_array_data(array);
  for (int64_t i = 0; i < length; ++i) data[i] = fill;
  // The alignment's padding after the last element, as in any allocation.
  uintptr_t end = reinterpret_cast<uintptr_t>(data + length);
  memset(data + length, 0, reinterpret_cast<uintptr_t>(object) + dart_align_size(size) - end);
  return reinterpret_cast<dart_word>(object);
}
