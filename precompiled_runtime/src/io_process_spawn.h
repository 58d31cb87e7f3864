// Starting a child process for dart:io's Process.runSync and Process.start (io_process_*.cpp).
#ifndef DARTRT_IO_PROCESS_SPAWN_H
#define DARTRT_IO_PROCESS_SPAWN_H

#include <stddef.h>
#include <sys/types.h>

namespace dartrt {

// Splits "a\0b\0" (UTF-8) into a null-terminated argv-style array (malloc'd) pointing into
// `text`, with `first` (if not null) in front.
char** split_nul(char* text, size_t length, const char* first);

// Forks and runs `exe` (PATH search, as the VM's execvp) with `argv` in `dir` (null: ours) with
// `envp` (null: ours); the child's descriptors 0, 1 and 2 become child_fds[0..2]. Returns the
// pid once the program runs, or -1 with errno when it could not be started (a failed exec's
// errno comes back from the child through a close-on-exec pipe, as in runtime/bin/
// process_linux.cc; that child has been reaped).
pid_t spawn_process(const char* exe, char** argv, char** envp, const char* dir, const int child_fds[3]);

}  // namespace dartrt

#endif  // DARTRT_IO_PROCESS_SPAWN_H
