// Reified types: instantiation of type templates, subtype tests, runtimeType and the natives of
// the core library's `_Type` (the layout and the reasoning are in abi.h and docs/generics.md).
//
// Types built here are interned outside the GC heap and never freed: a program only ever builds
// finitely many distinct types from its finitely many templates (except by polymorphic
// recursion, which is rare enough not to matter), and immortal types may be stored anywhere
// without the collector knowing.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dart_string.h"
#include "process_exit.h"
#include "runtime.h"

namespace {

// --- Well-known types -----------------------------------------------------------------------------------

struct StaticType {
  alignas(16) DartRtType type;
};

StaticType g_dynamic{{0, DART_TYPE_DYNAMIC, 1, 0, 0}};
StaticType g_null{{0, DART_TYPE_NULL, 1, 0, 0}};
StaticType g_function{{0, DART_TYPE_FUNCTION, 0, 0, 0}};

// Headers need the _Type cid, which codegen decides; fill them in on first use.
const DartRtType* well_known(StaticType& t) {
  t.type.header = dart_make_header(dartrt_builtin_cids.type_cid, sizeof(DartRtType));
  return &t.type;
}

const DartClassTypes* class_types(uint32_t cid) {
  return cid < dartrt_class_count ? &dartrt_class_types[cid] : nullptr;
}

bool is_object(const DartRtType* t) {
  // Object is the only class whose supertypes are just itself.
  if (t->kind != DART_TYPE_INTERFACE) return false;
  const DartClassTypes* ct = class_types(t->id);
  return ct && ct->num_supertypes == 1;
}

bool is_top(const DartRtType* t) {
  if (t->kind == DART_TYPE_DYNAMIC || t->kind == DART_TYPE_VOID) return true;
  return t->nullable && is_object(t);
}

// Null <: t (the spec's "nullable"): t? , Null, a top type, or a FutureOr of such a type
// (FutureOr<int?> holds null without being marked nullable, abi.h).
bool admits_null(const DartRtType* t) {
  switch (t->kind) {
    case DART_TYPE_DYNAMIC:
    case DART_TYPE_VOID:
    case DART_TYPE_NULL: return true;
    case DART_TYPE_FUTURE_OR: return t->nullable || admits_null(t->args[0]);
    default: return t->nullable;
  }
}

// --- Interning ----------------------------------------------------------------------------------------------
// Two open-addressing tables of immortal objects (types by their shallow shape, vectors by
// their entries), under one lock: isolates may instantiate types concurrently.

// Room for the type arguments of one type or vector while it is built: on the stack for the
// usual counts, on the malloc heap beyond (a class may have any number of type parameters).
class TypeList {
 public:
  explicit TypeList(size_t n)
      : items_(n <= kLocal ? local_ : static_cast<const DartRtType**>(dartrt::xmalloc(n * sizeof(const DartRtType*)))) {}
  ~TypeList() {
    if (items_ != local_) free(items_);
  }
  TypeList(const TypeList&) = delete;
  TypeList& operator=(const TypeList&) = delete;
  const DartRtType*& operator[](size_t i) { return items_[i]; }
  const DartRtType* const* data() const { return items_; }

 private:
  static constexpr size_t kLocal = 16;
  const DartRtType* local_[kLocal];
  const DartRtType** items_;
};

pthread_mutex_t g_intern_lock = PTHREAD_MUTEX_INITIALIZER;

struct Table {
  void** slots = nullptr;
  size_t capacity = 0;
  size_t count = 0;
};
Table g_types;
Table g_vectors;

void* immortal_alloc(size_t bytes) {
  void* p = aligned_alloc(DART_OBJECT_ALIGNMENT, (bytes + DART_OBJECT_ALIGNMENT - 1) & ~size_t(DART_OBJECT_ALIGNMENT - 1));
  if (!p) dartrt::out_of_memory(bytes);
  return p;
}

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h;
}

uint64_t shape_hash(uint8_t kind, uint8_t nullable, uint32_t id, const DartRtType* const* args, size_t n) {
  uint64_t h = mix(mix(mix(kind, nullable), id), n);
  for (size_t i = 0; i < n; ++i) h = mix(h, reinterpret_cast<uintptr_t>(args[i]));
  return h;
}

uint64_t vector_hash(const DartRtType* const* types, size_t n) {
  uint64_t h = n;
  for (size_t i = 0; i < n; ++i) h = mix(h, reinterpret_cast<uintptr_t>(types[i]));
  return h;
}

bool same_shape(const DartRtType* t, uint8_t kind, uint8_t nullable, uint32_t id, const DartRtType* const* args, size_t n) {
  if (t->kind != kind || t->nullable != nullable || t->id != id || t->num_args != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (t->args[i] != args[i]) return false;
  }
  return true;
}

bool same_entries(const DartRtTypeArgs* v, const DartRtType* const* types, size_t n) {
  if (v->length != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (v->types[i] != types[i]) return false;
  }
  return true;
}

