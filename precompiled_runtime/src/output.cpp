// Output buffering. Dart's print is synchronous and programs print a lot (benchmarks print a line
// per iteration), so stdout goes through one 64 KiB buffer written with write(2) when full, at
// exit, and before any stderr output; a terminal gets each line at once, like the VM.
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "output.h"
#include "runtime.h"

namespace dartrt {

namespace {

constexpr size_t kBufferSize = 64 * 1024;

pthread_mutex_t g_stdout_lock = PTHREAD_MUTEX_INITIALIZER;
uint8_t g_buffer[kBufferSize];
size_t g_buffered;
int g_stdout_is_tty = -1;  // -1: not yet asked
// The errno of the last failed write to fd 1 and to fd 2 (0: none yet), for the IOSinks.
int g_write_error[3];  // __atomic accesses: any thread may print

void write_all(int fd, const uint8_t* data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      // A closed pipe (SIGPIPE is ignored, entry.cpp), a full disk: print ignores it, as the
      // VM's does; stdout's and stderr's IOSinks ask for it (stdio_write_error) and fail.
      __atomic_store_n(&g_write_error[fd], errno, __ATOMIC_RELAXED);
      return;
    }
    data += n;
    length -= (size_t)n;
  }
}

void flush_locked() {
  if (g_buffered) write_all(1, g_buffer, g_buffered);
  g_buffered = 0;
}

}  // namespace

void stdout_write(const uint8_t* data, size_t length) {
  pthread_mutex_lock(&g_stdout_lock);
  if (g_buffered + length > kBufferSize) {
    flush_locked();
    if (length >= kBufferSize) {
      write_all(1, data, length);
      pthread_mutex_unlock(&g_stdout_lock);
      return;
    }
  }
  memcpy(g_buffer + g_buffered, data, length);
  g_buffered += length;
  pthread_mutex_unlock(&g_stdout_lock);
}

void stdout_write_line_end() {
  static const uint8_t newline = '\n';
  pthread_mutex_lock(&g_stdout_lock);
  if (g_buffered == kBufferSize) flush_locked();
  g_buffer[g_buffered++] = newline;
  if (g_stdout_is_tty < 0) g_stdout_is_tty = isatty(1) ? 1 : 0;
  if (g_stdout_is_tty) flush_locked();
  pthread_mutex_unlock(&g_stdout_lock);
}

void stdout_flush_all() {
  pthread_mutex_lock(&g_stdout_lock);
  flush_locked();
  pthread_mutex_unlock(&g_stdout_lock);
}

void stderr_write(const uint8_t* data, size_t length) {
  stdout_flush_all();
  write_all(2, data, length);
}

int stdio_write_error(int fd) { return fd == 1 || fd == 2 ? __atomic_load_n(&g_write_error[fd], __ATOMIC_RELAXED) : 0; }

void stderr_print(const char* text) { stderr_write(reinterpret_cast<const uint8_t*>(text), strlen(text)); }

void stderr_printf(const char* format, ...) {
  char buffer[1024];
  va_list args;
  va_start(args, format);
  int n = vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  if (n < 0) return;
  size_t length = (size_t)n < sizeof buffer ? (size_t)n : sizeof buffer - 1;
  stderr_write(reinterpret_cast<const uint8_t*>(buffer), length);
}

}  // namespace dartrt
