// Records: the natives of the core library's record.dart (the shape table is emitted by codegen;
// the layout is described in abi.h and docs/records.md).
#include "dart_string.h"
#include "runtime.h"

extern "C" {

int64_t dartrt_record_named_count(int64_t shape) {
  if (shape < 0 || static_cast<uint64_t>(shape) >= dartrt_record_shape_count) return 0;
  return dartrt_record_shapes[shape].num_named;
}

dart_word dartrt_record_field_name(int64_t shape, int64_t index) {
  if (shape < 0 || static_cast<uint64_t>(shape) >= dartrt_record_shape_count) return DART_NULL;
  const DartRecordShape& s = dartrt_record_shapes[shape];
  if (index < 0 || static_cast<uint64_t>(index) >= s.num_named) return DART_NULL;
  return dartrt::string_from_cstring(s.names[index]);
}

}  // extern "C"
