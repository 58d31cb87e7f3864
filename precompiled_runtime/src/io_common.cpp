// dart:io's error protocol (io_common.h) and the byte/text conversions its Dart side uses:
// strict UTF-8 decoding (the VM's utf8.decode, which throws on malformed input) and encoding.
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "io_common.h"

namespace dartrt {

namespace {

thread_local int g_io_error;

// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or values above U+10FFFF:
// exactly what dart:convert's strict decoder accepts).
bool utf8_well_formed(const uint8_t* bytes, size_t length) {
  size_t i = 0;
  while (i < length) {
    uint8_t b0 = bytes[i];
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    size_t needed;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      needed = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      needed = 2;
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      needed = 3;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (length - i - 1 < needed) return false;
    for (size_t k = 1; k <= needed; ++k) {
      uint8_t b = bytes[i + k];
      if (b < lo || b > hi) return false;
      lo = 0x80;
      hi = 0xBF;
    }
    i += needed + 1;
  }
  return true;
}

}  // namespace

void set_io_error(int error) { g_io_error = error; }

Utf8CString::Utf8CString(dart_word s) {
  if (s == DART_NULL) {
    data_ = nullptr;
    length_ = 0;
    return;
  }
  StrView v = string_view(s);
  data_ = static_cast<char*>(xmalloc(utf8_max_length(v) + 1));
  length_ = utf8_encode(v, 0, v.length, reinterpret_cast<uint8_t*>(data_));
  data_[length_] = 0;
}

Utf8CString::~Utf8CString() { free(data_); }

dart_word bytes_to_string(const uint8_t* bytes, size_t length) {
  DartString* s = string_try_alloc(false, length);
  if (!s) return DART_NULL;
  if (length) memcpy(const_cast<uint8_t*>(dart_one_byte_data(s)), bytes, length);
  return reinterpret_cast<dart_word>(s);
}

void ByteBuffer::append(const uint8_t* bytes, size_t n) {
  if (length + n > capacity) {
    size_t c = capacity ? capacity * 2 : 256;
    while (c < length + n) c *= 2;
    data = static_cast<uint8_t*>(xrealloc(data, c));
    capacity = c;
  }
  memcpy(data + length, bytes, n);
  length += n;
}

void ByteBuffer::release() {
  free(data);
  data = nullptr;
  length = capacity = 0;
}

void start_detached_thread(void* (*body)(void*), void* arg, size_t stack_size, const char* what) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, stack_size);
  pthread_t thread;
  if (pthread_create(&thread, &attr, body, arg) != 0) fatal("cannot start %s", what);
  pthread_attr_destroy(&attr);
}

}  // namespace dartrt

using namespace dartrt;

extern "C" {

int64_t dartrt_io_errno(void) { return g_io_error; }

// The OS's text for an error number (strerror), as the VM's OSError messages use.
dart_word dartrt_io_error_message(int64_t code) { return string_from_cstring(strerror((int)code)); }

// The UTF-8 text of raw bytes (a one-byte string of bytes), or null when they are malformed:
// the Dart side then runs dart:convert's decoder for the exact FormatException.
dart_word dartrt_io_decode_utf8(dart_word bytes) {
  StrView v = string_view(bytes);
  if (!utf8_well_formed(v.one, v.length)) return DART_NULL;
  bool ascii = true;
  for (size_t i = 0; i < v.length && ascii; ++i) ascii = v.one[i] < 0x80;
  if (ascii) return bytes;  // ASCII bytes are their own text
  return utf8_decode(v.one, v.length);
}

// The UTF-8 bytes of a string as a one-byte string (lone surrogates become U+FFFD, as
// utf8.encode does), or null when it cannot be allocated.
dart_word dartrt_io_encode_utf8(dart_word s) {
  StrView v = string_view(s);
  if (v.one) {
    bool ascii = true;
    for (size_t i = 0; i < v.length && ascii; ++i) ascii = v.one[i] < 0x80;
    if (ascii) return s;
  }
  uint8_t* buffer = static_cast<uint8_t*>(xmalloc(utf8_max_length(v) + 1));
  size_t n = utf8_encode(v, 0, v.length, buffer);
  dart_word r = bytes_to_string(buffer, n);
  free(buffer);
  return r;
}

}  // extern "C"
