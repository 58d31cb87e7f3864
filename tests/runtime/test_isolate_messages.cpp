// The port map, mailboxes and the deep copy of messages (precompiled_runtime/src/port_map.cpp,
// message_copy.cpp; docs/isolates.md). Threads and dart:isolate are covered end to end by the
// golden programs in test_programs/isolates.
#include <doctest/doctest.h>

#include <time.h>

#include "fixture.h"
#include "isolate_messages.h"

using namespace dartrt;

namespace {

int64_t now_micros() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

uint8_t* payload(uint8_t tag) {
  uint8_t* data = static_cast<uint8_t*>(malloc(1));
  data[0] = tag;
  return data;
}

}  // namespace

TEST_CASE("a mailbox delivers messages for its ports in order, and drops those for closed ports") {
  Mailbox* box = mailbox_create();
  int64_t a = port_open(box);
  int64_t b = port_open(box);
  CHECK(a != b);
  CHECK(a > 0);
  CHECK(port_post(a, payload(1)));
  CHECK(port_post(b, payload(2)));
  port_close(b);
  CHECK_FALSE(port_post(b, payload(3)));  // dropped, as in Dart
  CHECK_FALSE(port_post(box->control_port, payload(4)));  // control ports take no messages
  bool killed = false;
  Message* m = mailbox_take(box, -1, false, &killed);
  REQUIRE(m);
  CHECK(m->port == a);
  CHECK(m->data[0] == 1);
  free(m->data);
  free(m);
  m = mailbox_take(box, -1, false, &killed);
  REQUIRE(m);  // queued before the port closed: the receiver drops it when it sees the port gone
  CHECK(m->port == b);
  free(m->data);
  free(m);
  CHECK(mailbox_take(box, -1, false, &killed) == nullptr);  // nothing left, no blocking
  CHECK_FALSE(killed);
  mailbox_retire(box);
  CHECK_FALSE(port_post(a, payload(5)));  // the isolate is gone
}

TEST_CASE("waiting for a message ends at the deadline, and a kill request ends it at once") {
  Mailbox* box = mailbox_create();
  bool killed = false;
  int64_t start = now_micros();
  CHECK(mailbox_take(box, 20000, true, &killed) == nullptr);
  CHECK(now_micros() - start >= 19000);
  CHECK_FALSE(killed);
  port_request_kill(box->control_port);
  CHECK(mailbox_take(box, -1, true, &killed) == nullptr);
  CHECK(killed);
  mailbox_retire(box);
}

TEST_CASE("a message copy keeps cycles and sharing, copies heap objects and shares the rest") {
  dart_word text = str("shared text");
  Pair* inner = new_pair(text, dart_smi_from(7));
  Pair* outer = new_pair(word(inner), word(inner));
  inner->second = word(outer);  // a cycle
  outer->raw = 0x1234567800000001ull;  // unboxed: copied as it is, never read as a pointer
  CopyStatus status;
  uint8_t* data = message_serialize(word(outer), &status);
  REQUIRE(data);
  CHECK(status == kCopyOk);
  Pair* copy = reinterpret_cast<Pair*>(message_deserialize(data));
  free(data);
  CHECK(copy != outer);
  CHECK(dart_header_cid(copy->header) == kPairCid);
  CHECK(copy->first == copy->second);  // sharing
  Pair* copied_inner = reinterpret_cast<Pair*>(copy->first);
  CHECK(copied_inner != inner);
  CHECK(copied_inner->second == word(copy));  // the cycle
  CHECK(copied_inner->first != text);
  CHECK(to_std(copied_inner->first) == "shared text");
  CHECK(copy->raw == 0x1234567800000001ull);
  // Smis and null are values, not objects.
  data = message_serialize(dart_smi_from(42), &status);
  CHECK(message_deserialize(data) == dart_smi_from(42));
  free(data);
  data = message_serialize(DART_NULL, &status);
  CHECK(message_deserialize(data) == DART_NULL);
  free(data);
}

TEST_CASE("a message copy survives a collection at every allocation while it is rebuilt") {
  DartArray* list = new_array(50);
  for (int64_t i = 0; i < 50; ++i) {
    Node* n = new_node(i ? dart_array_data(list)[i - 1] : DART_NULL, i);
    write_barrier(list);
    dart_array_data(list)[i] = word(n);
  }
  CopyStatus status;
  uint8_t* data = message_serialize(word(list), &status);
  REQUIRE(data);
  heap_set_stress(test_heap(), true);
  DartArray* copy = reinterpret_cast<DartArray*>(message_deserialize(data));
  heap_set_stress(test_heap(), false);
  free(data);
  REQUIRE(copy->length == 50);
  Node* last = reinterpret_cast<Node*>(dart_array_data(copy)[49]);
  int64_t count = 0;
  for (Node* n = last; n; n = reinterpret_cast<Node*>(n->next)) {
    CHECK(n->value == 49 - count);
    ++count;
  }
  CHECK(count == 50);
}
