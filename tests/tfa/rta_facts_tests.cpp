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
