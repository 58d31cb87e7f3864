// Exceptions: the LSDA reader on hand-built tables, then the whole path -- dartrt_throw, the
// unwinder, dartrt_personality, landing pads -- on functions LLVM compiled from IR shaped like
// codegen's output (eh_fixture.ir), stack traces, and the uncaught-exception report.
#include <doctest/doctest.h>
#include <pthread.h>

#include <algorithm>
#include <vector>

#include "exceptions.h"
#include "fixture.h"
#include "stack_trace.h"

using namespace dartrt;

extern "C" {
int64_t eh_fixture_catch(void (*thrower)(int64_t), int64_t arg, int32_t* selector, dart_word* trace);
void eh_fixture_finally(void (*thrower)(int64_t), int64_t arg, int64_t* counter);
int64_t eh_fixture_catch_through_finally(void (*thrower)(int64_t), int64_t arg, int64_t* counter);
int64_t eh_fixture_catch_through_finally_gc(void (*thrower)(int64_t), int64_t arg);
int64_t eh_fixture_two_sites(void (*thrower)(int64_t), int64_t which, int64_t* counter);
int64_t eh_fixture_catch_two_sites(void (*thrower)(int64_t), int64_t which, int64_t* counter);
void eh_fixture_throw(int64_t value);
void eh_fixture_rethrow(int64_t value);
}

namespace {

// Builds an LSDA: no lpstart, no type table, uleb128 call sites.
struct LsdaBuilder {
  std::vector<uint8_t> call_sites, actions;
  uint8_t call_site_encoding = 0x01;

  static void uleb(std::vector<uint8_t>& out, uint64_t v) {
    do {
      uint8_t b = v & 0x7F;
      v >>= 7;
      out.push_back(b | (v ? 0x80 : 0));
    } while (v);
  }
  static void sleb(std::vector<uint8_t>& out, int64_t v) {
    bool more = true;
    while (more) {
      uint8_t b = v & 0x7F;
      v >>= 7;
      more = !((v == 0 && !(b & 0x40)) || (v == -1 && (b & 0x40)));
      out.push_back(b | (more ? 0x80 : 0));
    }
  }
  void value(uint64_t v) {
    if (call_site_encoding == 0x01) {
      uleb(call_sites, v);
    } else {  // udata4
      for (int i = 0; i < 4; ++i) call_sites.push_back((uint8_t)(v >> (8 * i)));
    }
  }
  void site(uint64_t start, uint64_t length, uint64_t landing_pad, uint64_t action) {
    value(start);
    value(length);
    value(landing_pad);
    uleb(call_sites, action);
  }
  // Appends an action record; returns its 1-based action index.
  uint64_t action(int64_t filter, int64_t next_offset) {
    uint64_t index = actions.size() + 1;
    sleb(actions, filter);
    sleb(actions, next_offset);
    return index;
  }
  std::vector<uint8_t> build() const {
    std::vector<uint8_t> out = {0xFF, 0xFF, call_site_encoding};
    uleb(out, call_sites.size());
    out.insert(out.end(), call_sites.begin(), call_sites.end());
    out.insert(out.end(), actions.begin(), actions.end());
    return out;
  }
};

void throw_smi(int64_t v) { dartrt_throw(dart_smi_from(v)); }
void returns_normally(int64_t) {}
void throw_fresh_string(int64_t) { dartrt_throw(str("boom in flight")); }

}  // namespace

