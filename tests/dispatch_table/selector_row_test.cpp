// Building a selector's row: sorting, interval compression, and malformed input.
#include <doctest/doctest.h>

#include <stdexcept>

#include "dispatch_table/selector_row.h"

namespace dartc::dispatch {
namespace {

TEST_CASE("selector row: runs of one implementation become one interval") {
  SelectorInput input{7, {{8, 2}, {3, 1}, {5, 1}, {7, 2}, {4, 1}, {9, 2}, {6, 2}, {12, 2}}, 42};
  SelectorRow row = buildSelectorRow(input);
  CHECK(row.selector == 7);
  CHECK(row.callCount == 42);
  CHECK(row.cidCount == 8);
  std::vector<CidInterval> expected{{3, 6, 1}, {6, 10, 2}, {12, 13, 2}};
  CHECK(row.intervals == expected);
  CHECK(row.minCid() == 3);
  CHECK(row.endCid() == 13);
  CHECK(row.implementationFor(2) == kEmpty);
  CHECK(row.implementationFor(3) == 1);
  CHECK(row.implementationFor(5) == 1);
  CHECK(row.implementationFor(6) == 2);
  CHECK(row.implementationFor(10) == kEmpty);
  CHECK(row.implementationFor(12) == 2);
  CHECK(row.implementationFor(13) == kEmpty);
}

TEST_CASE("selector row: empty input gives an empty row") {
  SelectorRow row = buildSelectorRow(SelectorInput{3, {}, 0});
  CHECK(row.empty());
  CHECK(row.cidCount == 0);
  CHECK(row.implementationFor(0) == kEmpty);
}

TEST_CASE("selector row: a repeated pair counts once and a conflicting one is an error") {
  SelectorRow row = buildSelectorRow(SelectorInput{1, {{4, 9}, {4, 9}, {5, 9}}, 0});
  CHECK(row.cidCount == 2);
  CHECK(row.intervals == std::vector<CidInterval>{{4, 6, 9}});
  CHECK_THROWS_AS(buildSelectorRow(SelectorInput{1, {{4, 9}, {4, 8}}, 0}), std::invalid_argument);
  CHECK_THROWS_AS(buildSelectorRow(SelectorInput{1, {{4, kEmpty}}, 0}), std::invalid_argument);
  CHECK_THROWS_AS(buildSelectorRow(SelectorInput{1, {{~ClassId(0), 1}}, 0}), std::invalid_argument);
}

}  // namespace
}  // namespace dartc::dispatch
