// The collector: allocation paths, interior pointers, precise marking, sweeping and reuse,
// large objects, conservative stack roots, deep structures, stress mode and the heap limit.
#include <doctest/doctest.h>
#include <pthread.h>

#include "fixture.h"
#include "region.h"

using namespace dartrt;

namespace {

// Addresses the tests remember without keeping the objects alive: the collector scans the
// stack conservatively, so a plain pointer in a local would pin the object.
inline uintptr_t hide(uintptr_t p) { return ~p; }
inline uintptr_t unhide(uintptr_t h) { return ~h; }

void clear_statics() {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
}

// Inlined into the test body so that no frame of its own sits between the scrubbed area and the
// test's frame.
__attribute__((always_inline)) inline void collect_clean() {
  scrub_stack();
  heap_collect(test_heap());
}

bool is_live(uintptr_t object) { return heap_find_object(test_heap(), object) == object; }
// The same for a hidden address, unhidden only in a frame of its own (an unhidden copy spilled
// into the test's frame would keep the object alive at the next collection).
__attribute__((noinline)) bool is_live_hidden(uintptr_t hidden) { return is_live(unhide(hidden)); }

int64_t list_length(dart_word head, int64_t* first_value = nullptr) {
  int64_t n = 0;
  if (first_value && head) *first_value = reinterpret_cast<Node*>(head)->value;
  for (dart_word p = head; p; p = reinterpret_cast<Node*>(p)->next) ++n;
  return n;
}

}  // namespace

TEST_CASE("the inline fast path bumps alloc_top and the slow path refills the region") {
  Isolate* isolate = test_isolate();
  new_node(0, 1);
  uintptr_t top = isolate->pub.alloc_top;
  REQUIRE(top != 0);
  REQUIRE(top + sizeof(Node) <= isolate->pub.alloc_limit);
  Node* b = new_node(0, 2);
  CHECK(word(b) == top);
  CHECK(isolate->pub.alloc_top == top + sizeof(Node));
  CHECK(dart_header_cid(b->header) == kNodeCid);
  CHECK(dart_header_size(b->header) == sizeof(Node));

  // Force the slow path: the region is "full".
  isolate->pub.alloc_limit = isolate->pub.alloc_top;
  Node* c = new_node(0, 3);
  CHECK(c->value == 3);
  CHECK(isolate->pub.alloc_top > isolate->pub.alloc_limit - kBlockSize);
  CHECK(isolate->pub.alloc_top <= isolate->pub.alloc_limit);
  CHECK(word(c) + sizeof(Node) == isolate->pub.alloc_top);

  // Memory handed out is zeroed: the inline path only stores the header.
  for (uintptr_t p = isolate->pub.alloc_top; p < isolate->pub.alloc_limit; p += 8) {
    REQUIRE(*reinterpret_cast<uint64_t*>(p) == 0);
  }
  DartArray* a = new_array(100);
  for (int i = 0; i < 100; ++i) CHECK(dart_array_data(a)[i] == 0);
  CHECK(a->type_args == 0);
}

TEST_CASE("dartrt_allocate returns zeroed objects with the header stored, for every size class") {
  test_isolate();
  for (uint64_t size : {16u, 32u, 128u, 144u, 1024u, 8192u, 8208u, 100000u}) {
    uint64_t header = dart_make_header(kBlobCid, size);
    DartObject* o = dartrt_allocate(size, header);
    REQUIRE(o != nullptr);
    CHECK(reinterpret_cast<uintptr_t>(o) % DART_OBJECT_ALIGNMENT == 0);
    CHECK(o->header == header);
    const uint8_t* bytes = reinterpret_cast<const uint8_t*>(o);
    bool zero = true;
    for (uint64_t i = 8; i < size; ++i) zero &= bytes[i] == 0;
    CHECK(zero);
    CHECK(heap_find_object(test_heap(), reinterpret_cast<uintptr_t>(o) + size - 1) == reinterpret_cast<uintptr_t>(o));
  }
}

