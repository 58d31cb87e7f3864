// Natives of dart:typed_data's byte storage (`_ByteStore` in lib/typed_data.dart:
// `{header, length, bytes...}`, laid out by codegen). dart:io passes bytes to and from the natives
// as one-byte strings (lib/io/bytes.dart); these copy them into and out of a Uint8List's bytes in
// one go. The Dart side checks the ranges.
#include <string.h>

#include "dart_string.h"
#include "runtime.h"

namespace {

uint8_t* byte_store_data(dart_word store) { return reinterpret_cast<uint8_t*>(store) + sizeof(DartByteStore); }

}  // namespace

extern "C" {

// Copies the units of a one-byte string to bytes [offset, offset + length) of `store`.
void dartrt_byte_store_copy_from_string(dart_word store, int64_t offset, dart_word bytes) {
  dartrt::StrView v = dartrt::string_view(bytes);
  memcpy(byte_store_data(store) + offset, v.one, v.length);
}

// A one-byte string of bytes [start, end) of `store`, or null when it cannot exist (the Dart side
// throws OutOfMemoryError).
dart_word dartrt_byte_store_to_string(dart_word store, int64_t start, int64_t end) {
  DartString* s = dartrt::string_try_alloc(false, (size_t)(end - start));
  if (!s) return DART_NULL;
  // The collector never moves objects, and `store` is on this frame's stack, so it is still here.
  memcpy(const_cast<uint8_t*>(dart_one_byte_data(s)), byte_store_data(store) + start, (size_t)(end - start));
  return reinterpret_cast<dart_word>(s);
}

}  // extern "C"
