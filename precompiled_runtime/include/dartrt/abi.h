/* The runtime ABI: every layout and entry point shared by generated code and the runtime.
 *
 * Codegen includes this header (for offsets and constants) and the runtime implements the
 * entry points declared here. Nothing here may be duplicated elsewhere; if generated code needs a
 * number, it comes from this file. Plain C so both sides read the same definitions.
 *
 * See docs/runtime-abi.md for the reasoning behind each choice (DESIGN.md §2-§6). */
#ifndef DARTRT_ABI_H
#define DARTRT_ABI_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------
 * Value words.
 *
 * A value word holds any Dart value where the static type does not allow an unboxed
 * representation (Object?, dynamic, num, nullable types, type parameters, collection elements):
 *   0            null
 *   ...xxxx1     small int (Smi), value = (int64_t)word >> 1  (63-bit range)
 *   ...xxx0000   pointer to an object (16-byte aligned), on the heap or in read-only data
 * Ints outside the Smi range are boxed (DartBoxedInt), doubles are always boxed. */
typedef uint64_t dart_word;

#define DART_NULL ((dart_word)0)
#define DART_SMI_TAG 1u
#define DART_SMI_MIN (-(INT64_C(1) << 62))
#define DART_SMI_MAX ((INT64_C(1) << 62) - 1)
#define DART_OBJECT_ALIGNMENT 16u

static inline int dart_is_smi(dart_word w) { return (int)(w & DART_SMI_TAG); }
static inline int64_t dart_smi_value(dart_word w) { return (int64_t)w >> 1; }
static inline dart_word dart_smi_from(int64_t v) { return ((dart_word)v << 1) | DART_SMI_TAG; }
static inline int dart_fits_smi(int64_t v) { return v >= DART_SMI_MIN && v <= DART_SMI_MAX; }

/* ---------------------------------------------------------------------------------------------
 * Object header: one 64-bit word at offset 0 of every object.
 *   bits  0..31  class id (cid)
 *   bits 32..39  GC flags (owned by the collector; generated code writes them as 0)
 *   bits 40..63  size in 16-byte granules, or 0 when the object is too large to say
 *                (the collector then knows the size from its large-object space)
 * The size lets the collector walk and sweep without looking at the class table. */
#define DART_HEADER_CID_MASK UINT64_C(0xFFFFFFFF)
#define DART_HEADER_GC_SHIFT 32
#define DART_HEADER_GC_MASK (UINT64_C(0xFF) << DART_HEADER_GC_SHIFT)
#define DART_HEADER_SIZE_SHIFT 40
#define DART_HEADER_MAX_GRANULES ((UINT64_C(1) << 24) - 1)
/* GC flag: the object is old (it survived a collection) and not in the remembered set, so a
 * store of a value word into it must tell the collector (dartrt_write_barrier). Generated code
 * tests this one bit, in the header's byte DART_HEADER_BARRIER_BYTE (little-endian targets), before
 * such a store; objects allocated since the last collection never have it (docs/gc.md). */
#define DART_HEADER_BARRIER_BIT (UINT64_C(1) << DART_HEADER_GC_SHIFT)
#define DART_HEADER_BARRIER_BYTE 4
#define DART_HEADER_BARRIER_BYTE_MASK 1u

typedef struct DartObject {
  uint64_t header;
} DartObject;

static inline uint32_t dart_header_cid(uint64_t header) { return (uint32_t)(header & DART_HEADER_CID_MASK); }
static inline uint64_t dart_header_size(uint64_t header) {
  return (header >> DART_HEADER_SIZE_SHIFT) * DART_OBJECT_ALIGNMENT;
}
static inline uint64_t dart_make_header(uint32_t cid, uint64_t size_bytes) {
  uint64_t granules = (size_bytes + DART_OBJECT_ALIGNMENT - 1) / DART_OBJECT_ALIGNMENT;
  if (granules > DART_HEADER_MAX_GRANULES) granules = 0;
  return (uint64_t)cid | (granules << DART_HEADER_SIZE_SHIFT);
}
static inline uint64_t dart_align_size(uint64_t size) {
  return (size + DART_OBJECT_ALIGNMENT - 1) & ~(uint64_t)(DART_OBJECT_ALIGNMENT - 1);
}

/* Class ids from DART_FIRST_RESERVED_CID up are never given to a Dart class: the collector
 * writes DART_FILLER_CID headers over free memory so that every heap block stays walkable object
 * by object (docs/gc.md). A header word of 0 likewise marks one free 16-byte granule. */
#define DART_FIRST_RESERVED_CID UINT32_C(0xFFFFFF00)
#define DART_FILLER_CID UINT32_C(0xFFFFFFFF)

