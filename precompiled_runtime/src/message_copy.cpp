// The deep copy of a message (docs/isolates.md "Messages").
//
// The sender walks the graph reachable from the message through the class table's pointer maps
// (the collector's own view of objects, object_slots.h) and writes every object of its heap it
// reaches, byte for byte, into one malloc'd buffer, with each value word that points to another
// copied object replaced by a reference to it (its number, tagged so it can be neither a Smi nor
// a pointer). Each object is written once, so cycles and sharing survive. Everything outside the
// sender's heap -- null, Smis, read-only data (literals, constants, static tear-offs, class and
// type descriptions) -- is the same in every isolate of the process and stays as it is: constants
// are shared, not copied.
//
// The receiver first allocates every object, zeroed, and keeps them in one array registered as a
// root (a collection in between then sees only empty objects), then fills them in with no
// allocation in between.
#include "heap.h"
#include "isolate_messages.h"
#include "object_slots.h"

namespace dartrt {

namespace {

constexpr dart_word kRefTag = 2;  // (index << 4) | 2: neither a Smi (bit 0) nor a pointer (16-aligned)

struct Header {
  uint64_t count;
  dart_word root;
};

// addr -> index, open addressing.
struct AddressMap {
  uintptr_t* keys;
  uint64_t* values;
  size_t capacity;
  size_t used;