// Doubles the table, rehashing with `hash_of`.
template <typename HashOf>
void grow(Table& t, HashOf hash_of) {
  size_t capacity = t.capacity ? t.capacity * 2 : 256;
  void** slots = static_cast<void**>(calloc(capacity, sizeof(void*)));
  if (!slots) dartrt::out_of_memory(capacity * sizeof(void*));
  for (size_t i = 0; i < t.capacity; ++i) {
    if (!t.slots[i]) continue;
    size_t j = hash_of(t.slots[i]) & (capacity - 1);
    while (slots[j]) j = (j + 1) & (capacity - 1);
    slots[j] = t.slots[i];
  }
  free(t.slots);
  t.slots = slots;
  t.capacity = capacity;
}

uint64_t hash_of_type(void* p) {
  auto* t = static_cast<const DartRtType*>(p);
  return shape_hash(t->kind, t->nullable, t->id, t->args, t->num_args);
}

uint64_t hash_of_vector(void* p) {
  auto* v = static_cast<const DartRtTypeArgs*>(p);
  return vector_hash(v->types, v->length);
}

// Finds the entry `matches` accepts in `table` (hashed `hash`), or adds the one `create` makes.
template <typename Entry, typename HashOf, typename Matches, typename Create>
const Entry* intern(Table& table, HashOf hash_of, uint64_t hash, Matches matches, Create create) {
  pthread_mutex_lock(&g_intern_lock);
  if ((table.count + 1) * 2 > table.capacity) grow(table, hash_of);
  size_t mask = table.capacity - 1;
  size_t j = hash & mask;
  while (table.slots[j]) {
    auto* existing = static_cast<const Entry*>(table.slots[j]);
    if (matches(existing)) {
      pthread_mutex_unlock(&g_intern_lock);
      return existing;
    }
    j = (j + 1) & mask;
  }
  Entry* made = create();
  table.slots[j] = made;
  table.count++;
  pthread_mutex_unlock(&g_intern_lock);
  return made;
}

const DartRtType* intern_type(uint8_t kind, uint8_t nullable, uint32_t id, const DartRtType* const* args, size_t n) {
  return intern<DartRtType>(
      g_types, hash_of_type, shape_hash(kind, nullable, id, args, n),
      [&](const DartRtType* t) { return same_shape(t, kind, nullable, id, args, n); },
      [&] {
        size_t bytes = sizeof(DartRtType) + n * sizeof(DartRtType*);
        auto* t = static_cast<DartRtType*>(immortal_alloc(bytes));
        t->header = dart_make_header(dartrt_builtin_cids.type_cid, dart_align_size(bytes));
        t->kind = kind;
        t->nullable = nullable;
        t->num_args = static_cast<uint16_t>(n);
        t->id = id;
        for (size_t i = 0; i < n; ++i) t->args[i] = args[i];
        return t;
      });
}

const DartRtTypeArgs* intern_vector(const DartRtType* const* types, size_t n) {
  return intern<DartRtTypeArgs>(
      g_vectors, hash_of_vector, vector_hash(types, n), [&](const DartRtTypeArgs* v) { return same_entries(v, types, n); },
      [&] {
        auto* v = static_cast<DartRtTypeArgs*>(immortal_alloc(sizeof(DartRtTypeArgs) + n * sizeof(DartRtType*)));
        v->header = 0;
        v->length = n;
        for (size_t i = 0; i < n; ++i) v->types[i] = types[i];
        return v;
      });
}

// --- Instantiation ---------------------------------------------------------------------------------------

// The type parameters of the generic function types a subtype test is inside: their bounds,
// and the absolute number (DART_TYPE_BOUND_PARAM's id) of the first one.
struct Bounds {
  const DartRtType* const* bounds;
  uint32_t first;
  uint32_t count;
  const Bounds* outer;
};

// Where type parameter references point while instantiating or testing.
struct Env {
  const DartRtType* const* instantiator = nullptr;
  size_t instantiator_length = 0;
  const DartRtType* const* function = nullptr;
  size_t function_length = 0;
  const Bounds* bounds = nullptr;
};

Env env_of(const DartRtTypeArgs* instantiator, const DartRtTypeArgs* function) {
  Env e;
  if (instantiator) e.instantiator = instantiator->types, e.instantiator_length = instantiator->length;
  if (function) e.function = function->types, e.function_length = function->length;
  return e;
}

bool has_parameters(const DartRtType* t) {
  if (t->kind == DART_TYPE_CLASS_PARAM || t->kind == DART_TYPE_FUNCTION_PARAM) return true;
  for (uint16_t i = 0; i < t->num_args; ++i) {
    if (has_parameters(t->args[i])) return true;
  }
  return false;
}

// NORM(t?).
const DartRtType* with_nullable(const DartRtType* t) {
  if (t->nullable || t->kind == DART_TYPE_DYNAMIC || t->kind == DART_TYPE_VOID) return t;
  if (t->kind == DART_TYPE_NULL) return t;
  if (t->kind == DART_TYPE_NEVER) return well_known(g_null);  // Never? is Null
  if (t->kind == DART_TYPE_FUTURE_OR && admits_null(t->args[0])) return t;  // FutureOr<int?>? is FutureOr<int?>
  return intern_type(t->kind, 1, t->id, t->args, t->num_args);
}

