// What codegen would emit into a program (class table, builtin cids, statics, function table,
// dart_program_main), defined for the runtime unit tests, plus helpers shared by the tests.
#ifndef DARTRT_TESTS_FIXTURE_H
#define DARTRT_TESTS_FIXTURE_H

#include <functional>
#include <string>

#include "dartrt/abi.h"
#include "heap.h"
#include "isolate.h"

// Class ids of the test program.
enum TestCid : uint32_t {
  kNullCid = 0,
  kIntCid,
  kDoubleCid,
  kBoolCid,
  kOneByteStringCid,
  kTwoByteStringCid,
  kArrayCid,
  kClosureCid,
  kStackTraceCid,
  kNodeCid,   // Node: next (value word), value (unboxed int)
  kPairCid,   // Pair: first, second (value words), raw (unboxed: never traced)
  kBlobCid,   // bytes: nothing traced after the header
  kTestClassCount
};

struct Node {
  uint64_t header;
  dart_word next;
  int64_t value;
  uint64_t padding;
};

struct Pair {
  uint64_t header;
  dart_word first;
  dart_word second;
  uint64_t raw;
};

// Statics of the test program: slots 0..2 are value words, slot 3 is an unboxed int.
constexpr size_t kStaticsSlots = 4;

// The isolate the tests run in (created on first use, on the test thread).
dartrt::Isolate* test_isolate();
dartrt::Heap* test_heap();
dart_word* test_statics();

Node* new_node(dart_word next, int64_t value);
Pair* new_pair(dart_word first, dart_word second);
DartArray* new_array(int64_t length);
dart_word str(const char* utf8);           // a heap string from UTF-8
std::string to_std(dart_word string);      // a Dart string as UTF-8

inline dart_word word(const void* p) { return reinterpret_cast<dart_word>(p); }

// Overwrites a large part of the stack below the caller with zeros, so that stale pointers left
// in dead frames do not keep objects alive when a test wants them collected.
void scrub_stack();

// dart_program_main of the test program runs this hook.
extern std::function<void(dart_word args)> g_program_main;

// Runs `body` in a forked child with stdout and stderr captured; the child exits with 0 when
// `body` returns.
struct ChildResult {
  int exit_code;  // -signal when killed by a signal
  std::string out;
  std::string err;
};
ChildResult run_in_child(const std::function<void()>& body);

#endif  // DARTRT_TESTS_FIXTURE_H