TEST_CASE("LSDA: call-site lookup, cleanups, catch clauses and action chains") {
  for (uint8_t encoding : {uint8_t{0x01}, uint8_t{0x03}}) {
    CAPTURE((int)encoding);
    LsdaBuilder b;
    b.call_site_encoding = encoding;
    uint64_t catch_all = b.action(1, 0);
    uint64_t chain_cleanup_last = b.action(2, 1);  // filter 2, then the next record...
    b.action(0, 0);                                // ...a cleanup
    b.site(0x10, 0x10, 0x40, 0);                   // cleanup only
    b.site(0x20, 0x08, 0, 0);                      // no landing pad
    b.site(0x30, 0x10, 0x50, catch_all);           // catch-all
    b.site(0x40, 0x10, 0x60, chain_cleanup_last);  // catch + cleanup
    std::vector<uint8_t> lsda = b.build();
    const uintptr_t f = 0x100000;
    auto find = [&](uintptr_t offset, bool cleanups_only = false) {
      return lsda_find_action(lsda.data(), f, f + offset, cleanups_only);
    };
    CHECK(find(0x08).kind == LsdaAction::kNone);
    LsdaAction cleanup = find(0x10);
    CHECK(cleanup.kind == LsdaAction::kCleanup);
    CHECK(cleanup.landing_pad == f + 0x40);
    CHECK(cleanup.selector == 0);
    CHECK(find(0x1F).kind == LsdaAction::kCleanup);
    CHECK(find(0x20).kind == LsdaAction::kNone);
    CHECK(find(0x2A).kind == LsdaAction::kNone);  // gap between sites
    LsdaAction handler = find(0x34);
    CHECK(handler.kind == LsdaAction::kHandler);
    CHECK(handler.landing_pad == f + 0x50);
    CHECK(handler.selector == 1);
    CHECK(find(0x34, true).kind == LsdaAction::kNone);  // foreign: catch clauses do not apply
    LsdaAction both = find(0x44);
    CHECK(both.kind == LsdaAction::kHandler);
    CHECK(both.selector == 2);
    LsdaAction both_foreign = find(0x44, true);
    CHECK(both_foreign.kind == LsdaAction::kCleanup);
    CHECK(both_foreign.landing_pad == f + 0x60);
    CHECK(find(0x50).kind == LsdaAction::kNone);
  }
  // An explicit lpstart (absolute pointer): landing pads are relative to it.
  std::vector<uint8_t> with_lpstart = {0x00};
  uintptr_t lpstart = 0x200000;
  for (size_t i = 0; i < sizeof lpstart; ++i) with_lpstart.push_back((uint8_t)(lpstart >> (8 * i)));
  with_lpstart.insert(with_lpstart.end(), {0xFF, 0x01, 4, 0x00, 0x10, 0x08, 0x00});
  LsdaAction a = lsda_find_action(with_lpstart.data(), 0x100000, 0x100004, false);
  CHECK(a.kind == LsdaAction::kCleanup);
  CHECK(a.landing_pad == lpstart + 8);
}

TEST_CASE("throw and catch through LLVM-generated landing pads") {
  test_isolate();
  int32_t selector = -1;
  dart_word trace = 0;
  CHECK(eh_fixture_catch(throw_smi, 5, &selector, &trace) == (int64_t)dart_smi_from(5));
  CHECK(selector == 1);  // the type index of `catch ptr null`, as __gxx_personality_v0 reports it
  REQUIRE(trace != 0);
  CHECK(dart_header_cid(reinterpret_cast<DartObject*>(trace)->header) == kStackTraceCid);
  CHECK(test_isolate()->in_flight == nullptr);  // dartrt_end_catch released it
  CHECK(eh_fixture_catch(returns_normally, 5, &selector, &trace) == -1);

  // A finally (cleanup) runs on the way, then the outer catch gets the exception.
  int64_t counter = 0;
  CHECK(eh_fixture_catch_through_finally(throw_smi, 8, &counter) == (int64_t)dart_smi_from(8));
  CHECK(counter == 1);
  counter = 0;
  CHECK(eh_fixture_catch_through_finally(returns_normally, 8, &counter) == -1);
  CHECK(counter == 0);

  // Two call sites in one function with different landing pads.
  counter = 0;
  CHECK(eh_fixture_catch_two_sites(throw_smi, 1, &counter) == (int64_t)dart_smi_from(6));
  CHECK(counter == 0);
  CHECK(eh_fixture_catch_two_sites(throw_smi, 0, &counter) == (int64_t)dart_smi_from(3));
  CHECK(counter == 1);

  // Many in a row (no leaks of in-flight records, no unwinder state left behind).
  for (int i = 0; i < 1000; ++i) {
    REQUIRE(eh_fixture_catch(throw_smi, i, &selector, &trace) == (int64_t)dart_smi_from(i));
  }
  CHECK(test_isolate()->in_flight == nullptr);
}

TEST_CASE("the thrown value is a GC root while in flight") {
  test_isolate();
  scrub_stack();
  dart_word caught = (dart_word)eh_fixture_catch_through_finally_gc(throw_fresh_string, 0);
  CHECK(to_std(caught) == "boom in flight");
  CHECK(heap_find_object(test_heap(), caught) == caught);
}