/* ---------------------------------------------------------------------------------------------
 * Built-in object layouts. Instances of user classes are laid out by codegen: header, then (for
 * generic classes) the type-arguments word, then fields; each field is one 8-byte slot holding an
 * unboxed int/double/bool or a value word, described by the class's pointer map. */

/* int outside the Smi range, and ints stored where a value word is needed but not a Smi. */
typedef struct DartBoxedInt {
  uint64_t header;
  int64_t value;
} DartBoxedInt;

typedef struct DartBoxedDouble {
  uint64_t header;
  double value;
} DartBoxedDouble;

/* `true` and `false` are two read-only objects of class bool emitted by codegen. */
typedef struct DartBool {
  uint64_t header;
  int64_t value;
} DartBool;

/* Strings are immutable sequences of UTF-16 code units, stored one byte per unit (Latin-1) when
 * every unit fits, else two. `hash` is 0 until computed. Data follows the fixed part. */
typedef struct DartString {
  uint64_t header;
  uint32_t length; /* in code units */
  uint32_t hash;
} DartString;

static inline const uint8_t* dart_one_byte_data(const DartString* s) { return (const uint8_t*)(s + 1); }
static inline const uint16_t* dart_two_byte_data(const DartString* s) { return (const uint16_t*)(s + 1); }

/* String invariants kept by the runtime: a string is two-byte only if one of its code units
 * is above 0xFF (so equal strings have equal representations; string literals emitted by codegen
 * must follow the same rule). The size of a string object is
 * dart_align_size(sizeof(DartString) + length * (1 or 2)).
 *
 * `hash` is the Dart VM's String.hashCode: Jenkins one-at-a-time over the UTF-16 code units,
 * starting from 0, finalized and cut to 30 bits, never 0:
 *     h = 0; for each unit u: h = dart_hash_combine(h, u); hash = dart_hash_finalize(h);
 * Codegen should store the hash of every string literal (read-only data cannot be written back;
 * the runtime computes but never caches the hash of a string that lies outside the heap). */
static inline uint32_t dart_hash_combine(uint32_t hash, uint32_t value) {
  hash += value;
  hash += hash << 10;
  hash ^= hash >> 6;
  return hash;
}
static inline uint32_t dart_hash_finalize(uint32_t hash) {
  hash += hash << 3;
  hash ^= hash >> 11;
  hash += hash << 15;
  hash &= (UINT32_C(1) << 30) - 1;
  return hash == 0 ? 1 : hash;
}

/* Fixed-length array of value words: the backing store of every List. */
typedef struct DartArray {
  uint64_t header;
  dart_word type_args; /* reified element type arguments, or null */
  int64_t length;
  /* dart_word data[length] follows */
} DartArray;

static inline dart_word* dart_array_data(DartArray* a) { return (dart_word*)(a + 1); }

/* dart:typed_data's _ByteStore: the bytes behind typed lists, their views and SIMD values. */
typedef struct DartByteStore {
  uint64_t header;
  int64_t length; /* in bytes */
  /* uint8_t bytes[length] follows, 16-byte aligned like every object */
} DartByteStore;

/* Closure: code pointer, captured context, and the receiver or type arguments where needed. */
typedef struct DartClosure {
  uint64_t header;
  void* code;          /* not a value word: never scanned */
  dart_word context;   /* context object, bound receiver of a tear-off, or null */
  dart_word function;  /* its DartFunctionInfo (read-only data) */
} DartClosure;

/* A captured stack trace (the object behind Dart's StackTrace for traces the runtime
 * captures at `throw`). Class: dartrt_builtin_cids.stack_trace_cid, layout DART_LAYOUT_BYTES with
 * instance_size 16 (the return addresses are raw code addresses, never value words). Only frames
 * of generated Dart functions are kept (those whose unwind region starts at an entry of
 * dartrt_function_table), innermost first. Turned into text by dartrt_stack_trace_to_string. */
typedef struct DartStackTrace {
  uint64_t header;
  int64_t length; /* number of frames */
  /* uintptr_t return_addresses[length] follow */
} DartStackTrace;

static inline uintptr_t* dart_stack_trace_frames(DartStackTrace* t) { return (uintptr_t*)(t + 1); }

/* A BigInt's magnitude (docs/bigint.md): `length` 64-bit limbs, least significant first, the
 * most significant one non-zero (zero has none). Class: dartrt_builtin_cids.bigint_digits_cid,
 * layout DART_LAYOUT_BYTES with instance_size 16; only the runtime's natives make and read them. */
typedef struct DartBigIntDigits {
  uint64_t header;
  int64_t length;
  /* uint64_t limbs[length] follow (the object may have room for more) */
} DartBigIntDigits;

static inline uint64_t* dart_bigint_limbs(DartBigIntDigits* d) { return (uint64_t*)(d + 1); }

