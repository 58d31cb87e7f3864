// Buffered stdout and unbuffered stderr, shared by print, dart:io and the error paths.
#ifndef DARTRT_OUTPUT_H
#define DARTRT_OUTPUT_H

#include <stddef.h>
#include <stdint.h>

namespace dartrt {

// Appends to the process-wide stdout buffer (thread-safe; isolates print concurrently).
void stdout_write(const uint8_t* data, size_t length);
// Appends and, when stdout is a terminal, flushes: what a line-buffered stream does for print.
void stdout_write_line_end();
void stdout_flush_all();
// Flushes stdout first so that the two streams interleave in program order when both go to the
// same file or terminal.
void stderr_write(const uint8_t* data, size_t length);
void stderr_print(const char* text);
// The errno of the last write to fd 1 or 2 that failed, or 0.
int stdio_write_error(int fd);
void stderr_printf(const char* format, ...) __attribute__((format(printf, 1, 2)));

}  // namespace dartrt

#endif  // DARTRT_OUTPUT_H
