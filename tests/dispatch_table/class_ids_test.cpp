// Depth-first class ids: preorder numbers, subtree ranges, root order, reserved cids, errors.
#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

#include "dispatch_table/class_ids.h"
#include "synthetic_program.h"

namespace dartc::dispatch {
namespace {

constexpr ClassIndex kRoot = kNoSuperclass;

// Every class's range holds exactly the cids of its subtree: X.cid lies in C's range iff C is
// X or one of its superclasses. Also checks that cids are a bijection onto [reserved, count).
void checkRangesMatchAncestry(const ClassHierarchy& hierarchy, const ClassIds& ids) {
  size_t n = hierarchy.superclassOf.size();
  REQUIRE(ids.classCount() == n);
  REQUIRE(ids.cidCount() == hierarchy.reservedCids + n);
  for (ClassId cid = 0; cid < hierarchy.reservedCids; ++cid) CHECK(ids.classOf(cid) == kRoot);
  for (ClassIndex cls = 0; cls < n; ++cls) {
    REQUIRE(ids.classOf(ids.cid(cls)) == cls);
    CHECK(ids[cls].cid <= ids[cls].lastSubclassCid);
  }
  std::vector<bool> isAncestorOrSelf(n);
  for (ClassIndex x = 0; x < n; ++x) {
    std::fill(isAncestorOrSelf.begin(), isAncestorOrSelf.end(), false);
    for (ClassIndex c = x; c != kRoot; c = hierarchy.superclassOf[c]) isAncestorOrSelf[c] = true;
    for (ClassIndex c = 0; c < n; ++c) {
      if (ids[c].contains(ids.cid(x)) != isAncestorOrSelf[c]) {
        FAIL_CHECK("class " << c << "'s range and class " << x << " disagree on ancestry");
        return;
      }
    }
  }
}

TEST_CASE("class ids: preorder in declaration order") {
  // 0 Object, 1 A extends Object, 2 B extends A, 3 C extends Object, 4 D extends A
  ClassHierarchy hierarchy{{kRoot, 0, 1, 0, 1}, {}, 0};
  ClassIds ids = assignClassIds(hierarchy);
  CHECK(ids.cid(0) == 0);
  CHECK(ids.cid(1) == 1);
  CHECK(ids.cid(2) == 2);
  CHECK(ids.cid(4) == 3);  // D is A's second subclass, numbered before Object's second, C
  CHECK(ids.cid(3) == 4);
  CHECK(ids[0].lastSubclassCid == 4);
  CHECK(ids[1].lastSubclassCid == 3);
  CHECK(ids[2].lastSubclassCid == 2);
  CHECK(ids[3].lastSubclassCid == 4);
  checkRangesMatchAncestry(hierarchy, ids);
}

TEST_CASE("class ids: reserved cids and root order") {
  // Two roots: 0 (with subclass 2) and 1 (with subclass 3). Number root 1 first.
  ClassHierarchy hierarchy{{kRoot, kRoot, 0, 1}, {1}, 2};
  ClassIds ids = assignClassIds(hierarchy);
  CHECK(ids.reservedCids() == 2);
  CHECK(ids.cid(1) == 2);
  CHECK(ids.cid(3) == 3);
  CHECK(ids.cid(0) == 4);
  CHECK(ids.cid(2) == 5);
  CHECK(ids.cidCount() == 6);
  CHECK(ids.classOf(0) == kRoot);
  CHECK(ids.classOf(6) == kRoot);
  checkRangesMatchAncestry(hierarchy, ids);
}

TEST_CASE("class ids: empty hierarchy") {
  ClassIds ids = assignClassIds(ClassHierarchy{{}, {}, 1});
  CHECK(ids.classCount() == 0);
  CHECK(ids.cidCount() == 1);
}

TEST_CASE("class ids: random forests nest their ranges") {
  for (uint64_t seed = 1; seed <= 8; ++seed) {
    CAPTURE(seed);
    testing::RandomProgramShape shape;
    shape.classes = 400;
    shape.roots = 1 + uint32_t(seed % 4);
    shape.seed = seed;
    ClassHierarchy hierarchy = testing::randomProgram(shape).hierarchy;
    hierarchy.reservedCids = ClassId(seed % 3);
    checkRangesMatchAncestry(hierarchy, assignClassIds(hierarchy));
  }
}

TEST_CASE("class ids: a 100000-deep chain does not recurse on the machine stack") {
  constexpr ClassIndex kDepth = 100000;
  ClassHierarchy hierarchy;
  hierarchy.superclassOf.push_back(kRoot);
  for (ClassIndex cls = 1; cls < kDepth; ++cls) hierarchy.superclassOf.push_back(cls - 1);
  ClassIds ids = assignClassIds(hierarchy);
  bool allInOrder = true;
  for (ClassIndex cls = 0; cls < kDepth; ++cls) {
    allInOrder = allInOrder && ids.cid(cls) == cls && ids[cls].lastSubclassCid == kDepth - 1;
  }
  CHECK(allInOrder);
}

TEST_CASE("class ids: malformed hierarchies are rejected") {
  CHECK_THROWS_AS(assignClassIds(ClassHierarchy{{kRoot, 5}, {}, 0}), std::invalid_argument);
  // 1 and 2 extend each other; 0 is fine.
  CHECK_THROWS_AS(assignClassIds(ClassHierarchy{{kRoot, 2, 1}, {}, 0}), std::invalid_argument);
  CHECK_THROWS_AS(assignClassIds(ClassHierarchy{{0}, {}, 0}), std::invalid_argument);
  // rootOrder naming a non-root, a root twice, or a class out of range.
  CHECK_THROWS_AS(assignClassIds(ClassHierarchy{{kRoot, 0}, {1}, 0}), std::invalid_argument);
  CHECK_THROWS_AS(assignClassIds(ClassHierarchy{{kRoot, 0}, {0, 0}, 0}), std::invalid_argument);
  CHECK_THROWS_AS(assignClassIds(ClassHierarchy{{kRoot}, {3}, 0}), std::invalid_argument);
}

}  // namespace
}  // namespace dartc::dispatch