// NORM(FutureOr<s>) (nullable: NORM(FutureOr<s>?)) for a normalized s; `future` is Future's
// class id. The same rules as codegen's Module::normalizeFutureOr, for the FutureOr types that
// only exist once a type parameter has its value (FutureOr<T> with T = Object is Object).
const DartRtType* future_or(uint8_t nullable, const DartRtType* s, uint32_t future) {
  const DartRtType* base;
  if (is_top(s) || is_object(s)) {
    base = s;
  } else if (s->kind == DART_TYPE_NEVER && !s->nullable) {
    base = intern_type(DART_TYPE_INTERFACE, 0, future, &s, 1);  // Future<Never>
  } else if (s->kind == DART_TYPE_NULL || s->kind == DART_TYPE_NEVER) {
    const DartRtType* null_type = well_known(g_null);
    base = intern_type(DART_TYPE_INTERFACE, 1, future, &null_type, 1);  // Future<Null>?
  } else {
    base = intern_type(DART_TYPE_FUTURE_OR, 0, future, &s, 1);
  }
  return nullable ? with_nullable(base) : base;
}

// A type of this shape, normalized: the arguments are the values just substituted.
const DartRtType* make_type(uint8_t kind, uint8_t nullable, uint32_t id, const DartRtType* const* args, size_t n) {
  if (kind == DART_TYPE_FUTURE_OR && n == 1) return future_or(nullable, args[0], id);
  return intern_type(kind, nullable, id, args, n);
}

const DartRtType* instantiate(const DartRtType* t, const Env& env) {
  if (t->kind == DART_TYPE_CLASS_PARAM || t->kind == DART_TYPE_FUNCTION_PARAM) {
    bool cls = t->kind == DART_TYPE_CLASS_PARAM;
    const DartRtType* const* vec = cls ? env.instantiator : env.function;
    size_t length = cls ? env.instantiator_length : env.function_length;
    const DartRtType* value = vec && t->id < length ? vec[t->id] : well_known(g_dynamic);
    return t->nullable ? with_nullable(value) : value;
  }
  if (!has_parameters(t)) return t;
  TypeList args(t->num_args);
  for (uint16_t i = 0; i < t->num_args; ++i) args[i] = instantiate(t->args[i], env);
  return make_type(t->kind, t->nullable, t->id, args.data(), t->num_args);
}

// Instantiations repeat (the same template in the same generic context): a small per-thread
// cache keyed by the three pointers skips the work and the lock. It is two-way set associative
// (a set's newer entry first), indexed by a multiplicative hash of all three pointers: with
// one entry per slot and a hash of shifted XORs, a program's few dozen live pairs collided often
// (havlak missed 11 % of 7.3 M lookups, each miss taking the intern table's lock).
struct CacheEntry {
  const void* templ = nullptr;
  const void* instantiator = nullptr;
  const void* function = nullptr;
  const void* result = nullptr;
};
constexpr size_t kCacheSets = 256;
thread_local CacheEntry t_cache[kCacheSets][2];

CacheEntry* cache_set(const void* templ, const void* instantiator, const void* function) {
  uint64_t h = reinterpret_cast<uintptr_t>(templ) * 0x9e3779b97f4a7c15ull ^
               reinterpret_cast<uintptr_t>(instantiator) * 0xc2b2ae3d27d4eb4full ^
               reinterpret_cast<uintptr_t>(function) * 0x165667b19e3779f9ull;
  return t_cache[h >> 56];
  static_assert(kCacheSets == 256, "the set index is the hash's top 8 bits");
}

bool cache_hit(const CacheEntry& e, const void* templ, const void* instantiator, const void* function) {
  return e.templ == templ && e.instantiator == instantiator && e.function == function;
}

// A miss: computes, and makes the result the set's newer entry. Out of line, so that the
// lookup's hit path saves no registers (the miss is a tail call).
template <typename Result, const Result* (*compute)(const Result*, const DartRtTypeArgs*, const DartRtTypeArgs*)>
__attribute__((noinline)) const Result* cache_miss(CacheEntry* set, const Result* templ, const DartRtTypeArgs* instantiator,
                                                   const DartRtTypeArgs* function) {
  const Result* r = compute(templ, instantiator, function);
  set[1] = set[0];
  set[0] = {templ, instantiator, function, r};
  return r;
}

template <typename Result, const Result* (*compute)(const Result*, const DartRtTypeArgs*, const DartRtTypeArgs*)>
const Result* cached(const Result* templ, const DartRtTypeArgs* instantiator, const DartRtTypeArgs* function) {
  CacheEntry* set = cache_set(templ, instantiator, function);
  if (cache_hit(set[0], templ, instantiator, function)) return static_cast<const Result*>(set[0].result);
  if (cache_hit(set[1], templ, instantiator, function)) return static_cast<const Result*>(set[1].result);
  return cache_miss<Result, compute>(set, templ, instantiator, function);
}

