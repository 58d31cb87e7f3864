// print() and the dart:io stdout/stderr natives.
#include "output.h"
#include "dart_string.h"

namespace {

void to_stdout(const uint8_t* data, size_t length) { dartrt::stdout_write(data, length); }
void to_stderr(const uint8_t* data, size_t length) { dartrt::stderr_write(data, length); }

}  // namespace

extern "C" {

void dartrt_print_string(dart_word string) {
  dartrt::utf8_write(dartrt::string_view(string), to_stdout);
  dartrt::stdout_write_line_end();
}

void dartrt_stdout_write(dart_word string) { dartrt::utf8_write(dartrt::string_view(string), to_stdout); }

void dartrt_stderr_write(dart_word string) { dartrt::utf8_write(dartrt::string_view(string), to_stderr); }

void dartrt_stdout_write_bytes(const uint8_t* bytes, int64_t length) {
  if (length > 0) dartrt::stdout_write(bytes, (size_t)length);
}

void dartrt_stdout_flush(void) { dartrt::stdout_flush_all(); }

}  // extern "C"