/* ---------------------------------------------------------------------------------------------
 * Reified types (docs/generics.md).
 *
 * A type at run time is a DartRtType: an instance of the core library's `_Type` (so `runtimeType`
 * returns it directly). Types known at compile time are read-only data emitted by codegen; types
 * built at run time (instantiating `List<T>` with T's value) are interned by the runtime outside
 * the GC heap. Either way they never move and are never freed, so generated code may keep them
 * anywhere, and the collector ignores them (they are outside every heap region).
 *
 * Type arguments travel as a DartRtTypeArgs vector:
 *  - an instance of a generic class holds its vector in the word at `type_args_offset` of
 *    DartClassTypes; the vector is *flattened*: the arguments of the superclass chain's type
 *    parameters, outermost class first, then the class's own, so a type parameter of class C
 *    has the same index in every subclass of C;
 *  - a generic function or factory receives its vector as a hidden parameter after the receiver.
 * Type parameter references inside a DartRtType template name an index into one of the two
 * vectors (the instantiator's, or the function's); a missing vector means every argument is
 * `dynamic`. */
enum DartRtTypeKind {
  DART_TYPE_DYNAMIC = 0,
  DART_TYPE_VOID = 1,
  DART_TYPE_NEVER = 2,
  DART_TYPE_NULL = 3,
  DART_TYPE_INTERFACE = 4,      /* id: class id; args: the class's own type arguments */
  DART_TYPE_FUNCTION = 5,       /* id: shape (dartrt_function_shapes); args: the return type, the
                                   positional parameters' types, the named ones' (sorted by name),
                                   then the bounds of the type parameters. id 0 (no args): a
                                   closure whose signature is unknown; prints as `Function` */
  DART_TYPE_CLASS_PARAM = 6,    /* id: index into the instantiator's flattened vector */
  DART_TYPE_FUNCTION_PARAM = 7, /* id: index into the function's type argument vector */
  DART_TYPE_RECORD = 8,         /* id: shape (dartrt_record_shapes); args: the field types,
                                   positional first, then the named ones sorted by name */
  DART_TYPE_BOUND_PARAM = 9,    /* a type parameter of an enclosing generic function type: id
                                   counts the parameters of those function types, outermost
                                   first (alpha-equivalent types have equal encodings) */
  DART_TYPE_FUTURE_OR = 10,     /* FutureOr<T>: id: the class id of Future (the runtime tests
                                   `Future<T>` with it); args: T. Always normalized (the spec's
                                   NORM): never FutureOr<top>, <Object>, <Never> or <Null>, and
                                   not marked nullable when T admits null */
};

typedef struct DartRtType {
  uint64_t header; /* class: dartrt_builtin_cids.type_cid */
  uint8_t kind;    /* enum DartRtTypeKind */
  uint8_t nullable;
  uint16_t num_args;
  uint32_t id;
  const struct DartRtType* args[]; /* num_args entries */
} DartRtType;

typedef struct DartRtTypeArgs {
  uint64_t header; /* 0: never a Dart-visible object */
  uint64_t length;
  const DartRtType* types[];
} DartRtTypeArgs;

/* One supertype of a class (itself included), with its type arguments as a template over the
 * class's flattened vector (null when the supertype is not generic). */
typedef struct DartSupertype {
  uint32_t cid;
  uint32_t reserved;
  const DartRtTypeArgs* args;
} DartSupertype;

typedef struct DartClassTypes {
  const char* name;         /* as runtimeType prints it ("List" for _GrowableList) */
  int32_t type_args_offset; /* byte offset of the instance's vector, or -1 */
  uint16_t num_flat_args;   /* length of the flattened vector */
  uint16_t num_own_args;    /* the class's own parameters: the last entries of the vector */
  uint32_t num_supertypes;
  uint32_t runtime_type_cid; /* the class runtimeType reports (List for _GrowableList, String for
                                _OneByteString), with the same own type arguments; 0: this one */
  const DartSupertype* supertypes;
  /* The class ids first .. first + count - 1 (count 0: none) are classes that have this class
   * among their supertypes, Null excepted: for a type of this class without type arguments, a
   * value whose class id is in the range passes `is` without searching the supertypes. It is the
   * run of such ids around the class's own (class ids number the superclass tree depth-first, so
   * it spans at least the class's subclasses); generated code tests it inline. */
  uint32_t subtype_first;
  uint32_t subtype_count;
} DartClassTypes;

/* Emitted by codegen, indexed by cid (dartrt_class_count entries). */
extern const DartClassTypes dartrt_class_types[];

/* Substitutes the type parameters of `t` (or of every entry of `v`): class parameters from
 * `instantiator`, function parameters from `function`. Results are interned: equal types built
 * at run time are the same pointer. */
const DartRtType* dartrt_instantiate_type(const DartRtType* t, const DartRtTypeArgs* instantiator,
                                          const DartRtTypeArgs* function);
