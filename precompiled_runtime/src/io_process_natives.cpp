// dart:io's Process.runSync: fork and exec (PATH search as the VM's execvp), stdin an empty pipe,
// stdout and stderr collected until both close, then waitpid. Following runtime/bin/
// process_linux.cc, a failure to exec is reported to the parent through a close-on-exec pipe as
// the child's errno, and a child killed by a signal exits with minus the signal's number.
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io_common.h"
#include "io_process_spawn.h"

namespace dartrt {

namespace {

// The last run's results (no list to allocate; the Dart side reads them one by one).
int64_t g_pid, g_exit_code;
ByteBuffer g_output[2];

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// Runs `executable` with the arguments "a\0b\0..." in `cwd` (null: this process's) with the
// environment "K=V\0..." (null: this process's). 0 when the child ran (then the results below),
// -1 with errno when it could not be started.
int64_t dartrt_io_run_process(dart_word executable, dart_word arguments, dart_word cwd, dart_word environment) {
  Utf8CString exe(executable), args(arguments);
  Utf8CString dir(cwd), env(environment);
  char** argv = split_nul(const_cast<char*>(args.c_str()), args.length(), exe.c_str());
  char** envp = env.c_str() ? split_nul(const_cast<char*>(env.c_str()), env.length(), nullptr) : nullptr;
  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  int64_t result = 0;
  pid_t pid = -1;
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) {
    result = io_fail();
  } else {
    int child_fds[3] = {in[0], out[1], err[1]};
    pid = spawn_process(exe.c_str(), argv, envp, dir.c_str(), child_fds);
    if (pid < 0) result = io_fail();
  }
  int fds[] = {in[0], in[1], out[1], err[1]};
  for (int fd : fds)
    if (fd >= 0) close(fd);
  if (pid > 0) {
    g_output[0].release();
    g_output[1].release();
    // Collect both outputs until they close.
    struct pollfd polls[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    int open_count = 2;
    uint8_t chunk[65536];
    while (open_count > 0) {
      if (poll(polls, 2, -1) < 0) {
        if (errno == EINTR) continue;
        break;
      }
      for (int i = 0; i < 2; ++i) {
        if (polls[i].fd < 0 || polls[i].revents == 0) continue;
        ssize_t r = read(polls[i].fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
          polls[i].fd = -1;
          --open_count;
          continue;
        }
        g_output[i].append(chunk, (size_t)r);
      }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    g_pid = pid;
    g_exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  }
  int ours[] = {out[0], err[0]};
  for (int fd : ours)
    if (fd >= 0) close(fd);
  free(argv);
  free(envp);
  return result;
}

// 0: the last run's pid, 1: its exit code.
int64_t dartrt_io_process_result(int64_t field) { return field == 0 ? g_pid : g_exit_code; }

// The last run's stdout (0) or stderr (1) bytes as a one-byte string (taken: asked once).
dart_word dartrt_io_process_output(int64_t which) {
  ByteBuffer& b = g_output[which ? 1 : 0];
  set_io_error(0);
  dart_word r = bytes_to_string(b.data, b.length);
  b.release();
  return r;
}

}  // extern "C"