TEST_CASE("any address inside an object maps to its start, other addresses map to nothing") {
  Heap* heap = test_heap();
  Pair* p = new_pair(0, 0);
  uintptr_t a = word(p);
  CHECK(heap_find_object(heap, a) == a);
  CHECK(heap_find_object(heap, a + 1) == a);
  CHECK(heap_find_object(heap, a + 8) == a);
  CHECK(heap_find_object(heap, a + sizeof(Pair) - 1) == a);
  CHECK(heap_find_object(heap, a + sizeof(Pair)) != a);
  // The unallocated rest of the current region is free space.
  uintptr_t top = test_isolate()->pub.alloc_top;
  if (top < test_isolate()->pub.alloc_limit) CHECK(heap_find_object(heap, top + 16) == 0);
  // Not the heap: the stack, read-only data, malloc memory.
  int local = 0;
  CHECK(heap_find_object(heap, reinterpret_cast<uintptr_t>(&local)) == 0);
  CHECK(heap_find_object(heap, reinterpret_cast<uintptr_t>(dartrt_class_table)) == 0);
  void* m = malloc(64);
  CHECK(heap_find_object(heap, reinterpret_cast<uintptr_t>(m)) == 0);
  free(m);
  CHECK(heap_find_object(heap, 0) == 0);

  // Large objects: every interior address.
  DartArray* big = new_array(5000);
  uintptr_t b = word(big);
  CHECK(block_info(b)->kind == kBlockLarge);
  CHECK(heap_find_object(heap, b + 12345) == b);
  CHECK(heap_find_object(heap, b + sizeof(DartArray) + 5000 * 8 - 1) == b);
}

namespace {

struct Graph {
  uintptr_t reachable[6];
  uintptr_t garbage[4];
};

// Builds, through the statics (precise roots):
//   statics[0] -> Pair(first: Node(1) -> Node(2), second: Smi 7, raw: address of garbage[0])
//   statics[1] -> Array[Node(3), Smi, string, null, read-only pointer, Pair(Node(4), null)]
//   statics[3] (an unboxed slot) = address of garbage[1]
// plus plain garbage. Every address is remembered hidden.
__attribute__((noinline)) void build_graph(Graph* g) {
  dart_word* statics = test_statics();
  Node* n2 = new_node(0, 2);
  Node* n1 = new_node(word(n2), 1);
  Pair* root = new_pair(word(n1), dart_smi_from(7));
  Node* g0 = new_node(0, 100);
  root->raw = word(g0);  // not a value word: must not keep g0 alive
  statics[0] = word(root);
  DartArray* array = new_array(6);
  Node* n3 = new_node(0, 3);
  Node* n4 = new_node(0, 4);
  dart_array_data(array)[0] = word(n3);
  dart_array_data(array)[1] = dart_smi_from(-5);
  dart_array_data(array)[2] = str("kept");
  dart_array_data(array)[3] = DART_NULL;
  dart_array_data(array)[4] = reinterpret_cast<dart_word>(&dartrt_class_table[0]) & ~uint64_t{15};
  dart_array_data(array)[5] = word(new_pair(word(n4), DART_NULL));
  statics[1] = word(array);
  Node* g1 = new_node(0, 101);
  statics[3] = word(g1);  // unboxed static slot
  Node* g2 = new_node(0, 102);
  Pair* g3 = new_pair(word(g2), word(n1));  // garbage pointing at live data
  uintptr_t r[6] = {word(n1), word(n2), word(root), word(array), word(n3), word(n4)};
  uintptr_t d[4] = {word(g0), word(g1), word(g2), word(g3)};
  for (int i = 0; i < 6; ++i) g->reachable[i] = hide(r[i]);
  for (int i = 0; i < 4; ++i) g->garbage[i] = hide(d[i]);
}

}  // namespace

