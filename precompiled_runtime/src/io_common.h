// Shared helpers of dart:io's natives (io_*.cpp): the error protocol and string conversions.
//
// Natives never throw. One that fails returns a failure value (-1, or null for a string) and
// records errno with set_io_error; the Dart side then asks dartrt_io_errno() and builds the VM's
// OSError / FileSystemException. A null string result with error 0 means the string could not be
// allocated (the Dart side throws OutOfMemoryError).
#ifndef DARTRT_IO_COMMON_H
#define DARTRT_IO_COMMON_H

#include <errno.h>

#include "dart_string.h"

namespace dartrt {

void set_io_error(int error);
inline int64_t io_fail() {
  set_io_error(errno);
  return -1;
}
inline dart_word io_fail_null() {
  set_io_error(errno);
  return DART_NULL;
}

// A Dart string as a NUL-terminated UTF-8 C string (malloc'd; freed by the destructor), for
// paths, arguments and environment entries. Null gives a null c_str().
class Utf8CString {
 public:
  explicit Utf8CString(dart_word s);
  ~Utf8CString();
  Utf8CString(const Utf8CString&) = delete;
  Utf8CString& operator=(const Utf8CString&) = delete;
  const char* c_str() const { return data_; }
  size_t length() const { return length_; }

 private:
  char* data_;
  size_t length_;
};

// A one-byte string holding `length` raw bytes (dart:io passes bytes between Dart and the
// natives as Latin-1 strings), or null when it cannot be allocated.
dart_word bytes_to_string(const uint8_t* bytes, size_t length);

// Starts a detached runtime thread (Process.start's readers, the signal thread); a failure to
// start one is fatal (`what` names it).
void start_detached_thread(void* (*body)(void*), void* arg, size_t stack_size, const char* what);

// A growable malloc'd byte buffer.
struct ByteBuffer {
  uint8_t* data = nullptr;
  size_t length = 0;
  size_t capacity = 0;
  void append(const uint8_t* bytes, size_t n);
  void push(uint8_t byte) { append(&byte, 1); }
  void release();
};

}  // namespace dartrt

#endif  // DARTRT_IO_COMMON_H