const DartRtTypeArgs* dartrt_instantiate_type_args(const DartRtTypeArgs* v, const DartRtTypeArgs* instantiator,
                                                   const DartRtTypeArgs* function);
/* `value is t` for a type without type parameters. */
bool dartrt_is_instance(dart_word value, const DartRtType* t);
/* value.runtimeType. */
dart_word dartrt_runtime_type(dart_word value);
/* The _Type natives: Dart's spelling ("List<int>?"), structural equality and a matching hash. */
dart_word dartrt_type_to_string(dart_word type);
dart_word dartrt_runtime_type_name(dart_word value); /* runtimeType.toString(), for type errors */
bool dartrt_type_equals(dart_word a, dart_word b);
int64_t dartrt_type_hash(dart_word type);

/* Function types (docs/generics.md). A shape is the parameter list without its types: numbered
 * by the compiler, which emits the table (entry 0 is unused). `instantiated` is the same shape
 * without type parameters (the type of a generic closure instantiated with type arguments). */
typedef struct DartFunctionShape {
  uint16_t num_type_params;
  uint16_t num_required; /* required positional parameters */
  uint16_t num_positional;
  uint16_t num_named;
  uint32_t instantiated;
  uint32_t reserved;
  const char* const* names;       /* num_named names, sorted */
  const uint8_t* required_named;  /* num_named flags: the named parameter is `required` */
} DartFunctionShape;
extern const DartFunctionShape dartrt_function_shapes[];
extern const uint32_t dartrt_function_shape_count;

/* The read-only description DartClosure::function points at. The closure's runtime type is
 * `type` when every closure of the function has the same one; otherwise `type_of` computes it
 * from the closure (its context holds the type arguments the signature mentions). */
typedef struct DartFunctionInfo {
  uint64_t shape;      /* the call shape typed call sites compare (not DartFunctionShape's id) */
  void* dynamic_entry;
  uint64_t is_tear_off;
  const DartRtType* type;
  const DartRtType* (*type_of)(dart_word closure);
} DartFunctionInfo;
/* The function type of a generic function type `generic` instantiated with `args`. */
const DartRtType* dartrt_instantiate_function_type(const DartRtType* generic, const DartRtTypeArgs* args);

/* Records (docs/records.md). A record value is an instance of the core library's `_Record`
 * (dartrt_builtin_cids.record_cid) whose only field, at byte offset 8, is a DartArray: element 0
 * the shape id as a Smi, then the fields in the shape's order (positional, then named sorted by
 * name). Shapes are numbered by the compiler, which emits their table. */
typedef struct DartRecordShape {
  uint32_t num_positional;
  uint32_t num_named;
  const char* const* names; /* num_named names, sorted */
} DartRecordShape;
extern const DartRecordShape dartrt_record_shapes[];
extern const uint32_t dartrt_record_shape_count;
#define DART_RECORD_DATA_OFFSET 8
/* Natives of record.dart: the number of named fields of a shape and the name of one of them. */
int64_t dartrt_record_named_count(int64_t shape);
dart_word dartrt_record_field_name(int64_t shape, int64_t index);

/* ---------------------------------------------------------------------------------------------
 * The class table, emitted by codegen as read-only data: one entry per class id. */
enum DartLayoutKind {
  DART_LAYOUT_INSTANCE = 0,    /* fixed size; pointer_map says which words are value words */
  DART_LAYOUT_VALUE_ARRAY = 1, /* DartArray: every word after the fixed part is a value word */
  DART_LAYOUT_BYTES = 2,       /* strings, typed data: no value words after the fixed part */
  DART_LAYOUT_ABSTRACT = 3,    /* never instantiated (abstract classes, Null, Smi-only) */
};

typedef struct DartClassInfo {
  const char* name;            /* Dart name, e.g. "Point"; "_GrowableList" for private ones */
  uint32_t instance_size;      /* bytes including the header; fixed part for arrays/strings */
  uint32_t layout;             /* enum DartLayoutKind */
  uint32_t pointer_map_words;  /* number of uint64_t words in pointer_map */
  uint32_t reserved;
  /* Bit i of the map (word i / 64, bit i % 64) set: the 8-byte slot at byte offset 8*i holds a
   * value word. Slot 0 (the header) is never set. */
  const uint64_t* pointer_map;
} DartClassInfo;

/* Frames of resumable functions (async) are heap objects; the LLVM coroutine handle is at this
 * byte offset in the frame object (precompiled_runtime/src/coroutine_frames.cpp). */
#define DART_COROUTINE_HANDLE_OFFSET 16
/* The hand-over word of a sync* run's frame: the value its body yielded, or the frame itself
 * after a `yield*` or the end (docs/generators.md, "Frames on a cache line"). It is the slot
 * of the LLVM frame where the switch lowering stores the destroy function: dartc never destroys
 * a coroutine (the collector frees frames; codegen emits no llvm.coro.destroy), so nothing reads
 * it as that; a sync* iterator's constructor overwrites it with null, and in other frames it
 * keeps the function's address, which the conservative scan ignores. */