// The checks of the graph's contents, in a frame of their own so that the pointers they load do
// not linger in the test's frame.
__attribute__((noinline)) void check_graph_contents() {
  Pair* root = reinterpret_cast<Pair*>(test_statics()[0]);
  Node* n1 = reinterpret_cast<Node*>(root->first);
  CHECK(n1->value == 1);
  CHECK(reinterpret_cast<Node*>(n1->next)->value == 2);
  CHECK(root->second == dart_smi_from(7));
  DartArray* array = reinterpret_cast<DartArray*>(test_statics()[1]);
  CHECK(to_std(dart_array_data(array)[2]) == "kept");
  CHECK(reinterpret_cast<Node*>(dart_array_data(array)[0])->value == 3);
  Pair* inner = reinterpret_cast<Pair*>(dart_array_data(array)[5]);
  CHECK(reinterpret_cast<Node*>(inner->first)->value == 4);
  // The collector keeps its marks to itself: the only header bit it writes is the write
  // barrier's (survivors are old, docs/gc.md "Generations").
  CHECK((root->header & DART_HEADER_GC_MASK) == DART_HEADER_BARRIER_BIT);
  CHECK((n1->header & DART_HEADER_GC_MASK) == DART_HEADER_BARRIER_BIT);
}

TEST_CASE("marking follows the pointer maps, and unreachable objects are swept") {
  clear_statics();
  Graph g;
  build_graph(&g);
  collect_clean();
  for (uintptr_t h : g.reachable) CHECK(is_live_hidden((h)));
  for (uintptr_t h : g.garbage) CHECK_FALSE(is_live_hidden((h)));
  check_graph_contents();
  // Dropping the roots frees everything on the next collection.
  clear_statics();
  collect_clean();
  for (uintptr_t h : g.reachable) CHECK_FALSE(is_live_hidden((h)));
}

namespace {

__attribute__((noinline)) void build_closure(uintptr_t* hidden_context, uintptr_t* hidden_code) {
  auto* closure = reinterpret_cast<DartClosure*>(allocate_object(sizeof(DartClosure), kClosureCid));
  Node* context = new_node(0, 9);
  Node* fake_code = new_node(0, 10);
  closure->context = word(context);
  closure->code = fake_code;  // a heap address in the code slot must not count
  test_statics()[2] = word(closure);
  *hidden_context = hide(word(context));
  *hidden_code = hide(word(fake_code));
}

}  // namespace

TEST_CASE("closures: the context is traced, the code pointer is not") {
  clear_statics();
  test_isolate();
  uintptr_t hidden_context = 0, hidden_code = 0;
  build_closure(&hidden_context, &hidden_code);
  collect_clean();
  CHECK(is_live_hidden((hidden_context)));
  CHECK_FALSE(is_live_hidden((hidden_code)));
  clear_statics();
}

namespace {

// Allocates `count` nodes in batches of 8 (two lines): batches alternately kept (linked from
// statics[0]) and dropped, so that the collection leaves runs of free lines between live ones.
__attribute__((noinline)) void allocate_striped(int count) {
  dart_word kept = test_statics()[0];
  for (int i = 0; i < count; ++i) {
    Node* n = new_node(0, i);
    if ((i / 8) % 2 == 0) {
      n->next = kept;
      kept = word(n);
    }
  }
  test_statics()[0] = kept;
}

__attribute__((noinline)) void allocate_garbage_nodes(int count, uintptr_t* first_hidden) {
  for (int i = 0; i < count; ++i) {
    Node* n = new_node(0, i);
    if (i == 0) *first_hidden = hide(word(n));
  }
}

}  // namespace

TEST_CASE("lines freed by a collection are reused before the heap grows") {
  clear_statics();
  collect_clean();
  Heap* heap = test_heap();
  // Fill the whole current region first so the striping starts in fresh lines.
  allocate_striped(20000);
  collect_clean();
  REQUIRE(heap->recyclable.size() > 0);
  uint64_t owned = heap->owned_bytes;
  size_t blocks = heap->blocks.size();
  BlockDesc* first_recyclable = heap->recyclable[0];
  uintptr_t hidden = 0;
  allocate_garbage_nodes(2000, &hidden);
  uintptr_t first = unhide(hidden);
  // The first allocation after the collection landed in a recycled block, in a freed line.
  CHECK(first >= first_recyclable->start);
  CHECK(first < first_recyclable->start + kBlockSize);
  CHECK(heap->owned_bytes == owned);
  CHECK(heap->blocks.size() == blocks);
  CHECK(list_length(test_statics()[0]) == 10000);
  clear_statics();
  collect_clean();
}