const DartRtType* instantiate_uncached(const DartRtType* t, const DartRtTypeArgs* instantiator, const DartRtTypeArgs* function) {
  return instantiate(t, env_of(instantiator, function));
}

const DartRtTypeArgs* instantiate_args_uncached(const DartRtTypeArgs* v, const DartRtTypeArgs* instantiator,
                                                const DartRtTypeArgs* function) {
  Env env = env_of(instantiator, function);
  TypeList types(v->length);
  for (size_t i = 0; i < v->length; ++i) types[i] = instantiate(v->types[i], env);
  return intern_vector(types.data(), v->length);
}

// --- Subtyping ----------------------------------------------------------------------------------------------

const DartRtType* resolve(const DartRtType* t, const Env& env, bool& nullable) {
  nullable = t->nullable;
  if (t->kind == DART_TYPE_CLASS_PARAM || t->kind == DART_TYPE_FUNCTION_PARAM) {
    const DartRtType* r = instantiate(t, env);
    nullable = r->nullable || t->nullable;
    return r;
  }
  return t;
}

// Whether class `cid` has class `target` among its supertypes by the target's run of subtype
// class ids (DartClassTypes.subtype_first): decides most tests of class types without type
// arguments at once; false means "search the supertypes".
bool in_subtype_run(uint32_t cid, uint32_t target) {
  const DartClassTypes* ct = class_types(target);
  return ct && cid - ct->subtype_first < ct->subtype_count;
}

const DartSupertype* find_supertype(uint32_t cid, uint32_t target) {
  const DartClassTypes* ct = class_types(cid);
  if (!ct) return nullptr;
  for (uint32_t i = 0; i < ct->num_supertypes; ++i) {
    if (ct->supertypes[i].cid == target) return &ct->supertypes[i];
  }
  return nullptr;
}

bool args_match(const DartSupertype* super, const Env& own, const DartRtType* t);
bool function_subtype(const DartRtType* s, const Env& env, const DartRtType* t);
bool same_type(const DartRtType* a, const DartRtType* b);

// s without its `?` (s is neither Null nor a top type).
const DartRtType* non_null(const DartRtType* s) {
  return s->nullable ? intern_type(s->kind, 0, s->id, s->args, s->num_args) : s;
}

const DartRtType* bound_of(const Env& env, uint32_t id) {
  for (const Bounds* b = env.bounds; b; b = b->outer) {
    if (id >= b->first && id < b->first + b->count) return b->bounds[id - b->first];
  }
  return nullptr;
}

// s <: t, where s may still mention the class parameters of `env` (a supertype template) and t
// is fully instantiated.
bool subtype(const DartRtType* s_in, const Env& env, const DartRtType* t) {
  bool s_nullable;
  const DartRtType* s = resolve(s_in, env, s_nullable);
  if (s == t) return true;
  if (is_top(t)) return true;
  if (s->kind == DART_TYPE_NEVER && !s_nullable) return true;
  if (s->kind == DART_TYPE_NULL || s->kind == DART_TYPE_NEVER) return admits_null(t);
  if (s->kind == DART_TYPE_DYNAMIC || s->kind == DART_TYPE_VOID) return false;
  // S? <: T when Null <: T and S <: T: past this test only S matters (s's own flag is ignored
  // below, except where S is tested against a part of t, which takes non_null(s)).
  if (s_nullable && !admits_null(t)) return false;
  if (s->kind == DART_TYPE_FUTURE_OR) {
    // FutureOr<S0> <: T when S0 <: T and Future<S0> <: T (s->id is Future's class id).
    const DartRtType* s0 = s->args[0];
    return subtype(s0, env, t) && subtype(intern_type(DART_TYPE_INTERFACE, 0, s->id, &s0, 1), env, t);
  }
  if (s->kind == DART_TYPE_BOUND_PARAM) {
    // A type parameter of a generic function type: itself, or what its bound is a subtype of.
    if (t->kind == DART_TYPE_BOUND_PARAM) return s->id == t->id;
    if (t->kind == DART_TYPE_FUTURE_OR && subtype(non_null(s), env, t->args[0])) return true;
    const DartRtType* bound = bound_of(env, s->id);
    return bound && subtype(bound, env, t);
  }
  if (t->kind == DART_TYPE_BOUND_PARAM) return false;
  // S <: FutureOr<T0> when S <: T0, or S <: Future<T0>: the interface test below, t->id being
  // Future's class id and t's argument T0.
  if (t->kind == DART_TYPE_FUTURE_OR && subtype(s_nullable ? non_null(s) : s, env, t->args[0])) return true;
  if (t->kind == DART_TYPE_RECORD) {
    // Record types are covariant in their fields; the shape must be the same.
    if (s->kind != DART_TYPE_RECORD || s->id != t->id || s->num_args != t->num_args) return false;
    for (uint16_t i = 0; i < t->num_args; ++i) {
      if (!subtype(s->args[i], env, t->args[i])) return false;
    }
    return true;
  }
  if (t->kind != DART_TYPE_INTERFACE && t->kind != DART_TYPE_FUNCTION && t->kind != DART_TYPE_FUTURE_OR) return false;
  if (is_object(t)) return true;
  if (s->kind == DART_TYPE_INTERFACE && t->kind == DART_TYPE_INTERFACE && t->num_args == 0 && in_subtype_run(s->id, t->id)) return true;
  if (t->kind == DART_TYPE_FUNCTION) return s->kind == DART_TYPE_FUNCTION && function_subtype(s, env, t);
  // Function types are instances of the closure class as far as interfaces go (Function, Object),
  // record types instances of _Record (Record, Object).
  uint32_t cid = s->kind == DART_TYPE_FUNCTION ? dartrt_builtin_cids.closure_cid
                 : s->kind == DART_TYPE_RECORD ? dartrt_builtin_cids.record_cid
                                                : s->id;
  if (s->kind == DART_TYPE_RECORD && cid == 0) return false;
  const DartSupertype* super = find_supertype(cid, t->id);
  if (!super) return false;
  if (t->num_args == 0) return true;
  Env own;
  own.bounds = env.bounds;
  if (s->kind == DART_TYPE_INTERFACE) {
    own.instantiator = s->args;
    own.instantiator_length = s->num_args;
    // The arguments of s may themselves mention the outer environment's parameters.
    if (has_parameters(s)) {
      const DartRtType* closed = instantiate(s, env);
      own.instantiator = closed->args;
    }
  }
  return args_match(super, own, t);
}

