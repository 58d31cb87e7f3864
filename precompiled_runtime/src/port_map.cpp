// The process-wide port map: port id -> the mailbox of the isolate that owns the receive port.
// The only mutable state isolates share (DESIGN.md §6), behind one mutex. Lock order: the map's
// lock, then a mailbox's; a sender holds the map's lock while it queues, so a mailbox is never
// freed under a sender's feet (mailbox_retire removes its ports under the same lock first).
#include <errno.h>
#include <time.h>

#include "heap.h"
#include "isolate_messages.h"

namespace dartrt {

namespace {

struct PortEntry {
  int64_t id;  // 0: empty slot; kTombstone: removed
  Mailbox* mailbox;
  bool control;  // an isolate's control port: only kill requests go there
};

constexpr int64_t kTombstone = -1;

pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
PortEntry* g_entries;
size_t g_capacity;  // a power of two
size_t g_used;      // live entries plus tombstones
int64_t g_next_id = 1;

size_t slot_of(int64_t id) { return (size_t)((uint64_t)id * 0x9E3779B97F4A7C15ull >> 20) & (g_capacity - 1); }

PortEntry* find(int64_t id) {
  if (!g_capacity) return nullptr;
  for (size_t i = slot_of(id);; i = (i + 1) & (g_capacity - 1)) {
    if (g_entries[i].id == id) return &g_entries[i];
    if (g_entries[i].id == 0) return nullptr;
  }
}

void insert(int64_t id, Mailbox* mailbox, bool control) {
  if ((g_used + 1) * 2 > g_capacity) {
    PortEntry* old = g_entries;
    size_t old_capacity = g_capacity;
    g_capacity = g_capacity ? g_capacity * 2 : 64;
    g_entries = static_cast<PortEntry*>(xcalloc(g_capacity, sizeof(PortEntry)));
    g_used = 0;
    for (size_t i = 0; i < old_capacity; ++i) {
      if (old[i].id > 0) insert(old[i].id, old[i].mailbox, old[i].control);
    }
    free(old);
  }
  size_t i = slot_of(id);
  while (g_entries[i].id > 0) i = (i + 1) & (g_capacity - 1);
  if (g_entries[i].id == 0) ++g_used;
  g_entries[i] = {id, mailbox, control};
}

int64_t open_locked(Mailbox* mailbox, bool control) {
  int64_t id = g_next_id++;
  insert(id, mailbox, control);
  return id;
}

void free_messages(Message* m) {
  while (m) {
    Message* next = m->next;
    message_free(m);
    m = next;
  }
}

// Queues a message for `port`; drops (frees) it when the port is closed, unknown or a control port.
bool post(int64_t port, Message* m) {
  pthread_mutex_lock(&g_lock);
  PortEntry* e = find(port);
  if (!e || e->control) {
    pthread_mutex_unlock(&g_lock);
    message_free(m);
    return false;
  }
  Mailbox* box = e->mailbox;
  pthread_mutex_lock(&box->lock);
  m->sequence = dartrt_event_sequence();
  m->arrival_micros = dartrt_monotonic_micros();
  if (box->tail) box->tail->next = m; else box->head = m;
  box->tail = m;
  pthread_cond_signal(&box->wake);
  pthread_mutex_unlock(&box->lock);
  pthread_mutex_unlock(&g_lock);
  return true;
}

}  // namespace

Mailbox* mailbox_create() {
  Mailbox* box = static_cast<Mailbox*>(xcalloc(1, sizeof(Mailbox)));
  pthread_mutex_init(&box->lock, nullptr);
  pthread_condattr_t attr;
  pthread_condattr_init(&attr);
  pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
  pthread_cond_init(&box->wake, &attr);
  pthread_condattr_destroy(&attr);
  pthread_mutex_lock(&g_lock);
  box->control_port = open_locked(box, true);
  pthread_mutex_unlock(&g_lock);
  return box;
}

int64_t port_open(Mailbox* mailbox) {
  pthread_mutex_lock(&g_lock);
  int64_t id = open_locked(mailbox, false);
  pthread_mutex_unlock(&g_lock);
  return id;
}

void port_close(int64_t port) {
  pthread_mutex_lock(&g_lock);
  if (PortEntry* e = find(port)) e->id = kTombstone;
  pthread_mutex_unlock(&g_lock);
}

void message_free(Message* message) {
  free(message->data);
  if (message->heap) heap_destroy(message->heap);
  free(message);
}

bool port_post(int64_t port, uint8_t* data) {
  Message* m = static_cast<Message*>(xcalloc(1, sizeof(Message)));
  m->port = port;
  m->data = data;
  return post(port, m);
}

bool port_post_heap(int64_t port, Heap* heap, dart_word root) {
  Message* m = static_cast<Message*>(xcalloc(1, sizeof(Message)));
  m->port = port;
  m->heap = heap;
  m->root = root;
  return post(port, m);
}

void port_request_kill(int64_t control_port) {
  pthread_mutex_lock(&g_lock);
  PortEntry* e = find(control_port);
  if (e && e->control) {
    Mailbox* box = e->mailbox;
    pthread_mutex_lock(&box->lock);
    box->kill_requested = true;
    pthread_cond_signal(&box->wake);
    pthread_mutex_unlock(&box->lock);
  }
  pthread_mutex_unlock(&g_lock);
}

void mailbox_retire(Mailbox* box) {
  pthread_mutex_lock(&g_lock);
  for (size_t i = 0; i < g_capacity; ++i) {
    if (g_entries[i].id > 0 && g_entries[i].mailbox == box) g_entries[i].id = kTombstone;
  }
  pthread_mutex_unlock(&g_lock);
  // No sender can reach the mailbox any more.
  free_messages(box->head);
  pthread_cond_destroy(&box->wake);
  pthread_mutex_destroy(&box->lock);
  free(box);
}

bool mailbox_peek_oldest(Mailbox* box, int64_t* sequence, int64_t* arrival_micros) {
  pthread_mutex_lock(&box->lock);
  Message* head = box->head;
  if (head) {
    *sequence = head->sequence;
    *arrival_micros = head->arrival_micros;
  }
  pthread_mutex_unlock(&box->lock);
  return head != nullptr;
}

Message* mailbox_take(Mailbox* box, int64_t wait_micros, bool may_block, bool* killed) {
  struct timespec deadline;
  if (wait_micros >= 0) {
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += wait_micros / 1000000;
    deadline.tv_nsec += (wait_micros % 1000000) * 1000;
    if (deadline.tv_nsec >= 1000000000) {
      deadline.tv_sec += 1;
      deadline.tv_nsec -= 1000000000;
    }
  }
  pthread_mutex_lock(&box->lock);
  Message* m = nullptr;
  while (true) {
    if (box->kill_requested) break;
    if (box->head) {
      m = box->head;
      box->head = m->next;
      if (!box->head) box->tail = nullptr;
      break;
    }
    if (wait_micros < 0) {
      if (!may_block) break;
      pthread_cond_wait(&box->wake, &box->lock);
    } else {
      if (wait_micros == 0) break;
      // With no receive port open nothing can arrive but a kill: this is the timers' sleep.
      if (pthread_cond_timedwait(&box->wake, &box->lock, &deadline) == ETIMEDOUT) {
        wait_micros = 0;
      }
    }
  }
  *killed = box->kill_requested;
  pthread_mutex_unlock(&box->lock);
  return m;
}

}  // namespace dartrt