namespace {

// A 160 KiB array (five blocks of the large-object space) of nodes and Smis, rooted in statics[1].
__attribute__((noinline)) void build_large(uintptr_t* hidden_array, uintptr_t* hidden_node) {
  DartArray* big = new_array(20000);
  for (int i = 0; i < 20000; ++i) dart_array_data(big)[i] = i % 2 ? dart_smi_from(i) : word(new_node(0, i));
  test_statics()[1] = word(big);
  *hidden_array = hide(word(big));
  *hidden_node = hide(dart_array_data(big)[19998]);
}

__attribute__((noinline)) void build_huge(uint64_t size, uintptr_t* hidden) {
  uint64_t header = dart_make_header(kBlobCid, size);
  CHECK(dart_header_size(header) == 0);
  DartObject* blob = dartrt_allocate(size, header);
  uintptr_t b = reinterpret_cast<uintptr_t>(blob);
  CHECK(heap_object_size(b) == size);
  CHECK(heap_find_object(test_heap(), b + size - 8) == b);
  test_statics()[0] = b;
  *hidden = hide(b);
}

}  // namespace

TEST_CASE("large objects: allocated apart, traced, and their blocks returned when dead") {
  clear_statics();
  collect_clean();
  Heap* heap = test_heap();
  size_t blocks_before = region_blocks_in_use();
  uint64_t owned_before = heap->owned_bytes;
  uintptr_t hidden = 0, hidden_last_node = 0;
  build_large(&hidden, &hidden_last_node);
  CHECK(region_blocks_in_use() >= blocks_before + 5);
  CHECK(heap->owned_bytes >= owned_before + 160000);
  CHECK(block_info(unhide(hidden))->kind == kBlockLarge);
  collect_clean();
  CHECK(is_live_hidden((hidden)));
  CHECK(is_live_hidden((hidden_last_node)));
  CHECK(reinterpret_cast<Node*>(unhide(hidden_last_node))->value == 19998);
  size_t blocks_with_big = region_blocks_in_use();
  test_statics()[1] = 0;
  collect_clean();
  CHECK_FALSE(is_live_hidden((hidden)));
  CHECK(region_blocks_in_use() <= blocks_with_big - 5);
}

// Large garbage arrays, each dead as soon as the next is made; their contents are checked to be
// zero (a reused run must be cleared, whether or not its pages were returned to the OS).
__attribute__((noinline)) bool churn_large(int count, int64_t length) {
  bool zeroed = true;
  for (int i = 0; i < count; ++i) {
    DartArray* a = new_array(length);
    for (int64_t k = 0; k < length; k += 509) zeroed &= dart_array_data(a)[k] == 0;
    for (int64_t k = 0; k < length; ++k) dart_array_data(a)[k] = dart_smi_from(k);
  }
  return zeroed;
}

__attribute__((noinline)) void fill_with_small_garbage(uint64_t bytes) {
  uint64_t allocated = test_heap()->stats.bytes_allocated;
  dart_word head = 0;
  for (int64_t i = 0; test_heap()->stats.bytes_allocated < allocated + bytes; ++i) {
    head = word(new_node(i % 1000 ? head : 0, i));
  }
}

TEST_CASE("dead large objects: their runs are reused without returning the pages, and cleared") {
  clear_statics();
  collect_clean();
  uintptr_t hidden = 0, hidden_last_node = 0;
  build_large(&hidden, &hidden_last_node);
  test_statics()[1] = 0;
  size_t dirty_before = region_dirty_blocks();
  collect_clean();
  CHECK(region_dirty_blocks() >= dirty_before + 5);  // kept resident: no madvise per object
  CHECK(churn_large(64, 16384));
}

TEST_CASE("large-object garbage collects once per threshold of allocation, not per few objects") {
  clear_statics();
  fill_with_small_garbage(24 << 20);
  collect_clean();  // the sweep keeps the emptied small blocks, up to the threshold
  Heap* heap = test_heap();
  CHECK(heap->empty.size() * kBlockSize >= (12u << 20));
  uint64_t before = heap->stats.collections;
  // 32 MiB of 128 KiB arrays: a collection per 16 MiB (kMinCollectionThreshold) or so. Before
  // empty small blocks were given back for large runs, the kept empty blocks filled the
  // threshold and this collected about once per array.
  CHECK(churn_large(256, 16384));
  uint64_t collections = heap->stats.collections - before;
  CHECK(collections >= 1);
  CHECK(collections <= 4);
}

