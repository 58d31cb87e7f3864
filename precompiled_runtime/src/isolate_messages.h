// Isolates talking by messages (DESIGN.md §6, docs/isolates.md): the process-wide port map, each
// isolate's mailbox, the deep copy of messages, and the threads of spawned isolates.
//
// The port map (port_map.cpp) is the only mutable state isolates share, behind one mutex. A
// message is copied out of the sender's heap into a malloc'd buffer by the sender
// (message_copy.cpp), queued in the receiver's mailbox, and rebuilt in the receiver's heap by the
// receiver when its event loop takes it: no thread ever touches another isolate's heap. The one
// exception is Isolate.exit's hand-over, where the exiting isolate stops using its heap and the
// receiver adopts it whole (heap_adopt), so a heap still has one owner at a time.
#ifndef DARTRT_ISOLATE_MESSAGES_H
#define DARTRT_ISOLATE_MESSAGES_H

#include <pthread.h>
#include <setjmp.h>

#include "isolate.h"

namespace dartrt {

// A message in flight: the serialized object graph (message_copy.cpp's format) for one port.
struct Message {
  Message* next;
  int64_t port;
  // When it was queued, for the event loop's order against timers (docs/isolates.md "Order"): a
  // process-wide sequence number (dartrt_event_sequence) and the monotonic clock.
  int64_t sequence;
  int64_t arrival_micros;
  uint8_t* data;  // malloc'd; owned by the message (null for a hand-over)
  // Isolate.exit's hand-over (docs/isolates.md): the exiting isolate's whole heap, which the
  // receiver adopts, and the message in it. Owned by the message until then.
  struct Heap* heap;
  dart_word root;
};

// One isolate's queue. Shared between the owner and every sender; freed by the port map once
// the isolate has ended and no port refers to it.
struct Mailbox {
  pthread_mutex_t lock;
  pthread_cond_t wake;   // signalled when a message or a kill request arrives
  Message* head;
  Message* tail;
  bool kill_requested;   // Isolate.kill: the isolate ends before its next event
  bool ended;            // the isolate is gone: messages are dropped
  int64_t control_port;  // the isolate's control port (Isolate.controlPort; kill goes there)
};

// The runtime's per-isolate messaging state (only the owning thread touches it, except the
// mailbox).
struct IsolateMessaging {
  Mailbox* mailbox;
  int64_t open_ports;         // receive ports that keep the isolate alive
  bool is_main;
  int64_t on_exit_port;       // 0: none
  dart_word on_exit_message;  // value to send to on_exit_port (null by default)
  dart_word error_reporter;   // Dart closure (String text, Object? trace) or null: onError
  dart_word message_handler;  // Dart closure (int port), set by dart:isolate's first port
  dart_word received;         // the message the event loop took last, until dart:isolate takes it
  RootSlot error_reporter_root;
  RootSlot message_handler_root;
  RootSlot received_root;
  RootSlot on_exit_message_root;
  jmp_buf exit_jump;          // where a spawned isolate's thread goes when the isolate ends
};

// --- port_map.cpp -----------------------------------------------------------------------------
Mailbox* mailbox_create();
// Registers a new port owned by `mailbox` and returns its id (> 0, a Smi).
int64_t port_open(Mailbox* mailbox);
void port_close(int64_t port);
// Queues `data` (a serialized message, ownership passes) for `port`. Returns false (and frees
// `data`) when the port is closed or unknown: the message is dropped, as in Dart.
bool port_post(int64_t port, uint8_t* data);
// Queues a hand-over of `heap` (ownership passes) with `root` in it for `port`; a dropped one
// frees the heap. Returns false when dropped.
bool port_post_heap(int64_t port, struct Heap* heap, dart_word root);
// Frees a message taken from a mailbox (its buffer, or its heap when not adopted).
void message_free(Message* message);
// Sets the kill flag of the isolate owning `control_port` (no effect if it has ended).
void port_request_kill(int64_t control_port);
// Closes every port of `mailbox`, marks it ended and frees it and its queued messages.
void mailbox_retire(Mailbox* mailbox);
// The sequence number and arrival time of the oldest queued message; false when none is queued.
bool mailbox_peek_oldest(Mailbox* mailbox, int64_t* sequence, int64_t* arrival_micros);
// Takes the next message, waiting up to `wait_micros` (< 0: without limit) when the queue is
// empty and `may_block`. Returns null when none arrived; *killed tells a kill request.
Message* mailbox_take(Mailbox* mailbox, int64_t wait_micros, bool may_block, bool* killed);

// --- message_copy.cpp -------------------------------------------------------------------------
enum CopyStatus : int64_t {
  kCopyOk = 0,
  kCopyReceivePort = 1,  // "Illegal argument in isolate message : (object is a ReceivePort)"
  kCopyUnsendable = 2,   // an object of a class marked unsendable (futures)
};
// Serializes the graph reachable from `root` (in the current isolate's heap) into a malloc'd
// buffer. On failure returns null and sets *status.
uint8_t* message_serialize(dart_word root, CopyStatus* status);
// A message holding just the int `value` (a Smi), which any thread may make without a heap:
// how the runtime's own threads (Process.start's readers) post events to an isolate's port.
uint8_t* message_of_smi(int64_t value);
// Whether the graph of `root` may be sent: kCopyOk or why not (the serialization's own checks,
// writing nothing: Isolate.exit's hand-over).
CopyStatus message_validate(dart_word root);
// A message that was adopted, not copied: no hash table needs rehashing.
void message_forget_copied_tables();
// Rebuilds a serialized graph in the current isolate's heap (consumes nothing: the caller frees
// `data`).
dart_word message_deserialize(const uint8_t* data);
// Registers an object's class (and its subclasses) as unsendable with the given status.
void message_register_unsendable(dart_word example, CopyStatus status);
// Registers the class of an example hash table: copied tables of it and of its subclasses are
// listed for rehashing (identity hashes are addresses, which copying changes).
void message_register_hash_table(dart_word example);
// The hash tables copied by the last message_deserialize of this thread, one per call, then null.
dart_word message_next_copied_table();

// --- isolate_threads.cpp ----------------------------------------------------------------------
IsolateMessaging* isolate_messaging(Isolate* isolate);
// Ends the current isolate now (spawned: its thread unwinds to its start; main: the process exits
// with the exit code dart:io set).
[[noreturn]] void isolate_terminate_current();
// Whether the current isolate is a spawned one.
bool isolate_is_spawned();
// An uncaught error in a spawned isolate: to its onError port if it has one, else printed as the
// VM prints it; then the isolate ends (the process goes on).
[[noreturn]] void isolate_uncaught_error(dart_word exception_text, dart_word stack_trace);

}  // namespace dartrt

#endif  // DARTRT_ISOLATE_MESSAGES_H
