// The type lattice: joins, meets, set widening and cone normalization on a small hierarchy.
#include <doctest/doctest.h>

#include "tfa_fixture.h"
#include "types.h"

using dartc::testing::Analyzed;
using namespace dartc::tfa;

namespace {

const char* kHierarchy = R"(
abstract class Shape {}
class Circle extends Shape {}
class Square extends Shape {}
class Big extends Square {}
abstract class Named {}
class Label implements Named {}
class Leaf {}
void main() {}
)";

}  // namespace

TEST_CASE("lattice: join and meet") {
  Analyzed a(kHierarchy, [] {
    AnalysisOptions o;
    o.maxSetSize = 3;
    return o;
  }());
  REQUIRE(a.ok());
  TypeStore& t = a.analysis->types();
  ClassHierarchy& h = a.analysis->hierarchy();
  auto id = [&](const char* name) { return h.idOf(a.cls(name)); };
  TypeRef circle = t.concrete(id("Circle"));
  TypeRef square = t.concrete(id("Square"));
  TypeRef big = t.concrete(id("Big"));
  TypeRef label = t.concrete(id("Label"));
  TypeRef shapes = t.cone(id("Shape"));

  CHECK(t.join(circle, circle) == circle);
  CHECK(t.join(t.empty(), circle) == circle);
  CHECK(t.join(t.nullType(), circle) == t.concrete(id("Circle"), true));
  CHECK(a.type(t.join(square, circle)) == "{Circle, Square}");
  CHECK(t.join(circle, square) == t.join(square, circle));
  // A cone absorbs its subclasses; the join with an unrelated class is their common superclass.
  CHECK(t.join(shapes, big) == shapes);
  CHECK(a.type(t.join(shapes, label)) == "any");
  // More classes than the cap widen to the cone of their common superclass.
  TypeRef three = t.join(t.join(circle, square), big);
  CHECK(a.type(three) == "{Circle, Square, Big}");
  CHECK(a.type(t.join(three, t.concrete(id("Leaf")))) == "any");
  CHECK(a.type(t.ofClasses({id("Circle"), id("Square"), id("Big"), id("Big")}, false)) == "{Circle, Square, Big}");

  // Meets narrow a value to a static type.
  CHECK(t.meet(three, t.cone(id("Square"))) == t.join(square, big));
  CHECK(t.meet(t.any(true), shapes) == shapes);
  CHECK(t.meet(t.concrete(id("Circle"), true), t.any(false)) == circle);
  CHECK(t.meet(label, shapes) == t.empty());
  CHECK(a.type(t.meet(t.cone(id("Named"), true), t.cone(id("Shape"), true))) == "cone(Named)?");
}

TEST_CASE("lattice: cones are normalized without looking at allocation") {
  Analyzed a(kHierarchy);
  REQUIRE(a.ok());
  TypeStore& t = a.analysis->types();
  ClassHierarchy& h = a.analysis->hierarchy();
  auto id = [&](const char* name) { return h.idOf(a.cls(name)); };
  CHECK(t.cone(h.objectClass) == t.any(false));
  CHECK(t.cone(id("Leaf")) == t.concrete(id("Leaf")));  // no subclasses: exactly Leaf
  CHECK(a.type(t.cone(id("Square"))) == "cone(Square)");
  CHECK(t.cone(h.nullClass) == t.nullType());
  CHECK(t.cone(h.intClass) == t.concrete(h.intClass));
}

TEST_CASE("lattice: subtypes through extends and implements") {
  Analyzed a(kHierarchy);
  REQUIRE(a.ok());
  ClassHierarchy& h = a.analysis->hierarchy();
  auto id = [&](const char* name) { return h.idOf(a.cls(name)); };
  CHECK(h.isSubtype(id("Big"), id("Shape")));
  CHECK(h.isSubtype(id("Label"), id("Named")));
  CHECK_FALSE(h.isSubtype(id("Shape"), id("Big")));
  CHECK_FALSE(h.isSubtype(id("Label"), id("Shape")));
  CHECK(h.commonSuperclass(id("Big"), id("Circle")) == id("Shape"));
  CHECK(h.commonSuperclass(id("Big"), id("Label")) == h.objectClass);
}