bool args_match(const DartSupertype* super, const Env& own, const DartRtType* t) {
  for (uint16_t i = 0; i < t->num_args; ++i) {
    const DartRtType* arg = super->args && i < super->args->length ? super->args->types[i] : well_known(g_dynamic);
    if (!subtype(arg, own, t->args[i])) return false;
  }
  return true;
}

const DartFunctionShape* function_shape(const DartRtType* t) {
  if (t->kind != DART_TYPE_FUNCTION || t->id == 0 || t->id >= dartrt_function_shape_count) return nullptr;
  return &dartrt_function_shapes[t->id];
}

// The function type rule of the subtype relation: same type parameters (with equal bounds,
// up to renaming), covariant return type, contravariant parameter types; s may accept more
// optional parameters than t, and a named parameter required in s must be required in t.
bool function_subtype(const DartRtType* s, const Env& env, const DartRtType* t) {
  if (t->id == 0) return true;  // (never emitted as a test: any function)
  const DartFunctionShape* ss = function_shape(s);
  const DartFunctionShape* ts = function_shape(t);
  if (!ss || !ts) dartrt::fatal("the function type of this closure is not reified (not supported yet)");
  // A template's class parameters (a supertype's arguments) are replaced first: then both
  // sides are closed and the contravariant tests may swap them.
  if (has_parameters(s)) s = instantiate(s, env);
  uint32_t n = ts->num_type_params;
  if (ss->num_type_params != n) return false;
  Env inner;
  inner.bounds = env.bounds;
  Bounds frame{};
  if (n) {
    const DartRtType* const* s_bounds = s->args + (s->num_args - n);
    const DartRtType* const* t_bounds = t->args + (t->num_args - n);
    for (uint32_t i = 0; i < n; ++i) {
      if (!same_type(s_bounds[i], t_bounds[i])) return false;
    }
    uint32_t first = env.bounds ? env.bounds->first + env.bounds->count : 0;
    frame = Bounds{t_bounds, first, n, env.bounds};
    inner.bounds = &frame;
  }
  if (!subtype(s->args[0], inner, t->args[0])) return false;
  if (ss->num_required > ts->num_required || ss->num_positional < ts->num_positional) return false;
  for (uint32_t i = 0; i < ts->num_positional; ++i) {
    if (!subtype(t->args[1 + i], inner, s->args[1 + i])) return false;
  }
  const DartRtType* const* s_named = s->args + 1 + ss->num_positional;
  const DartRtType* const* t_named = t->args + 1 + ts->num_positional;
  for (uint32_t i = 0; i < ts->num_named; ++i) {
    uint32_t j = 0;
    while (j < ss->num_named && strcmp(ss->names[j], ts->names[i]) != 0) ++j;
    if (j == ss->num_named) return false;
    if (ss->required_named[j] && !ts->required_named[i]) return false;
    if (!subtype(t_named[i], inner, s_named[j])) return false;
  }
  for (uint32_t j = 0; j < ss->num_named; ++j) {
    if (!ss->required_named[j]) continue;
    bool found = false;
    for (uint32_t i = 0; i < ts->num_named && !found; ++i) found = strcmp(ss->names[j], ts->names[i]) == 0;
    if (!found) return false;
  }
  return true;
}

// The function type of a closure (abi.h, DartFunctionInfo).
const DartRtType* closure_type(dart_word closure) {
  auto* info = reinterpret_cast<const DartFunctionInfo*>(reinterpret_cast<const DartClosure*>(closure)->function);
  if (info && info->type) return info->type;
  if (info && info->type_of) return info->type_of(closure);
  return well_known(g_function);
}