TEST_CASE("huge objects whose size does not fit the header") {
  clear_statics();
  collect_clean();
  uintptr_t hidden = 0;
  build_huge(uint64_t{300} << 20, &hidden);  // above 2^24 granules
  collect_clean();
  CHECK(is_live_hidden((hidden)));
  test_statics()[0] = 0;
  collect_clean();
  CHECK_FALSE(is_live_hidden((hidden)));
}

TEST_CASE("objects referenced only from the stack survive, in place (pinning)") {
  clear_statics();
  volatile dart_word whole = word(new_node(0, 42));
  volatile uintptr_t interior = word(new_node(0, 43)) + 16;  // only a derived pointer
  volatile dart_word in_large = word(new_array(3000)) + 8000;
  dart_array_data(reinterpret_cast<DartArray*>(in_large - 8000))[0] = word(new_node(0, 44));
  collect_clean();
  CHECK(is_live(whole));
  CHECK(reinterpret_cast<Node*>(whole)->value == 42);
  CHECK(heap_find_object(test_heap(), interior) == interior - 16);
  CHECK(reinterpret_cast<Node*>(interior - 16)->value == 43);
  DartArray* a = reinterpret_cast<DartArray*>(in_large - 8000);
  CHECK(is_live(word(a)));
  CHECK(reinterpret_cast<Node*>(dart_array_data(a)[0])->value == 44);
}

TEST_CASE("a linked list of a million nodes survives (marking does not recurse)") {
  clear_statics();
  collect_clean();
  uint64_t collections = test_heap()->stats.collections;
  dart_word head = 0;
  for (int64_t i = 0; i < 1000000; ++i) head = word(new_node(head, i));
  test_statics()[0] = head;
  head = 0;
  collect_clean();
  CHECK(test_heap()->stats.collections > collections + 1);  // some ran while building it
  int64_t first = -1;
  CHECK(list_length(test_statics()[0], &first) == 1000000);
  CHECK(first == 999999);
  int64_t expected = 999999;
  bool ordered = true;
  for (dart_word p = test_statics()[0]; p; p = reinterpret_cast<Node*>(p)->next) ordered &= reinterpret_cast<Node*>(p)->value == expected--;
  CHECK(ordered);
  clear_statics();
  collect_clean();
}

TEST_CASE("stress mode collects at every allocation, keeping everything reachable") {
  clear_statics();
  collect_clean();
  Heap* heap = test_heap();
  heap_set_stress(heap, true);
  CHECK(test_isolate()->pub.alloc_top == 0);
  CHECK(test_isolate()->pub.alloc_limit == 0);
  uint64_t before = heap->stats.collections;
  // The list is held only by a local (register or stack) while every allocation collects.
  dart_word head = 0;
  for (int i = 0; i < 300; ++i) {
    head = word(new_node(head, i));
    if (i % 3 == 0) new_pair(str("garbage"), head);
  }
  uint64_t during = heap->stats.collections - before;
  heap_set_stress(heap, false);
  CHECK(during >= 400);
  int64_t first = -1;
  CHECK(list_length(head, &first) == 300);
  CHECK(first == 299);
  CHECK(test_isolate()->pub.alloc_limit != 0);
}

TEST_CASE("heap exhaustion after a full collection reports like the VM and exits with 255") {
  ChildResult r = run_in_child([] {
    heap_set_limit(test_heap(), uint64_t{8} << 20);
    dart_word head = 0;
    for (;;) head = word(new_node(head, 0));
  });
  CHECK(r.exit_code == 255);
  CHECK(r.err.find("Exhausted heap space, trying to allocate 32 bytes.\n") == 0);
  CHECK(r.err.find("Unhandled exception:\nOut of Memory\n") != std::string::npos);

  ChildResult large = run_in_child([] {
    heap_set_limit(test_heap(), uint64_t{8} << 20);
    new_array(8 << 20);
  });
  CHECK(large.exit_code == 255);
  CHECK(large.err.find("Exhausted heap space, trying to allocate 67108896 bytes.") == 0);
}