#define DART_COROUTINE_VALUE_OFFSET (DART_COROUTINE_HANDLE_OFFSET + 8)

/* Well-known class ids, decided by codegen (classes are numbered depth-first) and published
 * to the runtime through this table. */
typedef struct DartBuiltinCids {
  uint32_t null_cid;
  uint32_t int_cid;       /* Smis and boxed ints */
  uint32_t double_cid;
  uint32_t bool_cid;
  uint32_t one_byte_string_cid;
  uint32_t two_byte_string_cid;
  uint32_t array_cid;     /* DartArray */
  uint32_t closure_cid;
  uint32_t stack_trace_cid; /* DartStackTrace; the core library's StackTrace class */
  uint32_t type_cid;      /* DartRtType; the core library's _Type class (0 when unused) */
  uint32_t bigint_digits_cid; /* DartBigIntDigits; the core library's _BigIntDigits (0 when unused) */
  uint32_t record_cid;    /* the core library's _Record (0 when the program makes no records) */
} DartBuiltinCids;

/* Emitted by codegen into every program. */
extern const DartClassInfo dartrt_class_table[];
extern const uint32_t dartrt_class_count;
extern const DartBuiltinCids dartrt_builtin_cids;
/* The generated functions (in any order; the runtime sorts a copy by address), for stack traces
 * in stripped binaries. */
typedef struct DartFunctionEntry {
  const void* start;
  const char* name; /* "main", "Point.toString", ...; null: a stub, whose frames are only those of
                       the Dart code inlined into it (from the line table) */
} DartFunctionEntry;
extern const DartFunctionEntry dartrt_function_table[];
extern const uint32_t dartrt_function_count;
/* Optional, parallel to dartrt_function_table (same index, same count): where each
 * function is, as the Dart VM prints it inside the parentheses of a stack frame, e.g.
 * "file:///home/me/main.dart:12:3". Entries may be null. When codegen does not emit this table the
 * weak reference is null and frames print as "#0      name (<unknown>)".
 * Every generated function must have unwind tables (LLVM `uwtable`, never `nounwind` when it can
 * throw) so that exceptions unwind through it and stack traces see it. */
extern const char* const dartrt_function_locations[] __attribute__((weak));
/* Optional: the names of named parameters that dynamic entries match (string constants), for
 * dartrt_canonical_parameter_name. */
extern const dart_word dartrt_parameter_names[] __attribute__((weak));
extern const uint32_t dartrt_parameter_name_count __attribute__((weak));
/* Optional line table (docs/stack-traces.md): the Dart frames, with file, line and column, at each
 * call site of each function. Function i of dartrt_function_table (in the order the compiler
 * emitted it, before sorting) has its records in dartrt_line_table_data[index[i] .. index[i+1]);
 * file numbers index dartrt_line_table_files. Plain read-only data, so traces keep their
 * positions in stripped binaries. Without it frames print the function's location. */
extern const uint32_t dartrt_line_table_index[] __attribute__((weak));
extern const uint8_t dartrt_line_table_data[] __attribute__((weak));
extern const char* const dartrt_line_table_files[] __attribute__((weak));
/* The isolate's statics block: its size in bytes and its initial contents (constants already in
 * place, lazily initialized slots zero). pointer map as in DartClassInfo, over 8-byte slots. */
extern const uint64_t dartrt_statics_size;
extern const uint8_t dartrt_statics_template[];
extern const uint64_t dartrt_statics_pointer_map[];

/* The program's entry point, generated by codegen: calls the Dart `main`, passing the
 * command-line arguments when `main` takes them. `args` is a DartArray of strings. */
void dart_program_main(dart_word args);
/* Emitted by codegen when the program has an event loop (dart:async): runs it until no work is
 * left; an uncaught error is reported like one escaping main. A spawned isolate's thread runs it
 * after the isolate's entry point (precompiled_runtime/src/isolate_threads.cpp). */
void dart_run_event_loop(void) __attribute__((weak));

/* ---------------------------------------------------------------------------------------------
 * The isolate. Generated code reaches the current isolate through a thread-local pointer and
 * touches only the fields in this prefix; the rest is private to the runtime. */
typedef struct DartIsolate {
  uintptr_t alloc_top;   /* bump allocation: next free byte */
  uintptr_t alloc_limit; /* end of the current free region; the bytes in [alloc_top, alloc_limit)
                          * are zero, so generated code need only store the header and the
                          * fields that are not zero/null. Both are 0 under DARTC_GC_STRESS. */
  uint8_t* statics;      /* this isolate's statics block */
  uintptr_t stack_limit; /* stack overflow checks: functions that may recurse throw
                          * StackOverflowError when entered with the stack pointer below this
                          * (the stack's lowest address plus a reserve; docs/stack-overflow.md) */
} DartIsolate;

