// Boxing helpers for the cases generated code does not inline.
#include "heap.h"

extern "C" {

dart_word dartrt_box_int(int64_t value) {
  if (dart_fits_smi(value)) return dart_smi_from(value);
  DartBoxedInt* box = reinterpret_cast<DartBoxedInt*>(dartrt::allocate_object(sizeof(DartBoxedInt), dartrt_builtin_cids.int_cid));
  box->value = value;
  return reinterpret_cast<dart_word>(box);
}

dart_word dartrt_box_double(double value) {
  DartBoxedDouble* box =
      reinterpret_cast<DartBoxedDouble*>(dartrt::allocate_object(sizeof(DartBoxedDouble), dartrt_builtin_cids.double_cid));
  box->value = value;
  return reinterpret_cast<dart_word>(box);
}

}  // extern "C"
