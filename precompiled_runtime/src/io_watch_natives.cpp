// dart:io's FileSystemEntity.watch on Linux (io/file_watch.dart; docs/io.md "watch").
//
// One inotify instance per watched stream, read by a runtime thread of its own that appends
// each event, already translated to the VM's event bits (runtime/bin/file_system_watcher.h),
// to a buffer and posts a Smi to the stream's receive port, so the isolate's event loop wakes
// up in its ordinary wait for port messages (as Process.start's readers do). Stopping removes
// the watch; the kernel then queues IN_IGNORED, which ends the thread (also when the watched
// path itself goes away). The thread's last post comes after it has closed the descriptor and
// marked the watcher ended; from then on only the Dart side touches the watcher, and frees it.
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "io_common.h"
#include "isolate_messages.h"

namespace dartrt {

namespace {

// The VM's FileSystemWatcher event bits, which dart:io's Dart side decodes.
enum : uint32_t {
  kCreate = 1 << 0,
  kModifyContent = 1 << 1,
  kDelete = 1 << 2,
  kMove = 1 << 3,
  kModifyAttributes = 1 << 4,
  kDeleteSelf = 1 << 5,
  kIsDir = 1 << 6,
};

struct Watcher {
  pthread_mutex_t lock;
  int fd;
  int wd;
  int64_t port;
  ByteBuffer pending;  // encoded events not yet taken
  bool ended;          // the thread is done: IN_IGNORED came, the descriptor is closed
};

uint32_t vm_event_bits(uint32_t mask) {
  uint32_t bits = 0;
  if (mask & IN_CLOSE_WRITE) bits |= kModifyContent;
  if (mask & IN_ATTRIB) bits |= kModifyAttributes;
  if (mask & IN_CREATE) bits |= kCreate;
  if (mask & IN_MOVE) bits |= kMove;
  if (mask & IN_DELETE) bits |= kDelete;
  if (mask & (IN_DELETE_SELF | IN_MOVE_SELF)) bits |= kDeleteSelf;
  if (mask & IN_ISDIR) bits |= kIsDir;
  return bits;
}

void push_u32(ByteBuffer& out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push((uint8_t)(value >> (8 * i)));
}

// One event: its bits, the move cookie, 1 for the destination half of a move, the name's byte
// length and the name (UTF-8, empty for the watched path itself), little-endian.
void encode(ByteBuffer& out, const struct inotify_event* e) {
  size_t name_length = e->len ? strlen(e->name) : 0;
  push_u32(out, vm_event_bits(e->mask));
  push_u32(out, e->cookie);
  out.push((e->mask & IN_MOVED_TO) ? 1 : 0);
  push_u32(out, (uint32_t)name_length);
  out.append(reinterpret_cast<const uint8_t*>(e->name), name_length);
}

// Whether the last event of buffer[0, n) is the first half of a move.
bool ends_with_moved_from(const uint8_t* buffer, ssize_t n) {
  const struct inotify_event* last = nullptr;
  for (ssize_t at = 0; at < n;) {
    last = reinterpret_cast<const struct inotify_event*>(buffer + at);
    at += (ssize_t)(sizeof(struct inotify_event) + last->len);
  }
  return last && (last->mask & IN_MOVED_FROM);
}

void* read_events(void* arg) {
  Watcher* watcher = static_cast<Watcher*>(arg);
  constexpr size_t kEventRoom = sizeof(struct inotify_event) + NAME_MAX + 1;
  alignas(struct inotify_event) uint8_t buffer[16 * kEventRoom];
  bool ignored = false;
  while (!ignored) {
    ssize_t n = read(watcher->fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    // A rename queues its two halves one after the other, and this thread may wake between
    // them. The Dart side pairs halves within one take (as the VM pairs them within one read),
    // so a first half waits up to 10 ms for the second: a move inside the directory stays one
    // FileSystemMoveEvent instead of a deletion and a creation.
    while (ends_with_moved_from(buffer, n) && (size_t)n + kEventRoom <= sizeof buffer) {
      struct pollfd more = {watcher->fd, POLLIN, 0};
      if (poll(&more, 1, 10) <= 0) break;
      ssize_t m = read(watcher->fd, buffer + n, sizeof buffer - (size_t)n);
      if (m <= 0) break;
      n += m;
    }
    pthread_mutex_lock(&watcher->lock);
    for (ssize_t at = 0; at < n;) {
      auto* e = reinterpret_cast<const struct inotify_event*>(buffer + at);
      if (e->mask & IN_IGNORED) {
        ignored = true;
      } else if (!(e->mask & IN_Q_OVERFLOW)) {
        encode(watcher->pending, e);
      }
      at += (ssize_t)(sizeof(struct inotify_event) + e->len);
    }
    pthread_mutex_unlock(&watcher->lock);
    port_post(watcher->port, message_of_smi(0));
  }
  // Closed under the lock, so that a stop never removes a watch through a descriptor number
  // that another watcher may have been given since.
  pthread_mutex_lock(&watcher->lock);
  close(watcher->fd);
  watcher->ended = true;
  pthread_mutex_unlock(&watcher->lock);
  port_post(watcher->port, message_of_smi(1));
  return nullptr;
}

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// Watches `path` for the VM's event bits `events` (kCreate, kModifyContent, kDelete, kMove),
// posting to `port` as events come. Returns the watcher's handle, or -1 with errno.
int64_t dartrt_watch_start(dart_word path, int64_t events, int64_t port) {
  Utf8CString name(path);
  uint32_t mask = IN_DELETE_SELF | IN_MOVE_SELF;
  if (events & kCreate) mask |= IN_CREATE;
  if (events & kModifyContent) mask |= IN_CLOSE_WRITE | IN_ATTRIB;
  if (events & kDelete) mask |= IN_DELETE;
  if (events & kMove) mask |= IN_MOVE;
  int fd = inotify_init1(IN_CLOEXEC);
  if (fd < 0) return io_fail();
  int wd = inotify_add_watch(fd, name.c_str(), mask);
  if (wd < 0) {
    int error = errno;
    close(fd);
    set_io_error(error);
    return -1;
  }
  auto* watcher = static_cast<Watcher*>(calloc(1, sizeof(Watcher)));
  pthread_mutex_init(&watcher->lock, nullptr);
  watcher->fd = fd;
  watcher->wd = wd;
  watcher->port = port;
  start_detached_thread(read_events, watcher, size_t{256} << 10, "a thread for FileSystemEntity.watch");
  return reinterpret_cast<int64_t>(watcher);
}

// The events read since the last take, encoded as read_events does, as a one-byte string
// (null: out of memory).
dart_word dartrt_watch_take(int64_t handle) {
  Watcher* watcher = reinterpret_cast<Watcher*>(handle);
  pthread_mutex_lock(&watcher->lock);
  ByteBuffer taken = watcher->pending;
  watcher->pending = ByteBuffer();
  pthread_mutex_unlock(&watcher->lock);
  set_io_error(0);
  dart_word bytes = bytes_to_string(taken.data, taken.length);
  taken.release();
  return bytes;
}

// Removes the watch; the thread ends when the kernel's IN_IGNORED for it arrives.
void dartrt_watch_stop(int64_t handle) {
  Watcher* watcher = reinterpret_cast<Watcher*>(handle);
  pthread_mutex_lock(&watcher->lock);
  if (!watcher->ended) inotify_rm_watch(watcher->fd, watcher->wd);
  pthread_mutex_unlock(&watcher->lock);
}

// After the thread's last post (1): nothing else uses the watcher.
void dartrt_watch_release(int64_t handle) {
  Watcher* watcher = reinterpret_cast<Watcher*>(handle);
  watcher->pending.release();
  pthread_mutex_destroy(&watcher->lock);
  free(watcher);
}

}  // extern "C"
