// dart:io's ProcessSignal.watch (io/process_signal.dart; docs/io.md).
//
// A signal handler may only make async-signal-safe calls, so it just writes the signal's number
// to a pipe. One runtime thread, started with the first watch, reads the pipe and posts the
// number to the port watching that signal (as Process.start's threads post to theirs), which
// wakes the isolate's event loop. One port per signal: the last isolate to watch it gets it.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include "io_common.h"
#include "isolate_messages.h"

namespace dartrt {

namespace {

constexpr int kMaxSignal = 32;

pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
int g_pipe[2] = {-1, -1};
int64_t g_ports[kMaxSignal];  // 0: not watched

void on_signal(int signal) {
  int saved = errno;
  unsigned char number = (unsigned char)signal;
  ssize_t ignored = write(g_pipe[1], &number, 1);
  (void)ignored;
  errno = saved;
}

void* deliver_signals(void*) {
  while (true) {
    unsigned char number;
    ssize_t n = read(g_pipe[0], &number, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return nullptr;
    pthread_mutex_lock(&g_lock);
    int64_t port = number < kMaxSignal ? g_ports[number] : 0;
    pthread_mutex_unlock(&g_lock);
    if (port) port_post(port, message_of_smi(number));
  }
}

// Under g_lock: the pipe and the delivering thread, once.
bool start_delivery() {
  if (g_pipe[0] >= 0) return true;
  if (pipe2(g_pipe, O_CLOEXEC) != 0) return false;
  // A full pipe drops a signal instead of blocking the handler.
  fcntl(g_pipe[1], F_SETFL, fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
  start_detached_thread(deliver_signals, nullptr, size_t{64} << 10, "the signal thread");
  return true;
}

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// From now on `signal` is posted to `port` instead of taking its default action. 0, or -1 with
// errno.
int64_t dartrt_signal_watch(int64_t signal, int64_t port) {
  if (signal <= 0 || signal >= kMaxSignal) {
    set_io_error(EINVAL);
    return -1;
  }
  pthread_mutex_lock(&g_lock);
  bool ok = start_delivery();
  if (ok) g_ports[signal] = port;
  pthread_mutex_unlock(&g_lock);
  if (!ok) return io_fail();
  struct sigaction action = {};
  action.sa_handler = on_signal;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  return sigaction((int)signal, &action, nullptr) == 0 ? 0 : io_fail();
}

// The signal's default action again.
int64_t dartrt_signal_unwatch(int64_t signal) {
  if (signal <= 0 || signal >= kMaxSignal) return 0;
  struct sigaction action = {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction((int)signal, &action, nullptr);
  pthread_mutex_lock(&g_lock);
  g_ports[signal] = 0;
  pthread_mutex_unlock(&g_lock);
  return 0;
}

}  // extern "C"