  void grow() {
    uintptr_t* old_keys = keys;
    uint64_t* old_values = values;
    size_t old_capacity = capacity;
    capacity = capacity ? capacity * 2 : 256;
    keys = static_cast<uintptr_t*>(xcalloc(capacity, sizeof(uintptr_t)));
    values = static_cast<uint64_t*>(xmalloc(capacity * sizeof(uint64_t)));
    used = 0;
    for (size_t i = 0; i < old_capacity; ++i) {
      if (old_keys[i]) put(old_keys[i], old_values[i]);
    }
    free(old_keys);
    free(old_values);
  }
  size_t slot(uintptr_t key) const { return (size_t)((key >> 4) * 0x9E3779B97F4A7C15ull >> 17) & (capacity - 1); }
  // The index of `key`, or -1.
  int64_t get(uintptr_t key) const {
    if (!capacity) return -1;
    for (size_t i = slot(key);; i = (i + 1) & (capacity - 1)) {
      if (keys[i] == key) return (int64_t)values[i];
      if (!keys[i]) return -1;
    }
  }
  void put(uintptr_t key, uint64_t value) {
    if ((used + 1) * 2 > capacity) grow();
    size_t i = slot(key);
    while (keys[i]) i = (i + 1) & (capacity - 1);
    keys[i] = key;
    values[i] = value;
    ++used;
  }
  void release() {
    free(keys);
    free(values);
  }
};

// Classes registered by dart:isolate: written once per class (under a lock), read without one.
struct Registered {
  uint32_t cid;
  uint32_t kind;  // CopyStatus for unsendable classes; kHashTable for hash tables
};
constexpr uint32_t kHashTable = 100;
constexpr size_t kMaxRegistered = 16;
Registered g_registered[kMaxRegistered];
size_t g_registered_count;  // atomic: entries below it are complete
pthread_mutex_t g_register_lock = PTHREAD_MUTEX_INITIALIZER;

thread_local RootSlot t_tables_root;
thread_local dart_word t_tables;
thread_local int64_t t_tables_next;

bool is_subclass(uint32_t cid, uint32_t base) {
  if (cid == base) return true;
  const DartClassTypes& types = dartrt_class_types[cid];
  for (uint32_t i = 0; i < types.num_supertypes; ++i) {
    if (types.supertypes[i].cid == base) return true;
  }
  return false;
}

// The registered kind of a class, or 0.
uint32_t registered_kind(uint32_t cid) {
  size_t n = __atomic_load_n(&g_registered_count, __ATOMIC_ACQUIRE);
  for (size_t i = 0; i < n; ++i) {
    if (is_subclass(cid, g_registered[i].cid)) return g_registered[i].kind;
  }
  return 0;
}

void register_class(dart_word example, uint32_t kind) {
  if (example == DART_NULL || (example & DART_SMI_TAG)) return;
  uint32_t cid = dart_header_cid(reinterpret_cast<DartObject*>(example)->header);
  pthread_mutex_lock(&g_register_lock);
  size_t n = g_registered_count;
  bool known = false;
  for (size_t i = 0; i < n; ++i) known |= g_registered[i].cid == cid;
  if (!known && n < kMaxRegistered) {
    g_registered[n] = {cid, kind};
    __atomic_store_n(&g_registered_count, n + 1, __ATOMIC_RELEASE);
  }
  pthread_mutex_unlock(&g_register_lock);
}

// Whether a value word points into the current isolate's heap (and so must be copied).
inline bool in_own_heap(dart_word value, Heap* heap) {
  if (value == 0 || (value & (DART_OBJECT_ALIGNMENT - 1)) != 0 || !region_contains(value)) return false;
  return block_owner(block_info(value)) == heap;
}

inline uint64_t object_size(uintptr_t object) {
  uint64_t size = dart_header_size(*reinterpret_cast<const uint64_t*>(object));
  return size != 0 ? size : heap_object_size(object);
}

}  // namespace

void message_register_unsendable(dart_word example, CopyStatus status) { register_class(example, (uint32_t)status); }
void message_register_hash_table(dart_word example) { register_class(example, kHashTable); }

uint8_t* message_of_smi(int64_t value) {
  Header* h = static_cast<Header*>(xmalloc(sizeof(Header)));
  h->count = 0;
  h->root = dart_smi_from(value);
  return reinterpret_cast<uint8_t*>(h);
}

namespace {

// The graph of `root` in the sender's heap, breadth first (`objects`, numbered by `map`), and
// the bytes its serialized form takes; kCopyOk, or the status of the first unsendable object.
CopyStatus discover_graph(dart_word root, Heap* heap, AddressMap& map, Vec<uintptr_t>& objects, uint64_t* bytes) {
  auto discover = [&](dart_word value) {
    if (!in_own_heap(value, heap) || map.get(value) >= 0) return;
    map.put(value, objects.size());
    objects.push(value);
  };
  // Breadth-first: `objects` is the work list too.
  discover(root);
  *bytes = sizeof(Header);
  for (size_t i = 0; i < objects.size(); ++i) {
    uintptr_t object = objects[i];
    uint64_t header = *reinterpret_cast<const uint64_t*>(object);
    uint32_t kind = registered_kind(dart_header_cid(header));
    if (kind != 0 && kind != kHashTable) return (CopyStatus)kind;
    *bytes += 8 + object_size(object);
    for_each_value(object, header, [&](size_t, dart_word value) { discover(value); });
  }
  return kCopyOk;
}

}  // namespace

CopyStatus message_validate(dart_word root) {
  AddressMap map = {};
  Vec<uintptr_t> objects = {};
  uint64_t bytes;
  CopyStatus status = discover_graph(root, current_isolate()->heap, map, objects, &bytes);
  map.release();
  objects.release();
  return status;
}

void message_forget_copied_tables() { t_tables = DART_NULL; }

uint8_t* message_serialize(dart_word root, CopyStatus* status) {
  Heap* heap = current_isolate()->heap;
  AddressMap map = {};
  Vec<uintptr_t> objects = {};
  uint64_t bytes;
  *status = discover_graph(root, heap, map, objects, &bytes);
  if (*status != kCopyOk) {
    map.release();
    objects.release();
    return nullptr;
  }
  uint8_t* data = static_cast<uint8_t*>(xmalloc(bytes));
  auto encode = [&](dart_word value) -> dart_word {
    if (!in_own_heap(value, heap)) return value;
    return ((dart_word)map.get(value) << 4) | kRefTag;
  };
  Header* h = reinterpret_cast<Header*>(data);
  h->count = objects.size();
  h->root = encode(root);
  uint8_t* out = data + sizeof(Header);
  for (size_t i = 0; i < objects.size(); ++i) {
    uintptr_t object = objects[i];
    uint64_t size = object_size(object);
    memcpy(out, &size, 8);
    uint64_t* copy = reinterpret_cast<uint64_t*>(out + 8);
    memcpy(copy, reinterpret_cast<const void*>(object), size);
    uint64_t header = copy[0];
    copy[0] = header & ~DART_HEADER_GC_MASK;
    for_each_value(object, header, [&](size_t slot, dart_word value) { copy[slot] = encode(value); });
    out += 8 + size;
  }
  map.release();
  objects.release();
  return data;
}

dart_word message_deserialize(const uint8_t* data) {
  const Header* h = reinterpret_cast<const Header*>(data);
  uint64_t count = h->count;
  if (count == 0) return h->root;
  Isolate* isolate = current_isolate();
  // Every object of the message, allocated first: the holder is a root while the others are.
  DartArray* holder = reinterpret_cast<DartArray*>(
      allocate_object(sizeof(DartArray) + count * sizeof(dart_word), dartrt_builtin_cids.array_cid));
  holder->length = (int64_t)count;
  dart_word holder_word = reinterpret_cast<dart_word>(holder);
  RootSlot holder_root;
  add_root(isolate, &holder_root, &holder_word);
  const uint8_t** sources = static_cast<const uint8_t**>(xmalloc(count * sizeof(uint8_t*)));
  const uint8_t* in = data + sizeof(Header);
  uint64_t tables = 0;
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t size;
    memcpy(&size, in, 8);
    sources[i] = in + 8;
    uint64_t header;
    memcpy(&header, in + 8, 8);
    uint32_t cid = dart_header_cid(header);
    if (registered_kind(cid) == kHashTable) ++tables;
    DartObject* object = allocate_object(size, cid);
    holder = reinterpret_cast<DartArray*>(holder_word);
    write_barrier(holder);
    dart_array_data(holder)[i] = reinterpret_cast<dart_word>(object);
    in += 8 + size;
  }
  // The list of copied hash tables, for dart:isolate to rehash.
  dart_word table_list = DART_NULL;
  if (tables) {
    DartArray* list = reinterpret_cast<DartArray*>(
        allocate_object(sizeof(DartArray) + tables * sizeof(dart_word), dartrt_builtin_cids.array_cid));
    list->length = (int64_t)tables;
    table_list = reinterpret_cast<dart_word>(list);
  }
  // No allocation from here on.
  holder = reinterpret_cast<DartArray*>(holder_word);
  dart_word* objects = dart_array_data(holder);
  uint64_t next_table = 0;
  for (uint64_t i = 0; i < count; ++i) {
    uintptr_t object = objects[i];
    uint64_t header = *reinterpret_cast<const uint64_t*>(object);
    uint64_t size = object_size(object);
    write_barrier(reinterpret_cast<void*>(object));
    memcpy(reinterpret_cast<uint8_t*>(object) + 8, sources[i] + 8, size - 8);
    uint64_t* slots = reinterpret_cast<uint64_t*>(object);
    for_each_value(object, header, [&](size_t slot, dart_word value) {
      if ((value & 15) == kRefTag) slots[slot] = objects[value >> 4];
    });
    if (tables && registered_kind(dart_header_cid(header)) == kHashTable) {
      dart_array_data(reinterpret_cast<DartArray*>(table_list))[next_table++] = object;
    }
  }
  dart_word root = h->root;
  if ((root & 15) == kRefTag) root = objects[root >> 4];
  isolate->heap->stats.message_bytes += (uint64_t)(in - (data + sizeof(Header))) - 8 * count;
  free(sources);
  remove_root(&holder_root);
  if (!t_tables_root.next) add_root(isolate, &t_tables_root, &t_tables);
  t_tables = table_list;
  t_tables_next = 0;
  return root;
}

dart_word message_next_copied_table() {
  DartArray* tables = reinterpret_cast<DartArray*>(t_tables);
  if (!tables) return DART_NULL;
  if (t_tables_next >= tables->length) {
    t_tables = DART_NULL;
    return DART_NULL;
  }
  return dart_array_data(tables)[t_tables_next++];
}

}  // namespace dartrt
