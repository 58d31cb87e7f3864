// dart:io's stdin: bytes through a read buffer (the VM reads one byte per system call; a buffer
// gives the same bytes, and nothing else in the process reads fd 0: child processes get pipes),
// readLineSync's line splitting, and the terminal modes (termios).
#include <termios.h>
#include <unistd.h>

#include "io_common.h"

namespace dartrt {

namespace {

uint8_t g_buffer[65536];
size_t g_start, g_end;
bool g_error;

// The next byte of stdin, or -1 at the end (or after a read error, which is remembered).
int next_byte() {
  if (g_start == g_end) {
    if (g_error) return -1;
    for (;;) {
      ssize_t n = read(0, g_buffer, sizeof g_buffer);
      if (n > 0) {
        g_start = 0;
        g_end = (size_t)n;
        break;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        g_error = true;
        set_io_error(errno);
      }
      return -1;
    }
  }
  return g_buffer[g_start++];
}

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

int64_t dartrt_stdin_read_byte(void) { return next_byte(); }

// One line of stdin as raw bytes (a one-byte string), or null at the end of input. Without
// `retain`, "\n" ends a line and "\r\n" too (a lone "\r" stays in the line), as the VM's
// Stdin.readLineSync on Linux; with it, the line keeps its "\n".
dart_word dartrt_stdin_read_line(bool retain) {
  ByteBuffer line;
  bool any = false;
  for (;;) {
    int b = next_byte();
    if (b < 0) break;
    any = true;
    if (b == '\n') {
      if (retain) line.push('\n');
      else if (line.length && line.data[line.length - 1] == '\r') line.length--;
      break;
    }
    line.push((uint8_t)b);
  }
  if (!any) return DART_NULL;
  set_io_error(0);
  dart_word r = bytes_to_string(line.data, line.length);
  line.release();
  return r;
}

int64_t dartrt_io_is_terminal(int64_t fd) { return isatty((int)fd) ? 1 : 0; }

// Stdin.echoMode / lineMode: 1 or 0, -1 when the terminal cannot say (ENOTTY for a pipe or file).
int64_t dartrt_stdin_mode(bool line_mode) {
  struct termios t;
  if (tcgetattr(0, &t) != 0) return io_fail();
  tcflag_t flag = line_mode ? ICANON : ECHO;
  return (t.c_lflag & flag) ? 1 : 0;
}

int64_t dartrt_stdin_set_mode(bool line_mode, bool enabled) {
  struct termios t;
  if (tcgetattr(0, &t) != 0) return io_fail();
  tcflag_t flag = line_mode ? ICANON : (ECHO | ECHONL);
  if (!line_mode && enabled) flag = ECHO | ECHONL;
  if (enabled) t.c_lflag |= flag;
  else t.c_lflag &= ~flag;
  return tcsetattr(0, TCSANOW, &t) == 0 ? 0 : io_fail();
}

}  // extern "C"