#define DARTRT_ISOLATE_ALLOC_TOP_OFFSET 0
#define DARTRT_ISOLATE_ALLOC_LIMIT_OFFSET 8
#define DARTRT_ISOLATE_STATICS_OFFSET 16
#define DARTRT_ISOLATE_STACK_LIMIT_OFFSET 24

extern __thread DartIsolate* dartrt_current_isolate;

/* ---------------------------------------------------------------------------------------------
 * Entry points called by generated code. */

/* Allocation slow path: called when alloc_top + size would pass alloc_limit (or always under
 * DARTC_GC_STRESS). Returns a zeroed object of `size` bytes (a multiple of 16) with `header`
 * stored. Objects larger than DARTRT_LARGE_OBJECT_THRESHOLD never fit the inline path's region
 * and may as well call this directly. Never returns null: exhaustion after a full collection
 * prints the Dart VM's "Exhausted heap space, trying to allocate N bytes." to stderr and throws
 * OutOfMemoryError (through dartrt_throw_out_of_memory), so calls to it may unwind (an invoke
 * inside a try). Without that function, or when even the error's stack trace cannot be
 * allocated, it prints "Unhandled exception:\nOut of Memory" and the stack trace and exits with
 * 255. */
DartObject* dartrt_allocate(uint64_t size, uint64_t header);
/* Emitted by codegen (optional): throws the core library's OutOfMemoryError; never returns. */
void dartrt_throw_out_of_memory(void) __attribute__((weak));
#define DARTRT_LARGE_OBJECT_THRESHOLD 8192u

/* The write barrier's slow path (generational collection, docs/gc.md): called before a value word
 * is stored into a field or element of `object` when its header has DART_HEADER_BARRIER_BIT set.
 * Clears the bit and adds the object to the remembered set, whose objects the next young
 * collection scans as roots. Never allocates, never throws. Stores into an object need no test
 * when nothing could have collected since the object was allocated (no call and no allocation
 * in between): it is young. Stores into the statics block need none either (it is a root).
 * `value` is the word being stored (or `object` for a bulk copy): never read, it lets the
 * compiler drop calls whose value is a constant after inlining (never a heap object). */
void dartrt_write_barrier(DartObject* object, dart_word value);
/* The slow path generated code calls: the same as dartrt_write_barrier, except that the caller
 * has already cleared DART_HEADER_BARRIER_BIT in `object`'s header (it found the bit set), so
 * this only appends the object to the remembered set. It reads and writes neither the object nor
 * anything else the program can see, which lets the compiler keep the object's fields and
 * elements in registers across it (docs/gc.md, "Generations"). `value` as above. */
void dartrt_remember_object(DartObject* object, dart_word value);

/* Runs a full collection now (tests, benchmarks' warm-up). */
void dartrt_collect_garbage(void);
/* Whether an object of `count` elements of `element_bytes` each (plus a small fixed part) could
 * ever be allocated: no overflow, within the heap limit. The core library checks lengths a program
 * chooses with it and throws OutOfMemoryError when not, as the VM does; codegen's inline array
 * allocation calls it for lengths above an inline bound (docs/runtime-errors.md). */
bool dartrt_allocation_fits(int64_t count, int64_t element_bytes);

/* Boxing helpers for the rare cases generated code does not inline. dartrt_box_int returns a Smi
 * when the value fits, a DartBoxedInt otherwise. */
dart_word dartrt_box_int(int64_t value);
dart_word dartrt_box_double(double value);

/* print(Object?) after the argument has been converted to a String by generated code: writes the
 * string UTF-8 encoded (lone surrogates become U+FFFD) and a newline to the buffered stdout. The
 * buffer is flushed when full, at exit, before anything is written to stderr, and after every
 * print when stdout is a terminal. A null word prints "null". */
void dartrt_print_string(dart_word string);
/* dart:io: stdout.write / stderr.write of a string (no newline), and stdout.add of raw
 * bytes. stderr is unbuffered, and stdout is flushed before each stderr write. */
void dartrt_stdout_write(dart_word string);
void dartrt_stderr_write(dart_word string);
void dartrt_stdout_write_bytes(const uint8_t* bytes, int64_t length);
void dartrt_stdout_flush(void);

/* exit(code) from dart:io: flushes stdout, prints DARTC_GC_STATS if asked, exits. */
__attribute__((noreturn)) void dartrt_exit(int64_t code);
/* Reports an uncaught exception exactly as the Dart VM does and exits with 255:
 * "Unhandled exception:\n<text>\n<stack trace>\n" on stderr, after flushing stdout.
 * `exception_text` is the String that the exception's toString() returned; `stack_trace` is the
 * DartStackTrace from dartrt_exception_stack_trace (or a String, or null). */