TEST_CASE("a heap below its limit keeps running: garbage is collected instead") {
  ChildResult r = run_in_child([] {
    heap_set_limit(test_heap(), uint64_t{8} << 20);
    for (int i = 0; i < 1000000; ++i) new_node(0, i);  // 32 MB of garbage through an 8 MB heap
    dartrt_print_string(str("survived"));
  });
  CHECK(r.exit_code == 0);
  CHECK(r.out == "survived\n");
}

TEST_CASE("DARTC_HEAP_LIMIT syntax") {
  CHECK(parse_byte_size("1000") == 1000);
  CHECK(parse_byte_size("64k") == 64 * 1024);
  CHECK(parse_byte_size("64K") == 64 * 1024);
  CHECK(parse_byte_size("512m") == uint64_t{512} << 20);
  CHECK(parse_byte_size("2g") == uint64_t{2} << 30);
  CHECK(parse_byte_size("2GB") == uint64_t{2} << 30);
  CHECK(parse_byte_size("") == 0);
  CHECK(parse_byte_size("m") == 0);
  CHECK(parse_byte_size("12x") == 0);
  CHECK(parse_byte_size("-5") == 0);
  CHECK(parse_byte_size("99999999999999999999") == 0);
}

TEST_CASE("DARTC_GC_STATS prints the collector's statistics") {
  ChildResult r = run_in_child([] {
    for (int i = 0; i < 1000; ++i) new_node(0, i);
    heap_collect(test_heap());
    heap_print_stats(test_heap());
  });
  CHECK(r.err.find("dartc gc: collections=") == 0);
  CHECK(r.err.find("allocated=") != std::string::npos);
  CHECK(r.err.find("gc_time=") != std::string::npos);
  CHECK(r.err.find("peak_heap=") != std::string::npos);
}