// Replaces the first n type parameters of a generic function type by `args`, renumbering the
// parameters of the function types nested in it.
bool mentions_bound(const DartRtType* t) {
  if (t->kind == DART_TYPE_BOUND_PARAM) return true;
  for (uint16_t i = 0; i < t->num_args; ++i) {
    if (mentions_bound(t->args[i])) return true;
  }
  return false;
}

const DartRtType* substitute_bound(const DartRtType* t, const DartRtType* const* args, uint32_t n) {
  if (t->kind == DART_TYPE_BOUND_PARAM) {
    if (t->id >= n) return intern_type(DART_TYPE_BOUND_PARAM, t->nullable, t->id - n, nullptr, 0);
    return t->nullable ? with_nullable(args[t->id]) : args[t->id];
  }
  if (!mentions_bound(t)) return t;
  TypeList out(t->num_args);
  for (uint16_t i = 0; i < t->num_args; ++i) out[i] = substitute_bound(t->args[i], args, n);
  return make_type(t->kind, t->nullable, t->id, out.data(), t->num_args);
}

uint32_t cid_of(dart_word value) {
  if (value == DART_NULL) return dartrt_builtin_cids.null_cid;
  if (dart_is_smi(value)) return dartrt_builtin_cids.int_cid;
  return dart_header_cid(reinterpret_cast<const DartObject*>(value)->header);
}

// Records (abi.h): the data array of a `_Record` instance, or null for any other value.
const DartArray* record_data(dart_word value) {
  uint32_t rc = dartrt_builtin_cids.record_cid;
  if (rc == 0 || value == DART_NULL || dart_is_smi(value) || cid_of(value) != rc) return nullptr;
  return *reinterpret_cast<const DartArray* const*>(value + DART_RECORD_DATA_OFFSET);
}

const dart_word* record_fields(const DartArray* data) { return reinterpret_cast<const dart_word*>(data + 1) + 1; }

uint32_t record_shape(const DartArray* data) {
  return static_cast<uint32_t>(dart_smi_value(reinterpret_cast<const dart_word*>(data + 1)[0]));
}

// The instance's own type arguments (the tail of its flattened vector).
Env own_arguments(dart_word value, const DartClassTypes* ct) {
  Env own;
  if (!ct || ct->type_args_offset < 0 || ct->num_own_args == 0) return own;
  auto* vec = *reinterpret_cast<const DartRtTypeArgs* const*>(value + ct->type_args_offset);
  if (!vec || vec->length < ct->num_flat_args) return own;
  own.instantiator = vec->types + (ct->num_flat_args - ct->num_own_args);
  own.instantiator_length = ct->num_own_args;
  return own;
}

// --- Printing -------------------------------------------------------------------------------------------------

struct Text {
  char* data = nullptr;
  size_t length = 0;
  size_t capacity = 0;
  Text& operator+=(const char* s) {
    size_t n = strlen(s);
    if (length + n + 1 > capacity) {
      capacity = (length + n + 1) * 2;
      data = static_cast<char*>(realloc(data, capacity));
      if (!data) dartrt::out_of_memory(capacity);
    }
    memcpy(data + length, s, n);
    length += n;
    return *this;
  }
  Text& operator+=(char c) {
    char s[2] = {c, 0};
    return *this += s;
  }
  ~Text() { free(data); }
};

// The generic function types around the part being printed: the VM names a function type's
// parameters by position, Y0, Y1, ..., prefixed with F<n> when n parameters of enclosing
// function types come first (TypeParameter::CanonicalNameCString).
struct PrintFrame {
  uint32_t first;
  uint32_t count;
  const PrintFrame* outer;
};

void append_bound_param(Text& out, uint32_t id, const PrintFrame* frames) {
  uint32_t first = 0;
  for (const PrintFrame* f = frames; f; f = f->outer) {
    if (id >= f->first && id < f->first + f->count) {
      first = f->first;
      break;
    }
  }
  char buf[48];
  if (first) snprintf(buf, sizeof buf, "F%uY%u", first, id - first);
  else snprintf(buf, sizeof buf, "Y%u", id);
  out += buf;
}

void append_type(Text& out, const DartRtType* t, const PrintFrame* frames = nullptr);

