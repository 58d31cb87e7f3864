// Spawned isolates: one OS thread each, with its own heap, statics and mailbox (DESIGN.md §6,
// docs/isolates.md), and the natives of dart:isolate and of the event loop's message hook.
//
// A spawned isolate's thread deserializes its start closure (sent by Isolate.spawn, so copied like
// any message), calls it, then runs the event loop (dart_run_event_loop, emitted by codegen).
// However the isolate ends -- its loop runs out of work, Isolate.exit, Isolate.kill, an uncaught
// error -- the thread comes back to its start function (by returning, or by longjmp from deep in
// Dart code: no Dart frame needs unwinding, the heap they point into is destroyed whole), closes
// the isolate's ports, sends the onExit message and frees the heap. The process does not wait for
// spawned isolates: it ends when the main isolate does, as in Dart.
#include <time.h>

#include "heap.h"
#include "isolate_messages.h"
#include "process_exit.h"

namespace dartrt {

namespace {

struct SpawnStart {
  uint8_t* closure;  // serialized start closure
  IsolateMessaging* messaging;
};

IsolateMessaging* messaging_create(bool is_main) {
  IsolateMessaging* m = static_cast<IsolateMessaging*>(xcalloc(1, sizeof(IsolateMessaging)));
  m->mailbox = mailbox_create();
  m->is_main = is_main;
  return m;
}

// Called on the isolate's own thread once its heap exists.
void messaging_attach(Isolate* isolate, IsolateMessaging* m) {
  isolate->messaging = m;
  add_root(isolate, &m->error_reporter_root, &m->error_reporter);
  add_root(isolate, &m->message_handler_root, &m->message_handler);
  add_root(isolate, &m->received_root, &m->received);
  add_root(isolate, &m->on_exit_message_root, &m->on_exit_message);
}

// A Dart closure called from here with the closure calling convention (codegen's closures.cpp):
// the closure, then each argument as a value word.
dart_word call_closure0(dart_word closure) {
  auto code = reinterpret_cast<dart_word (*)(dart_word)>(reinterpret_cast<DartClosure*>(closure)->code);
  return code(closure);
}
dart_word call_closure2(dart_word closure, dart_word a, dart_word b) {
  auto code = reinterpret_cast<dart_word (*)(dart_word, dart_word, dart_word)>(reinterpret_cast<DartClosure*>(closure)->code);
  return code(closure, a, b);
}

void* isolate_thread_main(void* argument) {
  SpawnStart* start = static_cast<SpawnStart*>(argument);
  Isolate* isolate = isolate_create_for_current_thread(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  IsolateMessaging* m = start->messaging;
  messaging_attach(isolate, m);
  if (setjmp(m->exit_jump) == 0) {
    dart_word closure = message_deserialize(start->closure);
    free(start->closure);
    start->closure = nullptr;
    call_closure0(closure);
    if (dart_run_event_loop) dart_run_event_loop();
  }
  free(start->closure);
  free(start);
  // The isolate has ended: no port of it stays open, then onExit.
  uint8_t* exit_message = nullptr;
  if (m->on_exit_port) {
    CopyStatus status;
    exit_message = message_serialize(m->on_exit_message, &status);
  }
  mailbox_retire(m->mailbox);
  if (exit_message) port_post(m->on_exit_port, exit_message);
  remove_root(&m->error_reporter_root);
  remove_root(&m->message_handler_root);
  remove_root(&m->received_root);
  remove_root(&m->on_exit_message_root);
  isolate_destroy(isolate);
  free(m);
  return nullptr;
}

}  // namespace

IsolateMessaging* isolate_messaging(Isolate* isolate) {
  if (!isolate->messaging) messaging_attach(isolate, messaging_create(true));
  return isolate->messaging;
}

bool isolate_is_spawned() {
  Isolate* isolate = current_isolate();
  return isolate && isolate->messaging && !isolate->messaging->is_main;
}

void isolate_terminate_current() {
  IsolateMessaging* m = isolate_messaging(current_isolate());
  if (m->is_main) exit_process(global_exit_code());
  longjmp(m->exit_jump, 1);
}

void isolate_uncaught_error(dart_word exception_text, dart_word stack_trace) {
  IsolateMessaging* m = isolate_messaging(current_isolate());
  dart_word reporter = m->error_reporter;
  if (reporter != DART_NULL) {
    m->error_reporter = DART_NULL;  // an error while reporting is not reported again
    call_closure2(reporter, exception_text, stack_trace);
  } else {
    print_unhandled_exception(exception_text, stack_trace);
  }
  isolate_terminate_current();
}

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// --- Ports (dart:isolate) ---------------------------------------------------------------------

int64_t dartrt_isolate_port_open(bool keep_alive) {
  IsolateMessaging* m = isolate_messaging(current_isolate());
  if (keep_alive) ++m->open_ports;
  return port_open(m->mailbox);
}

void dartrt_isolate_port_close(int64_t port, bool keep_alive) {
  IsolateMessaging* m = isolate_messaging(current_isolate());
  if (keep_alive) --m->open_ports;
  port_close(port);
}

// RawReceivePort.keepIsolateAlive changed for an open port.
void dartrt_isolate_port_keep_alive(bool keep_alive) {
  IsolateMessaging* m = isolate_messaging(current_isolate());
  m->open_ports += keep_alive ? 1 : -1;
}

// SendPort.send: 0, or a CopyStatus when the message cannot be sent (the Dart side throws).
int64_t dartrt_isolate_send(int64_t port, dart_word message) {
  CopyStatus status;
  uint8_t* data = message_serialize(message, &status);
  if (!data) return status;
  port_post(port, data);
  return 0;
}

void dartrt_isolate_set_message_handler(dart_word handler) {
  isolate_messaging(current_isolate())->message_handler = handler;
}

dart_word dartrt_isolate_message_handler(void) {
  Isolate* isolate = current_isolate();
  return isolate->messaging ? isolate->messaging->message_handler : DART_NULL;
}

dart_word dartrt_isolate_take_received(void) {
  IsolateMessaging* m = isolate_messaging(current_isolate());
  dart_word message = m->received;
  m->received = DART_NULL;
  return message;
}

// The next hash table copied by the last message (dart:isolate rehashes it), or null.
dart_word dartrt_isolate_next_copied_table(void) { return message_next_copied_table(); }

void dartrt_isolate_register_unsendable(dart_word example, int64_t status) {
  message_register_unsendable(example, (CopyStatus)status);
}

void dartrt_isolate_register_hash_table(dart_word example) { message_register_hash_table(example); }

// --- The event loop's hook ("Messages come after timers", event_loop.dart) --------------------

// Waits up to `wait_micros` (< 0: as long as a receive port is open, or not at all if none is)
// for a message. Returns the port it is for, keeping the message for dartrt_isolate_take_received,
// or 0 when none came. Ends the isolate when it was killed.
// The event loop's order (docs/isolates.md "Order"): the VM delivers a timer as a message,
// queued when the timer is created (zero duration) or comes due, so a message queued before that
// runs first. Returns whether the oldest queued message precedes a timer of that sequence number
// (zero duration) or wake-up time (in microseconds of the monotonic clock; used when
// `timer_sequence` is negative).
bool dartrt_isolate_message_precedes(int64_t timer_sequence, int64_t timer_micros) {
  IsolateMessaging* m = current_isolate()->messaging;
  int64_t sequence, arrival;
  if (!m || !mailbox_peek_oldest(m->mailbox, &sequence, &arrival)) return false;
  return timer_sequence >= 0 ? sequence < timer_sequence : arrival < timer_micros;
}

int64_t dartrt_event_sequence(void) {
  // The runtime is built without the C++ library (the aarch64 cross build has none): a builtin.
  static int64_t next = 0;
  return __atomic_fetch_add(&next, 1, __ATOMIC_RELAXED);
}

int64_t dartrt_isolate_wait_for_message(int64_t wait_micros) {
  Isolate* isolate = current_isolate();
  IsolateMessaging* m = isolate->messaging;
  if (!m) {
    // No port was ever opened: nothing can arrive; this is the timers' sleep.
    if (wait_micros > 0) {
      struct timespec t = {(time_t)(wait_micros / 1000000), (long)(wait_micros % 1000000) * 1000};
      while (nanosleep(&t, &t) != 0) {
      }
    }
    return 0;
  }
  bool killed = false;
  Message* message = mailbox_take(m->mailbox, wait_micros, m->open_ports > 0, &killed);
  if (killed) {
    if (message) message_free(message);
    isolate_terminate_current();
  }
  if (!message) return 0;
  int64_t port = message->port;
  if (message->heap) {
    // Isolate.exit's hand-over: the exiting heap becomes part of this one, no copy.
    heap_adopt(isolate->heap, message->heap);
    message->heap = nullptr;
    message_forget_copied_tables();
    m->received = message->root;
  } else {
    m->received = message_deserialize(message->data);
  }
  message_free(message);
  return port;
}

// --- Isolates ---------------------------------------------------------------------------------

// Isolate.spawn: starts a thread running `start` (a closure of no arguments, copied). Returns the
// new isolate's control port, or minus a CopyStatus when `start` cannot be sent.
int64_t dartrt_isolate_spawn(dart_word start, int64_t on_exit_port) {
  CopyStatus status;
  uint8_t* data = message_serialize(start, &status);
  if (!data) return -(int64_t)status;
  SpawnStart* s = static_cast<SpawnStart*>(xcalloc(1, sizeof(SpawnStart)));
  s->closure = data;
  s->messaging = messaging_create(false);
  s->messaging->on_exit_port = on_exit_port;
  int64_t control = s->messaging->mailbox->control_port;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, size_t{8} << 20);
  pthread_t thread;
  if (pthread_create(&thread, &attr, isolate_thread_main, s) != 0) fatal("cannot start an isolate's thread");
  pthread_attr_destroy(&attr);
  return control;
}

int64_t dartrt_isolate_control_port(void) { return isolate_messaging(current_isolate())->mailbox->control_port; }

bool dartrt_isolate_is_main(void) { return !isolate_is_spawned(); }

// Always false (see _isolateNever in dart:isolate's natives.dart); volatile so that nothing can
// prove it.
bool dartrt_isolate_never(void) {
  static volatile bool never = false;
  return never;
}

// The spawned isolate's onError handler (a closure taking the error's text and trace).
void dartrt_isolate_set_error_reporter(dart_word reporter) {
  isolate_messaging(current_isolate())->error_reporter = reporter;
}

// Isolate.kill: the isolate ends before its next event.
void dartrt_isolate_kill(int64_t control_port) { port_request_kill(control_port); }

// Whether a value word points into some heap (not null, a Smi or read-only data).
static bool heap_value(dart_word value) {
  return value != 0 && (value & (DART_OBJECT_ALIGNMENT - 1)) == 0 && region_contains(value);
}

// Isolate.exit: hands the message over (or copies it), then ends the isolate. Returns a CopyStatus only
// when the message cannot be sent (the isolate then goes on and the Dart side throws).
int64_t dartrt_isolate_exit(int64_t port, dart_word message) {
  Isolate* isolate = current_isolate();
  IsolateMessaging* m = isolate_messaging(isolate);
  // A spawned isolate hands its whole heap over (docs/isolates.md): nothing is copied. Its
  // onExit message is serialized from the heap after this, so a heap value there (never the
  // case today: onExit's response is always null) keeps the copy. The main isolate's exit ends
  // the process: nothing would receive the message.
  if (port != 0 && !m->is_main && !heap_value(m->on_exit_message)) {
    CopyStatus status = message_validate(message);
    if (status != kCopyOk) return status;
    Heap* old = isolate->heap;
    heap_prepare_handover(old);
    // The rest of the isolate's life (its teardown) allocates, if at all, in an empty heap.
    isolate->heap = heap_create(isolate);
    isolate->pub.alloc_top = 0;
    isolate->pub.alloc_limit = 0;
    port_post_heap(port, old, message);
    isolate_terminate_current();
  }
  if (port != 0) {
    int64_t status = dartrt_isolate_send(port, message);
    if (status != 0) return status;
  }
  isolate_terminate_current();
}

}  // extern "C"
