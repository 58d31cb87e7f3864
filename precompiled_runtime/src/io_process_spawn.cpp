// fork and exec for dart:io's processes (io_process_spawn.h).
#include "io_process_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime.h"

extern char** environ;

namespace dartrt {

namespace {

void write_errno_and_exit(int fd) {
  int e = errno;
  ssize_t ignored = write(fd, &e, sizeof e);
  (void)ignored;
  _exit(127);
}

}  // namespace

char** split_nul(char* text, size_t length, const char* first) {
  size_t count = first ? 1 : 0;
  for (size_t i = 0; i < length; ++i) count += text[i] == 0;
  char** items = static_cast<char**>(xmalloc((count + 1) * sizeof(char*)));
  size_t k = 0;
  if (first) items[k++] = const_cast<char*>(first);
  for (size_t i = 0; i < length;) {
    items[k++] = text + i;
    i += strlen(text + i) + 1;
  }
  items[k] = nullptr;
  return items;
}

pid_t spawn_process(const char* exe, char** argv, char** envp, const char* dir, const int child_fds[3]) {
  int exec_control[2];
  if (pipe2(exec_control, O_CLOEXEC) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    // The child: only async-signal-safe calls until exec.
    for (int i = 0; i < 3; ++i) {
      if (child_fds[i] != i && dup2(child_fds[i], i) < 0) write_errno_and_exit(exec_control[1]);
    }
    if (dir && chdir(dir) != 0) write_errno_and_exit(exec_control[1]);
    if (envp) environ = envp;
    // An ignored signal stays ignored across exec; the runtime ignores SIGPIPE (entry.cpp), but
    // a child gets the default action, as from a shell (`yes` ends when its reader has gone).
    struct sigaction default_action = {};
    default_action.sa_handler = SIG_DFL;
    sigaction(SIGPIPE, &default_action, nullptr);
    execvp(exe, argv);
    write_errno_and_exit(exec_control[1]);
  }
  int fork_errno = errno;
  close(exec_control[1]);
  if (pid < 0) {
    close(exec_control[0]);
    errno = fork_errno;
    return -1;
  }
  int child_errno = 0;
  ssize_t n;
  do n = read(exec_control[0], &child_errno, sizeof child_errno);
  while (n < 0 && errno == EINTR);
  close(exec_control[0]);
  if (n == sizeof child_errno) {
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    errno = child_errno;
    return -1;
  }
  return pid;
}

}  // namespace dartrt