namespace {

struct TestFunctions {
  std::vector<DartFunctionEntry> table;
  std::vector<const char*> locations;
};

// A function table naming the fixture functions (sorted by address, as codegen emits it).
TestFunctions install_fixture_table() {
  struct F {
    const void* start;
    const char* name;
    const char* location;
  };
  std::vector<F> fs = {
      {reinterpret_cast<const void*>(&eh_fixture_throw), "throwIt", "file:///t.dart:1:1"},
      {reinterpret_cast<const void*>(&eh_fixture_rethrow), "rethrowIt", nullptr},
      {reinterpret_cast<const void*>(&eh_fixture_catch), "main", "file:///t.dart:9:1"},
  };
  std::sort(fs.begin(), fs.end(), [](const F& a, const F& b) { return a.start < b.start; });
  TestFunctions t;
  for (const F& f : fs) {
    t.table.push_back({f.start, f.name});
    t.locations.push_back(f.location);
  }
  set_function_table_for_testing(t.table.data(), (uint32_t)t.table.size(), t.locations.data());
  return t;
}

void restore_function_table() { set_function_table_for_testing(dartrt_function_table, 0, nullptr); }

void throw_via_fixture(int64_t v) { eh_fixture_throw(v); }

}  // namespace

TEST_CASE("stack traces: Dart frames only, symbolized in the VM's format, and rethrow keeps the trace") {
  test_isolate();
  TestFunctions t = install_fixture_table();
  int32_t selector = 0;
  dart_word trace = 0;
  CHECK(eh_fixture_catch(eh_fixture_throw, dart_smi_from(1), &selector, &trace) == (int64_t)dart_smi_from(1));
  CHECK(to_std(dartrt_stack_trace_to_string(trace)) ==
        "#0      throwIt (file:///t.dart:1:1)\n"
        "#1      main (file:///t.dart:9:1)\n");
  // Frames not in the table (this C++ thrower, the runtime, the test framework) are left out.
  CHECK(eh_fixture_catch(throw_via_fixture, dart_smi_from(2), &selector, &trace) == (int64_t)dart_smi_from(2));
  CHECK(to_std(dartrt_stack_trace_to_string(trace)) ==
        "#0      throwIt (file:///t.dart:1:1)\n"
        "#1      main (file:///t.dart:9:1)\n");
  // rethrow: the trace is the one captured by the first throw, not a new one.
  CHECK(eh_fixture_catch(eh_fixture_rethrow, dart_smi_from(3), &selector, &trace) == (int64_t)dart_smi_from(3));
  CHECK(to_std(dartrt_stack_trace_to_string(trace)) ==
        "#0      throwIt (file:///t.dart:1:1)\n"
        "#1      rethrowIt (<unknown>)\n"
        "#2      main (file:///t.dart:9:1)\n");
  CHECK(to_std(dartrt_stack_trace_to_string(DART_NULL)) == "");
  // No Dart frames at all.
  CHECK(to_std(dartrt_stack_trace_to_string(dartrt_current_stack_trace())) == "");
  restore_function_table();
}

TEST_CASE("dartrt_unhandled_exception prints the VM's report and exits with 255") {
  ChildResult r = run_in_child([] {
    test_isolate();  // ctest runs each case in a fresh process: set the runtime up here
    TestFunctions t = install_fixture_table();
    int32_t selector = 0;
    dart_word trace = 0;
    eh_fixture_catch(eh_fixture_throw, dart_smi_from(1), &selector, &trace);
    dartrt_print_string(str("printed before"));
    dartrt_unhandled_exception(str("Exception: boom"), trace);
  });
  CHECK(r.exit_code == 255);
  CHECK(r.out == "printed before\n");
  CHECK(r.err == "Unhandled exception:\nException: boom\n#0      throwIt (file:///t.dart:1:1)\n#1      main (file:///t.dart:9:1)\n\n");
}

namespace {

void* uncaught_thread(void*) {
  isolate_create_for_current_thread(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  eh_fixture_throw(str("Bad state: nobody catches this"));
  return nullptr;
}

void* uncaught_object_thread(void*) {
  isolate_create_for_current_thread(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  eh_fixture_throw(word(new_pair(0, 0)));
  return nullptr;
}

}  // namespace

TEST_CASE("a throw with no handler anywhere reports the exception itself") {
  // On a fresh thread there are no C++ frames (no test framework catch (...)) above the throw.
  ChildResult r = run_in_child([] {
    test_isolate();  // ctest runs each case in a fresh process: set the runtime up here
    TestFunctions t = install_fixture_table();
    pthread_t thread;
    pthread_create(&thread, nullptr, uncaught_thread, nullptr);
    pthread_join(thread, nullptr);
  });
  CHECK(r.exit_code == 255);
  CHECK(r.err == "Unhandled exception:\nBad state: nobody catches this\n#0      throwIt (file:///t.dart:1:1)\n\n");

  ChildResult o = run_in_child([] {
    pthread_t thread;
    pthread_create(&thread, nullptr, uncaught_object_thread, nullptr);
    pthread_join(thread, nullptr);
  });
  CHECK(o.exit_code == 255);
  CHECK(o.err == "Unhandled exception:\nInstance of 'Pair'\n\n");
}
