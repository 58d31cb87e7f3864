// dart:io's Process.start (io/process_start.dart; docs/io.md "Process.start").
//
// The isolate never blocks on a child: one runtime thread per output pipe reads whatever comes
// into a buffer, and one more waits for the child's exit. Each posts a Smi to the process's
// receive port after every read, at the end of its pipe and at the exit (0: stdout, 1: stderr,
// 2: exit), so the event loop wakes up in its ordinary wait for port messages and the Dart side
// then takes the buffered bytes. The buffers and flags are behind the child's mutex; the Dart
// side releases the child once it has seen both ends and the exit, which are the threads' last
// posts (they touch nothing of it afterwards).
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "io_common.h"
#include "io_process_spawn.h"
#include "isolate_messages.h"

namespace dartrt {

namespace {

struct Child {
  pthread_mutex_t lock;
  int64_t port;
  pid_t pid;
  int stdin_fd;  // the write end of the child's stdin, for the Dart side
  int out_fd[2];
  ByteBuffer pending[2];  // read and not yet taken
  bool ended[2];          // the pipe reached its end (after the last bytes were appended)
  bool took_end;          // the last take found its pipe ended: nothing more will come
  int64_t exit_code;
};

struct ReaderStart {
  Child* child;
  int which;
};

void post(Child* child, int64_t event) { port_post(child->port, message_of_smi(event)); }

void* read_output(void* arg) {
  ReaderStart* start = static_cast<ReaderStart*>(arg);
  Child* child = start->child;
  int which = start->which;
  free(start);
  int fd = child->out_fd[which];
  uint8_t chunk[65536];
  while (true) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    pthread_mutex_lock(&child->lock);
    child->pending[which].append(chunk, (size_t)n);
    pthread_mutex_unlock(&child->lock);
    post(child, which);
  }
  close(fd);
  pthread_mutex_lock(&child->lock);
  child->ended[which] = true;
  pthread_mutex_unlock(&child->lock);
  post(child, which);
  return nullptr;
}

void* wait_for_exit(void* arg) {
  Child* child = static_cast<Child*>(arg);
  int status = 0;
  while (waitpid(child->pid, &status, 0) < 0 && errno == EINTR) {
  }
  pthread_mutex_lock(&child->lock);
  child->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  pthread_mutex_unlock(&child->lock);
  post(child, 2);
  return nullptr;
}

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// Starts `executable` as dartrt_io_run_process does, with pipes for stdin, stdout and stderr,
// and events for `port`. Returns the child's handle, or -1 with errno when it could not start.
int64_t dartrt_process_start(dart_word executable, dart_word arguments, dart_word cwd, dart_word environment,
                             int64_t port) {
  Utf8CString exe(executable), args(arguments);
  Utf8CString dir(cwd), env(environment);
  char** argv = split_nul(const_cast<char*>(args.c_str()), args.length(), exe.c_str());
  char** envp = env.c_str() ? split_nul(const_cast<char*>(env.c_str()), env.length(), nullptr) : nullptr;
  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  pid_t pid = -1;
  if (pipe2(in, O_CLOEXEC) == 0 && pipe2(out, O_CLOEXEC) == 0 && pipe2(err, O_CLOEXEC) == 0) {
    int child_fds[3] = {in[0], out[1], err[1]};
    pid = spawn_process(exe.c_str(), argv, envp, dir.c_str(), child_fds);
  }
  int error = errno;
  free(argv);
  free(envp);
  int theirs[] = {in[0], out[1], err[1]};
  for (int fd : theirs)
    if (fd >= 0) close(fd);
  if (pid < 0) {
    int ours[] = {in[1], out[0], err[0]};
    for (int fd : ours)
      if (fd >= 0) close(fd);
    set_io_error(error);
    return -1;
  }
  Child* child = static_cast<Child*>(xcalloc(1, sizeof(Child)));
  pthread_mutex_init(&child->lock, nullptr);
  child->port = port;
  child->stdin_fd = in[1];
  child->pid = pid;
  child->out_fd[0] = out[0];
  child->out_fd[1] = err[0];
  for (int which = 0; which < 2; ++which) {
    ReaderStart* start = static_cast<ReaderStart*>(xmalloc(sizeof(ReaderStart)));
    start->child = child;
    start->which = which;
    start_detached_thread(read_output, start, size_t{256} << 10, "a thread for Process.start");
  }
  start_detached_thread(wait_for_exit, child, size_t{256} << 10, "a thread for Process.start");
  return reinterpret_cast<int64_t>(child);
}

int64_t dartrt_process_pid(int64_t handle) { return reinterpret_cast<Child*>(handle)->pid; }

// The write end of the child's stdin (the Dart side's IOSink owns and closes it).
int64_t dartrt_process_stdin_fd(int64_t handle) { return reinterpret_cast<Child*>(handle)->stdin_fd; }

// The bytes of stdout (0) or stderr (1) read since the last take, as a one-byte string (null:
// out of memory); dartrt_process_took_end then tells whether the pipe had ended by then.
dart_word dartrt_process_take(int64_t handle, int64_t which) {
  Child* child = reinterpret_cast<Child*>(handle);
  pthread_mutex_lock(&child->lock);
  ByteBuffer taken = child->pending[which];
  child->pending[which] = ByteBuffer();
  child->took_end = child->ended[which];
  pthread_mutex_unlock(&child->lock);
  set_io_error(0);
  dart_word bytes = bytes_to_string(taken.data, taken.length);
  taken.release();
  return bytes;
}

int64_t dartrt_process_took_end(int64_t handle) { return reinterpret_cast<Child*>(handle)->took_end ? 1 : 0; }

int64_t dartrt_process_exit_code(int64_t handle) {
  Child* child = reinterpret_cast<Child*>(handle);
  pthread_mutex_lock(&child->lock);
  int64_t code = child->exit_code;
  pthread_mutex_unlock(&child->lock);
  return code;
}

// After both ends and the exit were delivered: the threads are done with the child.
void dartrt_process_release(int64_t handle) {
  Child* child = reinterpret_cast<Child*>(handle);
  child->pending[0].release();
  child->pending[1].release();
  pthread_mutex_destroy(&child->lock);
  free(child);
}

int64_t dartrt_process_kill(int64_t pid, int64_t signal) { return kill((pid_t)pid, (int)signal) == 0 ? 0 : io_fail(); }

// Writes bytes [start, end) of a one-byte string to a pipe, blocking until all are written. A
// reader that has gone is EPIPE (-1): the runtime ignores SIGPIPE (entry.cpp).
int64_t dartrt_process_write(int64_t fd, dart_word bytes, int64_t start, int64_t end) {
  int64_t result = 0;
  int64_t at = start;
  while (at < end) {
    const uint8_t* data = string_view(bytes).one + at;
    ssize_t n = write((int)fd, data, (size_t)(end - at));
    if (n < 0) {
      if (errno == EINTR) continue;
      result = io_fail();
      break;
    }
    at += n;
  }
  return result;
}

}  // extern "C"
