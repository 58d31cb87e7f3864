// The stack traces' line table (docs/stack-traces.md): decoding hand-built records, and traces
// that print file:line:col, inlined frames and stubs' inlined frames through it.
#include <doctest/doctest.h>

#include <vector>

#include "fixture.h"
#include "line_table.h"
#include "stack_trace.h"

using namespace dartrt;

extern "C" {
int64_t eh_fixture_catch(void (*thrower)(int64_t), int64_t arg, int32_t* selector, dart_word* trace);
void eh_fixture_throw(int64_t value);
void eh_fixture_rethrow(int64_t value);
void eh_fixture_finally(void (*thrower)(int64_t), int64_t arg, int64_t* counter);
}

namespace {

// Builds the records of one function at a time.
struct TableBuilder {
  std::vector<uint32_t> index{0};
  std::vector<uint8_t> data;
  uint64_t last = 0;

  void uleb(uint64_t v) {
    do {
      uint8_t b = v & 0x7F;
      v >>= 7;
      data.push_back(b | (v ? 0x80 : 0));
    } while (v);
  }
  struct Frame {
    uint32_t function, file, line, column;
  };
  // A record at `offset`: frames innermost first; `own`: the last frame is the function's own
  // (its function number is then implied).
  void record(uint64_t offset, std::vector<Frame> frames, bool own) {
    uleb(offset - last);
    last = offset;
    uleb(frames.size() << 1 | (own ? 1 : 0));
    for (size_t k = 0; k < frames.size(); ++k) {
      if (!own || k + 1 < frames.size()) uleb(frames[k].function);
      uleb(frames[k].file);
      uleb(frames[k].line);
      uleb(frames[k].column);
    }
  }
  void endFunction() {
    index.push_back((uint32_t)data.size());
    last = 0;
  }
};

const char* const kFiles[] = {"file:///t.dart", "dart:core/list.dart"};

}  // namespace

TEST_CASE("line table: the record at or before an offset gives the frames there") {
  TableBuilder t;
  t.record(0, {{0, 0, 3, 5}}, true);
  t.record(10, {{2, 1, 7, 9}, {0, 0, 4, 2}}, true);  // function 2 inlined at 4:2
  t.record(15, {}, false);                            // nothing known from here on
  t.endFunction();
  t.record(4, {{0, 1, 1, 1}}, false);  // a stub: only an inlined frame, of function 0
  t.endFunction();
  t.endFunction();  // no records
  set_line_table_for_testing(t.index.data(), t.data.data(), kFiles);

  SourceFrame f[4];
  REQUIRE(line_table_lookup(0, 0, f, 4) == 1);
  CHECK(f[0].function == 0);
  CHECK(std::string(f[0].file) == "file:///t.dart");
  CHECK(f[0].line == 3);
  CHECK(f[0].column == 5);
  CHECK(line_table_lookup(0, 9, f, 4) == 1);
  REQUIRE(line_table_lookup(0, 12, f, 4) == 2);
  CHECK(f[0].function == 2);
  CHECK(std::string(f[0].file) == "dart:core/list.dart");
  CHECK(f[0].line == 7);
  CHECK(f[1].function == 0);
  CHECK(f[1].line == 4);
  CHECK(f[1].column == 2);
  CHECK(line_table_lookup(0, 15, f, 4) == 0);
  CHECK(line_table_lookup(0, 1000, f, 4) == 0);
  // At most `max` frames, the innermost.
  REQUIRE(line_table_lookup(0, 12, f, 1) == 1);
  CHECK(f[0].function == 2);

  CHECK(line_table_lookup(1, 0, f, 4) == 0);  // before the stub's first record
  REQUIRE(line_table_lookup(1, 4, f, 4) == 1);
  CHECK(f[0].function == 0);
  CHECK(line_table_lookup(2, 0, f, 4) == 0);
  set_line_table_for_testing(nullptr, nullptr, nullptr);
  CHECK(line_table_lookup(0, 0, f, 4) == 0);
}

TEST_CASE("line table: a truncated record is not read past the function's bytes") {
  TableBuilder t;
  t.record(0, {{0, 0, 3, 5}}, true);
  t.endFunction();
  std::vector<uint8_t> cut(t.data.begin(), t.data.end() - 1);
  cut.push_back(0x80);  // a uleb that never ends within the function
  uint32_t index[] = {0, (uint32_t)cut.size()};
  set_line_table_for_testing(index, cut.data(), kFiles);
  SourceFrame f[2];
  CHECK(line_table_lookup(0, 0, f, 2) == 0);
  set_line_table_for_testing(nullptr, nullptr, nullptr);
}

TEST_CASE("stack traces print file:line:col, inlined frames, and the Dart code inlined into stubs") {
  test_isolate();
  // The table in the compiler's order (not by address): the runtime sorts it and must keep the
  // line table's function numbers straight. rethrowIt plays a stub (no name) that inlined
  // "helper", which has no code of its own here (it borrows an address).
  std::vector<DartFunctionEntry> table = {
      {reinterpret_cast<const void*>(&eh_fixture_catch), "main"},
      {reinterpret_cast<const void*>(&eh_fixture_throw), "throwIt"},
      {reinterpret_cast<const void*>(&eh_fixture_rethrow), nullptr},
      {reinterpret_cast<const void*>(&eh_fixture_finally), "helper"},
  };
  std::vector<const char*> locations = {"file:///t.dart", "file:///t.dart", nullptr, "dart:core/list.dart"};
  TableBuilder t;
  t.record(0, {{0, 0, 9, 3}}, true);
  t.endFunction();
  t.record(0, {{1, 0, 2, 5}}, true);
  t.endFunction();
  t.record(0, {{3, 1, 30, 7}}, false);
  t.endFunction();
  t.endFunction();
  set_function_table_for_testing(table.data(), (uint32_t)table.size(), locations.data());
  set_line_table_for_testing(t.index.data(), t.data.data(), kFiles);

  int32_t selector = 0;
  dart_word trace = 0;
  CHECK(eh_fixture_catch(eh_fixture_throw, dart_smi_from(1), &selector, &trace) == (int64_t)dart_smi_from(1));
  CHECK(to_std(dartrt_stack_trace_to_string(trace)) ==
        "#0      throwIt (file:///t.dart:2:5)\n"
        "#1      main (file:///t.dart:9:3)\n");
  CHECK(eh_fixture_catch(eh_fixture_rethrow, dart_smi_from(3), &selector, &trace) == (int64_t)dart_smi_from(3));
  CHECK(to_std(dartrt_stack_trace_to_string(trace)) ==
        "#0      throwIt (file:///t.dart:2:5)\n"
        "#1      helper (dart:core/list.dart:30:7)\n"
        "#2      main (file:///t.dart:9:3)\n");

  // Without positions for the stub, it has no frame at all; the others keep their locations.
  set_line_table_for_testing(nullptr, nullptr, nullptr);
  CHECK(eh_fixture_catch(eh_fixture_rethrow, dart_smi_from(3), &selector, &trace) == (int64_t)dart_smi_from(3));
  CHECK(to_std(dartrt_stack_trace_to_string(trace)) ==
        "#0      throwIt (file:///t.dart)\n"
        "#1      main (file:///t.dart)\n");
  set_function_table_for_testing(dartrt_function_table, 0, nullptr);
}
