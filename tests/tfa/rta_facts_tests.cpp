// Facts of Rapid Type Analysis (`--no-tfa`) that codegen relies on as it does on type-flow
// analysis's.
#include <doctest/doctest.h>

#include "../frontend/compile_fixture.h"
#include "tfa/flow_facts.h"

namespace {

std::unique_ptr<dartc::tfa::FlowFacts> rapidTypeAnalysis(const dartc::testing::Compiled& compiled) {
  dartc::tfa::AnalysisOptions options;
  options.typeFlow = false;
  return dartc::tfa::analyze(*compiled.program, options);
}

}  // namespace

// Regression: RTA's facts said every member "may run", so codegen called dart:async's event loop
// after main in every --no-tfa build, although tree shaking had removed the loop and the List
// members it calls (the loop then died in a NoSuchMethodError on `isEmpty`).
TEST_CASE("RTA: a member tree shaking removed never runs, a kept one may") {
  dartc::testing::Compiled compiled(R"(
void main() { print('hello'); }
)");
  REQUIRE(compiled.ok());
  auto facts = rapidTypeAnalysis(compiled);
  REQUIRE(facts->implicit().runEventLoop != nullptr);
  CHECK_FALSE(facts->isReachable(facts->implicit().runEventLoop));
  CHECK_FALSE(facts->mayRun(facts->implicit().runEventLoop));
  CHECK(facts->mayRun(compiled.program->mainProcedure));
}

TEST_CASE("RTA: the event loop may run once something schedules work") {
  dartc::testing::Compiled compiled(R"(
import 'dart:async';
void main() { scheduleMicrotask(() => print('later')); }
)");
  REQUIRE(compiled.ok());
  auto facts = rapidTypeAnalysis(compiled);
  CHECK(facts->mayRun(facts->implicit().runEventLoop));
}

// Regression: dart:typed_data's `_ByteStore` is made by an external factory (a codegen
// intrinsic), not by a constructor call, so RTA never counted it allocated and every typed-list
// access in a --no-tfa build ended in "NoSuchMethodError: Class '_ByteStore' has no instance
// method '_setInt8'".
TEST_CASE("RTA: a class made by an external factory is allocated") {
  dartc::testing::Compiled compiled(R"(
import 'dart:typed_data';
void main() { var l = Uint8List(2); l[0] = 1; print(l[0]); }
)");
  REQUIRE(compiled.ok());
  auto facts = rapidTypeAnalysis(compiled);
  const dartc::kernel::Class* store = compiled.program->findClass("dart:typed_data", "_ByteStore");
  REQUIRE(store != nullptr);
  CHECK(facts->isAllocated(store));
}