// As the VM prints a function type (FunctionType::Print): `<Y0 extends num>(int, [String?]) =>
// void`, named parameters as `{required int a, int b}`; a nullable one in parentheses.
void append_function_type(Text& out, const DartRtType* t, const DartFunctionShape* shape, const PrintFrame* frames) {
  if (t->nullable) out += '(';
  uint32_t n = shape->num_type_params;
  PrintFrame frame{frames ? frames->first + frames->count : 0, n, frames};
  const PrintFrame* inner = n ? &frame : frames;
  if (n) {
    out += '<';
    for (uint32_t i = 0; i < n; ++i) {
      if (i) out += ", ";
      append_bound_param(out, frame.first + i, inner);
      // Object, Object? and dynamic are the default bounds, not printed.
      const DartRtType* bound = t->args[t->num_args - n + i];
      if (bound->kind != DART_TYPE_DYNAMIC && !is_object(bound)) {
        out += " extends ";
        append_type(out, bound, inner);
      }
    }
    out += '>';
  }
  out += '(';
  uint32_t total = shape->num_positional + shape->num_named;
  for (uint32_t i = 0; i < total; ++i) {
    if (i == shape->num_required) out += shape->num_named ? "{" : "[";
    if (i >= shape->num_positional && shape->required_named[i - shape->num_positional]) out += "required ";
    append_type(out, t->args[1 + i], inner);
    if (i >= shape->num_positional) {
      out += ' ';
      out += shape->names[i - shape->num_positional];
    }
    if (i + 1 < total) out += ", ";
  }
  if (shape->num_required < total) out += shape->num_named ? "}" : "]";
  out += ") => ";
  append_type(out, t->args[0], inner);
  if (t->nullable) out += ")?";
}

void append_type(Text& out, const DartRtType* t, const PrintFrame* frames) {
  switch (t->kind) {
    case DART_TYPE_DYNAMIC: out += "dynamic"; return;
    case DART_TYPE_VOID: out += "void"; return;
    case DART_TYPE_NEVER: out += t->nullable ? "Null" : "Never"; return;
    case DART_TYPE_NULL: out += "Null"; return;
    case DART_TYPE_FUNCTION:
      if (const DartFunctionShape* shape = function_shape(t)) {
        append_function_type(out, t, shape, frames);
        return;
      }
      out += "Function";
      break;
    case DART_TYPE_BOUND_PARAM: append_bound_param(out, t->id, frames); break;
    case DART_TYPE_FUTURE_OR:
      out += "FutureOr<";
      append_type(out, t->args[0], frames);
      out += '>';
      break;
    case DART_TYPE_INTERFACE: {
      const DartClassTypes* ct = class_types(t->id);
      out += ct && ct->name ? ct->name : "?";
      if (t->num_args) {
        out += '<';
        for (uint16_t i = 0; i < t->num_args; ++i) {
          if (i) out += ", ";
          append_type(out, t->args[i], frames);
        }
        out += '>';
      }
      break;
    }
    case DART_TYPE_RECORD: {
      // As the VM prints record types: (int, String), ({int x, int y}), (int, {String name}).
      const DartRecordShape* shape = t->id < dartrt_record_shape_count ? &dartrt_record_shapes[t->id] : nullptr;
      uint32_t positional = shape ? shape->num_positional : t->num_args;
      out += '(';
      for (uint16_t i = 0; i < t->num_args; ++i) {
        if (i) out += ", ";
        if (i == positional) out += '{';
        append_type(out, t->args[i], frames);
        if (i >= positional && shape) {
          out += ' ';
          out += shape->names[i - positional];
        }
      }
      if (positional < t->num_args) out += '}';
      out += ')';
      break;
    }
    default: out += "dynamic"; return;
  }
  if (t->nullable) out += '?';
}

bool same_type(const DartRtType* a, const DartRtType* b) {
  if (a == b) return true;
  if (a->kind != b->kind || a->nullable != b->nullable || a->id != b->id || a->num_args != b->num_args) return false;
  for (uint16_t i = 0; i < a->num_args; ++i) {
    if (!same_type(a->args[i], b->args[i])) return false;
  }
  return true;
}

uint64_t hash_type(const DartRtType* t) {
  uint64_t h = (uint64_t(t->kind) * 31 + t->nullable) * 1000003u + t->id;
  for (uint16_t i = 0; i < t->num_args; ++i) h = h * 1000003u + hash_type(t->args[i]);
  return h;
}

}  // namespace

extern "C" {

const DartRtType* dartrt_instantiate_type(const DartRtType* t, const DartRtTypeArgs* instantiator,
                                          const DartRtTypeArgs* function) {
  return cached<DartRtType, instantiate_uncached>(t, instantiator, function);
}

const DartRtTypeArgs* dartrt_instantiate_type_args(const DartRtTypeArgs* v, const DartRtTypeArgs* instantiator,
                                                   const DartRtTypeArgs* function) {
  return cached<DartRtTypeArgs, instantiate_args_uncached>(v, instantiator, function);
}

}  // extern "C"

