// RandomAccessFile.lock/unlock and their sync forms (io/file_lock.dart), as the VM's File::Lock
// (runtime/bin/file_linux.cc): POSIX record locks with fcntl, F_SETLK or, for the blocking
// modes, F_SETLKW; a range [start, end) or, with end -1, from start to the end of the file
// and beyond. Record locks belong to the process: they never conflict within it, and closing
// any descriptor of the file releases them.
#include <fcntl.h>
#include <unistd.h>

#include "io_common.h"

extern "C" {

// `lock`: 0 unlock, 1 shared, 2 exclusive, 3 blocking shared, 4 blocking exclusive (the VM's
// FileLock values). 0, -1 with errno recorded, or -2 for arguments the VM's File_Lock native
// refuses ("Invalid argument" with no errno).
int64_t dartrt_io_lock(int64_t fd, int64_t lock, int64_t start, int64_t end) {
  if (lock < 0 || lock > 4 || start < 0 || (end != -1 && end <= start)) return -2;
  struct flock fl = {};
  fl.l_type = lock == 0 ? F_UNLCK : (lock == 1 || lock == 3 ? F_RDLCK : F_WRLCK);
  fl.l_whence = SEEK_SET;
  fl.l_start = (off_t)start;
  fl.l_len = end == -1 ? 0 : (off_t)(end - start);
  int command = lock >= 3 ? F_SETLKW : F_SETLK;
  // No retry on EINTR, as the VM's NO_RETRY_EXPECTED.
  return fcntl((int)fd, command, &fl) == -1 ? dartrt::io_fail() : 0;
}

}  // extern "C"
