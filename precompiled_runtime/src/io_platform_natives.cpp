// dart:io's Platform (environment, executable, hostname), exitCode, and terminal sizes.
#include <limits.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "io_common.h"
#include "process_exit.h"

extern char** environ;

namespace dartrt {

namespace {

int g_exit_code;
const char* g_argv0 = "";

}  // namespace

int global_exit_code() { return g_exit_code; }
void set_executable_name(const char* argv0) { g_argv0 = argv0 ? argv0 : ""; }

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// The environment as "NAME=value\0..." decoded from UTF-8.
dart_word dartrt_io_environment(void) {
  ByteBuffer out;
  for (char** e = environ; e && *e; ++e) out.append(reinterpret_cast<const uint8_t*>(*e), strlen(*e) + 1);
  dart_word r = utf8_decode(out.data ? out.data : reinterpret_cast<const uint8_t*>(""), out.length);
  out.release();
  return r;
}

// Platform.executable: the name the program was started with (argv[0]), as the VM's
// standalone executables report it.
dart_word dartrt_io_executable(void) {
  return utf8_decode(reinterpret_cast<const uint8_t*>(g_argv0), strlen(g_argv0));
}

// Platform.resolvedExecutable: the running executable's absolute path, links resolved.
dart_word dartrt_io_resolved_executable(void) {
  char path[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  if (n < 0) return io_fail_null();
  return utf8_decode(reinterpret_cast<const uint8_t*>(path), (size_t)n);
}

dart_word dartrt_io_local_hostname(void) {
  char name[256];
  if (gethostname(name, sizeof name) != 0) return io_fail_null();
  name[sizeof name - 1] = 0;
  return utf8_decode(reinterpret_cast<const uint8_t*>(name), strlen(name));
}

int64_t dartrt_io_exit_code(void) { return g_exit_code; }
void dartrt_io_set_exit_code(int64_t code) { g_exit_code = (int)code; }

// Stdout.terminalColumns / terminalLines, or -1 with errno when `fd` is no terminal.
int64_t dartrt_io_terminal_size(int64_t fd, bool columns) {
  struct winsize w;
  if (ioctl((int)fd, TIOCGWINSZ, &w) != 0) return io_fail();
  return columns ? w.ws_col : w.ws_row;
}

// dart:io's top-level `pid`.
int64_t dartrt_io_pid(void) { return getpid(); }

}  // extern "C"

extern "C" bool dartrt_io_arch_is_arm64(void) {
#if defined(__aarch64__)
  return true;
#else
  return false;
#endif
}