namespace {

__attribute__((noinline)) bool is_instance_slow(dart_word value, const DartRtType* t) {
  if (is_top(t)) return true;
  if (value == DART_NULL) return admits_null(t);
  switch (t->kind) {
    case DART_TYPE_INTERFACE: break;
    case DART_TYPE_FUTURE_OR:
      // T0, or Future<T0>: the interface test below (t->id is Future's, t's argument T0).
      if (dartrt_is_instance(value, t->args[0])) return true;
      break;
    case DART_TYPE_FUNCTION:
      if (cid_of(value) != dartrt_builtin_cids.closure_cid) return false;
      return subtype(closure_type(value), Env{}, t);
    case DART_TYPE_RECORD: {
      // The record's shape, and each field against its type (record types are covariant).
      const DartArray* data = record_data(value);
      if (!data || record_shape(data) != t->id || data->length - 1 != t->num_args) return false;
      const dart_word* fields = record_fields(data);
      for (uint16_t i = 0; i < t->num_args; ++i) {
        if (!dartrt_is_instance(fields[i], t->args[i])) return false;
      }
      return true;
    }
    default: return false;  // Never, Null
  }
  uint32_t cid = cid_of(value);
  // A value of the tested generic class itself whose arguments are the type's own (the same
  // type objects): no supertype search, no argument-by-argument subtyping (cd's RedBlackTree
  // values `Vector<Motion>` tested against V = Vector<Motion>).
  if (cid == t->id && t->num_args != 0) {
    Env own = own_arguments(value, class_types(cid));
    bool same = own.instantiator && own.instantiator_length == t->num_args;
    for (uint16_t i = 0; same && i < t->num_args; ++i) same = own.instantiator[i] == t->args[i];
    if (same) return true;
  }
  const DartSupertype* super = find_supertype(cid, t->id);
  if (!super) return false;
  if (t->num_args == 0) return true;
  return args_match(super, own_arguments(value, class_types(cid)), t);
}

}  // namespace

extern "C" {

// The commonest test that reaches the runtime (a class type without arguments, a value of one of
// its subclasses) in a few instructions and no saved registers; the rest in is_instance_slow.
bool dartrt_is_instance(dart_word value, const DartRtType* t) {
  if (value != DART_NULL && t->kind == DART_TYPE_INTERFACE && t->num_args == 0 && in_subtype_run(cid_of(value), t->id)) {
    return true;
  }
  return is_instance_slow(value, t);
}

dart_word dartrt_runtime_type(dart_word value) {
  uint32_t cid = cid_of(value);
  if (value == DART_NULL) return reinterpret_cast<dart_word>(well_known(g_null));
  if (cid == dartrt_builtin_cids.closure_cid) return reinterpret_cast<dart_word>(closure_type(value));
  if (const DartArray* data = record_data(value)) {
    // The record type of the fields' runtime types, as on the VM: (1, 'a').runtimeType is (int, String).
    size_t n = static_cast<size_t>(data->length - 1);
    TypeList args(n);
    for (size_t i = 0; i < n; ++i) {
      args[i] = reinterpret_cast<const DartRtType*>(dartrt_runtime_type(record_fields(data)[i]));
    }
    return reinterpret_cast<dart_word>(intern_type(DART_TYPE_RECORD, 0, record_shape(data), args.data(), n));
  }
  const DartClassTypes* ct = class_types(cid);
  Env own = own_arguments(value, ct);
  size_t n = ct ? ct->num_own_args : 0;
  TypeList args(n);
  for (size_t i = 0; i < n; ++i) args[i] = own.instantiator ? own.instantiator[i] : well_known(g_dynamic);
  // An implementation class of the core library reports its public class, as on the VM
  // (runtime/lib/object.cc, Object_runtimeType): 'a'.runtimeType == String.
  uint32_t type_cid = ct && ct->runtime_type_cid ? ct->runtime_type_cid : cid;
  return reinterpret_cast<dart_word>(intern_type(DART_TYPE_INTERFACE, 0, type_cid, args.data(), n));
}

dart_word dartrt_type_to_string(dart_word type) {
  Text text;
  append_type(text, reinterpret_cast<const DartRtType*>(type));
  return dartrt::string_from_latin1(text.data ? text.data : "", text.length);
}

dart_word dartrt_runtime_type_name(dart_word value) { return dartrt_type_to_string(dartrt_runtime_type(value)); }

bool dartrt_type_equals(dart_word a, dart_word b) {
  if (a == b) return true;
  if (a == DART_NULL || b == DART_NULL || dart_is_smi(a) || dart_is_smi(b)) return false;
  if (cid_of(b) != dartrt_builtin_cids.type_cid) return false;
  return same_type(reinterpret_cast<const DartRtType*>(a), reinterpret_cast<const DartRtType*>(b));
}

const DartRtType* dartrt_instantiate_function_type(const DartRtType* generic, const DartRtTypeArgs* args) {
  const DartFunctionShape* shape = function_shape(generic);
  uint32_t n = shape ? shape->num_type_params : 0;
  if (n == 0 || !args || args->length != n) return generic;
  size_t count = generic->num_args - n;  // the bounds go
  TypeList out(count);
  for (size_t i = 0; i < count; ++i) out[i] = substitute_bound(generic->args[i], args->types, n);
  return intern_type(DART_TYPE_FUNCTION, generic->nullable, shape->instantiated, out.data(), count);
}

int64_t dartrt_type_hash(dart_word type) {
  return static_cast<int64_t>(hash_type(reinterpret_cast<const DartRtType*>(type)) & ((uint64_t{1} << 30) - 1));
}

}  // extern "C"