namespace {

struct OtherIsolate {
  uintptr_t node;
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int state;  // 0 starting, 1 allocated, 2 may finish
};

void* other_isolate_main(void* arg) {
  auto* o = static_cast<OtherIsolate*>(arg);
  Isolate* isolate = isolate_create_for_current_thread(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  Node* n = reinterpret_cast<Node*>(allocate_object(sizeof(Node), kNodeCid));
  n->value = 77;
  pthread_mutex_lock(&o->lock);
  o->node = word(n);
  o->state = 1;
  pthread_cond_broadcast(&o->cond);
  while (o->state != 2) pthread_cond_wait(&o->cond, &o->lock);
  pthread_mutex_unlock(&o->lock);
  isolate_destroy(isolate);
  return nullptr;
}

}  // namespace

TEST_CASE("heaps are per isolate: one isolate's collection never touches another's objects") {
  Heap* mine = test_heap();
  OtherIsolate o{0, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
  pthread_t thread;
  REQUIRE(pthread_create(&thread, nullptr, other_isolate_main, &o) == 0);
  pthread_mutex_lock(&o.lock);
  while (o.state != 1) pthread_cond_wait(&o.cond, &o.lock);
  pthread_mutex_unlock(&o.lock);
  volatile uintptr_t theirs = o.node;  // on our stack: our scan sees it
  CHECK(heap_find_object(mine, theirs) == 0);
  CHECK(block_owner(block_info(theirs)) != mine);
  heap_collect(mine);
  BlockDesc* their_block = static_cast<BlockDesc*>(block_info(theirs)->desc);
  size_t granule = (theirs - their_block->start) / kGranule;
  CHECK((their_block->marks[granule / 64] & (uint64_t{1} << (granule % 64))) == 0);
  CHECK(their_block->line_marks[0] == 0);
  CHECK(reinterpret_cast<Node*>(theirs)->value == 77);
  pthread_mutex_lock(&o.lock);
  o.state = 2;
  pthread_cond_broadcast(&o.cond);
  pthread_mutex_unlock(&o.lock);
  pthread_join(thread, nullptr);
}

namespace {

// 128-byte arrays (one line each) rooted in a holder array in statics[slot].
__attribute__((noinline)) void allocate_line_objects(size_t slot, int64_t count) {
  DartArray* holder = new_array(count);
  test_statics()[slot] = word(holder);
  for (int64_t i = 0; i < count; ++i) {
    DartArray* a = new_array(13);  // 24 + 13 * 8 = 128 bytes
    dart_array_data(holder)[i] = word(a);
  }
}

// A block whose 256 lines all hold one of the holder's arrays (out of line: see below).
__attribute__((noinline)) BlockDesc* full_line_block(Heap* heap) {
  DartArray* holder = reinterpret_cast<DartArray*>(test_statics()[0]);
  for (size_t i = 0; i < heap->blocks.size(); ++i) {
    BlockDesc* b = heap->blocks[i];
    size_t covered = 0;
    for (int64_t k = 0; k < holder->length; ++k) {
      uintptr_t a = dart_array_data(holder)[k];
      if (a >= b->start && a < b->start + kBlockSize && (a - b->start) % kLineSize == 0) ++covered;
    }
    if (covered == kLinesPerBlock) return b;
  }
  return nullptr;
}

bool freed_line(size_t line) { return (line >= 60 && line < 70) || line == 100 || line >= 190; }

// Drops the holder's arrays in the freed lines of `block`. Out of line, so that no pointer to
// them is left in the test's frame, which the collection scans conservatively.
__attribute__((noinline)) void drop_freed_lines(const BlockDesc* block) {
  DartArray* holder = reinterpret_cast<DartArray*>(test_statics()[0]);
  for (int64_t k = 0; k < holder->length; ++k) {
    uintptr_t a = dart_array_data(holder)[k];
    if (a >= block->start && a < block->start + kBlockSize && freed_line((a - block->start) / kLineSize)) {
      dart_array_data(holder)[k] = 0;
    }
  }
}

}  // namespace

TEST_CASE("recycled allocation hands out exactly the free runs, across bitmap words and to the block's end") {
  clear_statics();
  collect_clean();
  Heap* heap = test_heap();
  allocate_line_objects(0, 1024);
  BlockDesc* block = full_line_block(heap);
  REQUIRE(block != nullptr);
  // Free lines 60..69 (a run across the first two words of the line bitmap), 100, and 190..255
  // (a run to the end of the block).
  auto freed = freed_line;
  drop_freed_lines(block);
  collect_clean();
  // Exactly the dropped lines are free, but for the odd one a stale word on the stack keeps (the
  // collector scans the stack conservatively).
  uint64_t free_before[kLinesPerBlock / 64];
  memcpy(free_before, block->free_lines, sizeof free_before);
  size_t free_count = 0, dropped = 0;
  for (size_t line = 0; line < kLinesPerBlock; ++line) {
    bool is_free = (free_before[line / 64] >> (line % 64)) & 1;
    CAPTURE(line);
    if (!freed(line)) CHECK_FALSE(is_free);
    free_count += is_free;
    dropped += freed(line);
  }
  CHECK(dropped == 10 + 1 + 66);
  CHECK(free_count + 2 >= dropped);
  // Allocation fills every free line (of this block and the others), one array per line.
  allocate_line_objects(1, 2048);
  for (size_t w = 0; w < kLinesPerBlock / 64; ++w) CHECK(block->free_lines[w] == 0);
  DartArray* fresh = reinterpret_cast<DartArray*>(test_statics()[1]);
  size_t refilled = 0;
  for (int64_t k = 0; k < fresh->length; ++k) {
    uintptr_t a = dart_array_data(fresh)[k];
    if (a < block->start || a >= block->start + kBlockSize) continue;
    size_t line = (a - block->start) / kLineSize;
    CHECK((a - block->start) % kLineSize == 0);
    CHECK(((free_before[line / 64] >> (line % 64)) & 1) == 1);
    CHECK(heap_find_object(heap, a + 8) == a);
    ++refilled;
  }
  CHECK(refilled == free_count);
  clear_statics();
  collect_clean();
}