__attribute__((noreturn)) void dartrt_unhandled_exception(dart_word exception_text, dart_word stack_trace);

/* Number-to-string conversion with the Dart VM's exact texts. */
dart_word dartrt_int_to_string(int64_t value);
dart_word dartrt_double_to_string(double value);
/* The rest of int/double's text conversions, taking unboxed values. The Dart side checks
 * the argument ranges and throws the RangeError itself (the VM does it in Dart too); these
 * functions assume: 0 <= fraction_digits <= 20 (-1 in toStringAsExponential means "as many as
 * needed", i.e. a null argument), 1 <= precision <= 21, 2 <= radix <= 36. NaN, infinities and
 * |value| >= 1e21 (toStringAsFixed) are handled here, like the VM's Dart code does. */
dart_word dartrt_double_to_string_as_fixed(double value, int64_t fraction_digits);
dart_word dartrt_double_to_string_as_exponential(double value, int64_t fraction_digits);
dart_word dartrt_double_to_string_as_precision(double value, int64_t precision);
dart_word dartrt_int_to_radix_string(int64_t value, int64_t radix);

/* String operations that are native in the Dart VM too. */
/* Concatenation returns null when the result would be longer than a string can be (2^32 - 1
 * code units, or more than the heap can hold): the caller throws OutOfMemoryError. */
dart_word dartrt_string_concat(dart_word a, dart_word b);
/* Concatenates `count` strings from `parts` (value words holding strings). */
dart_word dartrt_string_concat_n(const dart_word* parts, int64_t count);
int dartrt_string_equals(dart_word a, dart_word b);
/* More string natives. Indices are code units and must already be checked by the caller
 * (the Dart side throws the RangeError). A null word passed where a string is expected reads as
 * "null" in concatenation and printing. */
uint32_t dartrt_string_hash(dart_word s);                 /* == String.hashCode */
int64_t dartrt_string_compare(dart_word a, dart_word b);  /* String.compareTo: -1, 0 or 1 */
dart_word dartrt_string_substring(dart_word s, int64_t start, int64_t end);
int64_t dartrt_string_code_unit_at(dart_word s, int64_t index);
dart_word dartrt_string_from_char_code(int64_t code_point); /* 0..0x10FFFF, surrogate pair above 0xFFFF */
/* Fresh zero-filled strings of `length` code units for natives and StringBuffer to fill in; the
 * caller must keep the representation invariant above (two-byte only if a unit is > 0xFF), and
 * check the length (a string that cannot exist ends the process as heap exhaustion does). */
dart_word dartrt_string_new_one_byte(int64_t length);
dart_word dartrt_string_new_two_byte(int64_t length);
/* Decodes UTF-8 (malformed sequences become U+FFFD) into a new string. */
dart_word dartrt_string_from_utf8(const char* bytes, int64_t length);

/* Natives of the core library's Dart code (core_natives.cpp); arguments are checked on the Dart
 * side. index_of: first index >= start of `pattern` in `s` (start <= length), or -1;
 * last_index_of: last index <= start (start may exceed length - pattern length), or -1.
 * Case mapping is code point to code point (the VM's simple mappings, Unicode 5.1); code points
 * without a mapping are unchanged. repeat: `times` >= 0 copies. concat_array: the first `count` elements of
 * a DartArray of strings joined. from_char_codes: elements [start, end) of a DartArray of Smis
 * in 0..0x10FFFF (above 0xFFFF as surrogate pairs). repeat, concat_array and from_char_codes
 * return null when the result cannot exist (like concatenation). double_try_parse_boxed: a boxed
 * double or null, like double.tryParse. */
int64_t dartrt_string_index_of(dart_word s, dart_word pattern, int64_t start);
int64_t dartrt_string_last_index_of(dart_word s, dart_word pattern, int64_t start);
dart_word dartrt_string_to_upper_case(dart_word s);
dart_word dartrt_string_to_lower_case(dart_word s);
dart_word dartrt_string_repeat(dart_word s, int64_t times);
dart_word dartrt_string_concat_array(dart_word array, int64_t count);
/* s with every occurrence of the non-empty pattern replaced (String.replaceAll): s itself when
 * there is none, null when the result cannot exist. */
dart_word dartrt_string_replace_all(dart_word s, dart_word pattern, dart_word replacement);
/* Elements [start, end) of an array of strings, concatenated (StringBuffer compaction). */
dart_word dartrt_string_concat_range(dart_word array, int64_t start, int64_t end);
dart_word dartrt_string_from_char_codes(dart_word array, int64_t start, int64_t end);
dart_word dartrt_double_try_parse_boxed(dart_word s);
/* DateTime: the local time zone's UTC offset in seconds at an instant (seconds since the epoch),
 * or, when is_local, at a local wall-clock time written as if it were UTC; the zone's name. */
