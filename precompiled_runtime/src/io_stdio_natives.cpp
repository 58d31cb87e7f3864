// stdout.close() and stderr.close() (dart:io's Stdout as an IOSink, io/stdio.dart).
//
// The VM's File::Close (runtime/bin/file_linux.cc) does not close fd 1: it points it at
// /dev/null, so later output (print, the runtime's own messages) is dropped instead of failing
// or landing in whatever file would reuse the number. dartc does the same for fd 2 too (the VM
// closes it): the runtime reports uncaught errors on fd 2, and a file opened later must not
// receive them.
#include <fcntl.h>
#include <unistd.h>

#include "io_common.h"
#include "output.h"

extern "C" {

int64_t dartrt_io_close_stdio(int64_t fd) {
  // What was written before the close still goes to the real stdout.
  dartrt::stdout_flush_all();
  int null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (null_fd < 0) return dartrt::io_fail();
  int result;
  do {
    result = dup2(null_fd, (int)fd);
  } while (result < 0 && errno == EINTR);
  int error = errno;
  close(null_fd);
  if (result < 0) {
    dartrt::set_io_error(error);
    return -1;
  }
  return 0;
}

// Whether a write to fd 1 or 2 (the runtime's buffer, flushed when full, or stderr) has failed:
// 0, or -1 with that errno recorded for the Dart side (stdout's IOSink then fails as the VM's
// does when writeFromSync fails).
int64_t dartrt_stdio_write_failed(int64_t fd) {
  int error = dartrt::stdio_write_error((int)fd);
  if (error == 0) return 0;
  dartrt::set_io_error(error);
  return -1;
}

}  // extern "C"
