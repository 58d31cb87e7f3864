// The RegExp natives of dart:core (core/regexp.dart) and the cache of compiled programs.
//
// A RegExp object holds its program's address as an int. Programs live on malloc'd memory and
// are never freed: the collector has no finalizers, and identical patterns (same source, same
// flags) share one program through a process-wide cache, as the VM canonicalizes its RegExp
// objects, so a program that builds the same RegExp in a loop compiles it once.
#include <pthread.h>

#include "regexp_internal.h"

namespace dartrt {
namespace regexp {

namespace {

struct CacheEntry {
  uint32_t hash;
  uint32_t flags;
  uint16_t* source;  // UTF-16 copy of the pattern
  size_t length;
  Program* program;
};

pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
CacheEntry* cache_slots;  // open addressing, linear probing; power-of-two capacity
size_t cache_capacity;
size_t cache_count;

bool same_source(const CacheEntry& e, const StrView& v, uint32_t flags) {
  if (e.flags != flags || e.length != v.length) return false;
  for (size_t i = 0; i < v.length; ++i) {
    if (e.source[i] != v.at(i)) return false;
  }
  return true;
}

void cache_grow() {
  size_t capacity = cache_capacity ? cache_capacity * 2 : 64;
  CacheEntry* slots = static_cast<CacheEntry*>(xcalloc(capacity, sizeof(CacheEntry)));
  for (size_t i = 0; i < cache_capacity; ++i) {
    if (!cache_slots[i].program) continue;
    size_t j = cache_slots[i].hash & (capacity - 1);
    while (slots[j].program) j = (j + 1) & (capacity - 1);
    slots[j] = cache_slots[i];
  }
  free(cache_slots);
  cache_slots = slots;
  cache_capacity = capacity;
}

Program* cache_find(const StrView& v, uint32_t flags, uint32_t hash) {
  if (cache_capacity == 0) return nullptr;
  for (size_t j = hash & (cache_capacity - 1); cache_slots[j].program; j = (j + 1) & (cache_capacity - 1)) {
    if (cache_slots[j].hash == hash && same_source(cache_slots[j], v, flags)) return cache_slots[j].program;
  }
  return nullptr;
}

void cache_insert(const StrView& v, uint32_t flags, uint32_t hash, Program* program) {
  if ((cache_count + 1) * 2 > cache_capacity) cache_grow();
  size_t j = hash & (cache_capacity - 1);
  while (cache_slots[j].program) j = (j + 1) & (cache_capacity - 1);
  uint16_t* copy = static_cast<uint16_t*>(xmalloc((v.length ? v.length : 1) * sizeof(uint16_t)));
  for (size_t i = 0; i < v.length; ++i) copy[i] = (uint16_t)v.at(i);
  cache_slots[j] = CacheEntry{hash, flags, copy, v.length, program};
  ++cache_count;
}

// The last compilation error of this thread (a static string).
thread_local const char* last_error;

inline const Program* as_program(int64_t handle) { return reinterpret_cast<const Program*>(handle); }

}  // namespace

}  // namespace regexp
}  // namespace dartrt

using namespace dartrt;
using namespace dartrt::regexp;

extern "C" {

// The program for `source` with `flags`, or 0 when the pattern is invalid (dartrt_regexp_error
// then gives the message).
int64_t dartrt_regexp_compile(dart_word source, int64_t flags) {
  StrView v = string_view(source);
  uint32_t f = (uint32_t)flags;
  uint32_t hash = string_hash_of(v) ^ (f * 0x9E3779B9u);
  pthread_mutex_lock(&cache_lock);
  Program* program = cache_find(v, f, hash);
  pthread_mutex_unlock(&cache_lock);
  if (program) return reinterpret_cast<int64_t>(program);
  Tree tree;
  const char* error;
  if (!parse(v, f, &tree, &error)) {
    last_error = error;
    return 0;
  }
  program = compile(&tree, f);
  tree.release();
  pthread_mutex_lock(&cache_lock);
  Program* raced = cache_find(v, f, hash);
  if (raced) {
    program = raced;  // another isolate compiled it meanwhile; ours is dropped (rare, small)
  } else {
    cache_insert(v, f, hash, program);
  }
  pthread_mutex_unlock(&cache_lock);
  return reinterpret_cast<int64_t>(program);
}

// The message of this thread's last failed dartrt_regexp_compile. A message starting with '!'
// names a feature dartc does not support (UnsupportedError) rather than a syntax error.
dart_word dartrt_regexp_error() { return string_from_cstring(last_error ? last_error : "Invalid pattern"); }

int64_t dartrt_regexp_group_count(int64_t program) { return as_program(program)->capture_count; }

int64_t dartrt_regexp_name_count(int64_t program) { return (int64_t)as_program(program)->name_groups.count; }

// Named groups are numbered in the order the VM lists them (groupNames): by closing parenthesis.
int64_t dartrt_regexp_name_group(int64_t program, int64_t i) {
  const Program* p = as_program(program);
  return p->name_groups[p->name_order[(size_t)i]];
}

dart_word dartrt_regexp_name(int64_t program, int64_t order) {
  const Program* p = as_program(program);
  size_t i = p->name_order[(size_t)order];
  size_t from = p->name_starts[(size_t)i], to = p->name_starts[(size_t)i + 1];
  bool two_byte = false;
  for (size_t k = from; k < to; ++k) two_byte |= p->name_units[k] > 0xFF;
  DartString* s = string_alloc(two_byte, to - from);
  for (size_t k = from; k < to; ++k) {
    if (two_byte) {
      const_cast<uint16_t*>(dart_two_byte_data(s))[k - from] = p->name_units[k];
    } else {
      const_cast<uint8_t*>(dart_one_byte_data(s))[k - from] = (uint8_t)p->name_units[k];
    }
  }
  return reinterpret_cast<dart_word>(s);
}

// Matches from `start` (only at `start` when `sticky`). On success writes the start and end of
// every group into `out` (a _List of 2 * (groupCount + 1) elements; -1 for groups that did not
// participate) as Smis, which need no write barrier, and returns true.
bool dartrt_regexp_exec(int64_t program, dart_word input, int64_t start, bool sticky, dart_word out) {
  const Program* p = as_program(program);
  size_t slot_count = 2 * ((size_t)p->capture_count + 1);
  int64_t small[32];
  int64_t* captures = slot_count <= 32 ? small : static_cast<int64_t*>(xmalloc(slot_count * sizeof(int64_t)));
  bool found = match(p, string_view(input), (size_t)start, sticky, captures);
  if (found) {
    dart_word* data = dart_array_data(reinterpret_cast<DartArray*>(out));
    for (size_t i = 0; i < slot_count; ++i) data[i] = dart_smi_from(captures[i]);
  }
  if (captures != small) free(captures);
  return found;
}

}  // extern "C"