int64_t dartrt_local_time_offset(int64_t seconds, bool is_local);
/* stdout.add/stderr.add: writes the code units of a one-byte string as raw bytes. */
void dartrt_write_bytes_of(dart_word latin1, bool to_stderr);
/* List.sort without a comparator: sorts elements [0, length) of a DartArray when every one is a
 * Smi and returns 1; returns 0 and leaves the array unchanged otherwise. */
int64_t dartrt_sort_smis(dart_word array, int64_t length);
/* List.filled and typed lists: elements [start, end) of a DartArray set to one value word (range
 * checked by the caller). */
void dartrt_array_fill(dart_word array, int64_t start, int64_t end, dart_word value);
/* List.filled of a large length (codegen's `_List._filled` above the inline path's bound): a new
 * DartArray of `size` bytes with `header`, `type_args` and `length`, every element `fill`. The
 * memory is taken unzeroed and written once. Exhaustion is handled as in dartrt_allocate. */
dart_word dartrt_array_new_filled(uint64_t size, uint64_t header, int64_t length, dart_word type_args, dart_word fill);
/* Float32List: the double rounded to the nearest float. */
double dartrt_double_to_float32(double value);
dart_word dartrt_local_time_zone_name(void);
/* Function.apply: the program's constant for a named parameter's name with the same text as
 * `name` (dynamic entries compare names by identity), or `name` itself. */
dart_word dartrt_canonical_parameter_name(dart_word name);

/* double.parse/tryParse: the VM's syntax after trimming whitespace,
 * [+-]?(Infinity|NaN|digits(.digits?)?|.digits)([eE][+-]?digits)?, correctly rounded.
 * Returns 1 and stores the value, or 0 when the text is not a double (the caller throws the
 * FormatException). */
int dartrt_double_try_parse(dart_word string, double* result);

/* identityHashCode/Object.hashCode for a heap or read-only object (not null, not a Smi):
 * a 30-bit hash of its address, stable because objects never move. */
int64_t dartrt_identity_hash(dart_word object);

/* Clocks and the machine: Stopwatch (monotonic), DateTime.now (wall clock, microseconds
 * since the epoch), Platform.numberOfProcessors. */
int64_t dartrt_monotonic_micros(void);
// A process-wide counter: the order in which messages were queued and zero-duration timers made.
int64_t dartrt_event_sequence(void);
bool dartrt_isolate_message_precedes(int64_t timer_sequence, int64_t timer_micros);
int64_t dartrt_wall_clock_micros(void);
int64_t dartrt_number_of_processors(void);

/* Exceptions: zero-cost, Itanium ABI. Generated landing pads are catch-all
 * (`catch ptr null`) and test Dart types themselves. */
__attribute__((noreturn)) void dartrt_throw(dart_word exception);
__attribute__((noreturn)) void dartrt_rethrow(dart_word exception, dart_word stack_trace);
/* In a landing pad: the Dart exception carried by the unwinder's exception object, and the
 * stack trace captured when it was thrown. dartrt_end_catch releases the unwinder's object once
 * the handler has taken what it needs. */
dart_word dartrt_exception_value(void* unwind_exception);
dart_word dartrt_exception_stack_trace(void* unwind_exception);
void dartrt_end_catch(void* unwind_exception);
/* The personality routine named by every generated function that has landing pads. It behaves
 * like __gxx_personality_v0 for `catch (...)`: in the search phase a call site whose landing pad
 * has a catch clause (the type is ignored; codegen emits `catch ptr null`) is a handler; in the
 * cleanup phase it installs the landing pad with the unwinder's exception object in the first
 * landing-pad register and the selector (the catch clause's type index, or 0 for a cleanup) in
 * the second. Foreign exceptions and forced unwinds only run cleanups.
 * Protocol for generated code: a catch-all landing pad takes the value and trace with
 * dartrt_exception_value/dartrt_exception_stack_trace, then calls dartrt_end_catch (to propagate
 * further it calls dartrt_rethrow; it must not `resume`). A cleanup-only landing pad ends with
 * `resume`. */
int dartrt_personality(int version, int actions, uint64_t exception_class,
                       void* unwind_exception, void* context);
/* The text of a stack trace in the Dart VM's format, one line per frame:
 * "#0      Point.toString (file:///x.dart:3:5)\n" (name and location from
 * dartrt_function_table/dartrt_function_locations). Accepts a DartStackTrace or null (""). */
dart_word dartrt_stack_trace_to_string(dart_word stack_trace);
/* StackTrace.current: the Dart frames of the caller's stack, as a DartStackTrace. */
dart_word dartrt_current_stack_trace(void);

#ifdef __cplusplus
}
#endif

#endif /* DARTRT_ABI_H */
