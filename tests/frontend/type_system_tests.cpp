// The type relation of Dart 3 with sound null safety (sema/type_system.h): subtyping with
// nullability, generics, function types and FutureOr; the standard upper bound.
#include <doctest/doctest.h>

#include "compile_fixture.h"
#include "sema/type_system.h"

using namespace dartc;
using namespace dartc::kernel;
using dartc::testing::Compiled;

namespace {

// A program declaring a small hierarchy; the fixture gives access to its classes and the core's.
const char* kHierarchy = R"(
class Animal {}
class Dog extends Animal {}
class Cat extends Animal {}
abstract class Named { String get name; }
class Rex extends Dog implements Named { String get name => 'Rex'; }
class Box<T> {}
class Pair<A, B> {}
void main() {}
)";

struct Types {
  Types() : c(kHierarchy), ts(*c.program), t(c.program->types) { REQUIRE(c.ok()); }
  const DartType* of(const char* cls, std::vector<const DartType*> args = {}) {
    Class* k = c.cls(cls);
    REQUIRE(k != nullptr);
    return t.interface(k, std::move(args));
  }
  const DartType* q(const DartType* x) { return t.nullable(x); }
  const DartType* fn(std::vector<const DartType*> pos, const DartType* ret, size_t required = SIZE_MAX,
                     std::vector<NamedParameterType> named = {}) {
    size_t req = required == SIZE_MAX ? pos.size() : required;
    return t.function({}, std::move(pos), req, std::move(named), ret);
  }
  bool sub(const DartType* a, const DartType* b) { return ts.isSubtype(a, b); }

  Compiled c;
  sema::TypeSystem ts;
  TypeStore& t;
};

}  // namespace

TEST_CASE("types are interned: equal types are the same pointer") {
  Types T;
  CHECK(T.of("int") == T.of("int"));
  CHECK(T.of("List", {T.of("int")}) == T.of("List", {T.of("int")}));
  CHECK(T.q(T.of("int")) == T.q(T.of("int")));
  CHECK(T.q(T.q(T.of("int"))) == T.q(T.of("int")));
  CHECK(T.fn({T.of("int")}, T.of("String")) == T.fn({T.of("int")}, T.of("String")));
  CHECK(T.fn({T.of("int")}, T.of("String")) != T.fn({T.of("num")}, T.of("String")));
  CHECK(T.t.nonNullable(T.q(T.of("int"))) == T.of("int"));
}

TEST_CASE("subtyping: classes, top and bottom types") {
  Types T;
  CHECK(T.sub(T.of("Dog"), T.of("Animal")));
  CHECK(T.sub(T.of("Rex"), T.of("Animal")));
  CHECK(T.sub(T.of("Rex"), T.of("Named")));
  CHECK_FALSE(T.sub(T.of("Animal"), T.of("Dog")));
  CHECK_FALSE(T.sub(T.of("Dog"), T.of("Cat")));
  CHECK(T.sub(T.of("int"), T.of("num")));
  CHECK(T.sub(T.of("double"), T.of("num")));
  CHECK_FALSE(T.sub(T.of("num"), T.of("int")));
  CHECK(T.sub(T.of("int"), T.of("Object")));
  CHECK(T.sub(T.of("int"), T.t.dynamicType()));
  CHECK(T.sub(T.of("int"), T.t.voidType()));
  CHECK(T.sub(T.t.neverType(), T.of("int")));
  CHECK(T.sub(T.t.neverType(), T.t.nullType()));
  CHECK_FALSE(T.sub(T.of("Object"), T.of("int")));
}

TEST_CASE("subtyping: nullability") {
  Types T;
  const DartType* i = T.of("int");
  CHECK(T.sub(i, T.q(i)));
  CHECK_FALSE(T.sub(T.q(i), i));
  CHECK(T.sub(T.q(i), T.q(T.of("num"))));
  CHECK_FALSE(T.sub(T.q(i), T.of("num")));
  CHECK(T.sub(T.t.nullType(), T.q(i)));
  CHECK_FALSE(T.sub(T.t.nullType(), i));
  CHECK_FALSE(T.sub(T.t.nullType(), T.of("Object")));
  CHECK(T.sub(T.t.nullType(), T.q(T.of("Object"))));
  CHECK_FALSE(T.sub(T.q(T.of("Object")), T.of("Object")));
  CHECK(T.sub(T.q(T.of("Object")), T.t.dynamicType()));
  CHECK_FALSE(T.sub(T.t.dynamicType(), T.of("Object")));
  CHECK(T.ts.isAssignable(T.t.dynamicType(), i));  // implicit downcast from dynamic
}

TEST_CASE("subtyping: generics are covariant") {
  Types T;
  const DartType* i = T.of("int");
  const DartType* n = T.of("num");
  CHECK(T.sub(T.of("List", {i}), T.of("List", {n})));
  CHECK(T.sub(T.of("List", {i}), T.of("Iterable", {n})));
  CHECK_FALSE(T.sub(T.of("List", {n}), T.of("List", {i})));
  CHECK_FALSE(T.sub(T.of("List", {i}), T.of("Set", {i})));
  CHECK(T.sub(T.of("Box", {T.of("Dog")}), T.of("Box", {T.of("Animal")})));
  CHECK(T.sub(T.of("Box", {i}), T.of("Box", {T.q(i)})));
  CHECK_FALSE(T.sub(T.of("Box", {T.q(i)}), T.of("Box", {i})));
  CHECK(T.sub(T.of("Pair", {i, T.of("Dog")}), T.of("Pair", {n, T.of("Animal")})));
  CHECK_FALSE(T.sub(T.of("Pair", {i, T.of("Animal")}), T.of("Pair", {n, T.of("Dog")})));
  CHECK(T.sub(T.of("Map", {T.of("String"), i}), T.of("Map", {T.of("String"), T.q(T.of("Object"))})));
  // List<int> viewed as an Iterable<int>.
  const InterfaceType* asIt = T.ts.asInstanceOf(static_cast<const InterfaceType*>(T.of("List", {i})), T.c.cls("Iterable"));
  REQUIRE(asIt != nullptr);
  CHECK(asIt->toString() == "Iterable<int>");
}

TEST_CASE("subtyping: function types") {
  Types T;
  const DartType* i = T.of("int");
  const DartType* n = T.of("num");
  const DartType* o = T.of("Object");
  // Parameters are contravariant, returns covariant.
  CHECK(T.sub(T.fn({n}, i), T.fn({i}, n)));
  CHECK_FALSE(T.sub(T.fn({i}, i), T.fn({n}, i)));
  CHECK_FALSE(T.sub(T.fn({i}, n), T.fn({i}, i)));
  // Anything returns into void.
  CHECK(T.sub(T.fn({}, i), T.fn({}, T.t.voidType())));
  // More optional parameters are fine, more required ones are not.
  CHECK(T.sub(T.fn({i, i}, i, 1), T.fn({i}, i)));
  CHECK_FALSE(T.sub(T.fn({i, i}, i), T.fn({i}, i)));
  CHECK_FALSE(T.sub(T.fn({}, i), T.fn({i}, i)));
  // Named parameters: extra optional ones are fine, extra required ones are not.
  CHECK(T.sub(T.fn({}, i, 0, {{"a", i, false}, {"b", i, false}}), T.fn({}, i, 0, {{"a", i, false}})));
  CHECK_FALSE(T.sub(T.fn({}, i, 0, {{"a", i, false}, {"b", i, true}}), T.fn({}, i, 0, {{"a", i, false}})));
  CHECK_FALSE(T.sub(T.fn({}, i, 0, {}), T.fn({}, i, 0, {{"a", i, false}})));
  // Every function type is a Function and an Object.
  CHECK(T.sub(T.fn({i}, i), T.of("Function")));
  CHECK(T.sub(T.fn({i}, i), o));
  CHECK_FALSE(T.sub(T.q(T.fn({i}, i)), T.of("Function")));
  CHECK_FALSE(T.sub(T.of("Function"), T.fn({i}, i)));
  CHECK(T.fn({i}, i, 1, {{"x", T.q(n), true}})->toString() == "int Function(int, {required num? x})");
}

TEST_CASE("subtyping: FutureOr") {
  Types T;
  const DartType* i = T.of("int");
  const DartType* fo = T.t.futureOr(i);
  CHECK(T.sub(i, fo));
  CHECK_FALSE(T.sub(T.t.nullType(), fo));
  CHECK(T.sub(T.t.nullType(), T.t.futureOr(T.q(i))));
  CHECK(T.sub(fo, T.q(T.of("Object"))));
  // Without a Future class in the core library, FutureOr<T> is T.
  if (T.c.program->core.futureClass) CHECK_FALSE(T.sub(fo, i));
}

TEST_CASE("subtyping: type parameters through their bounds") {
  Compiled c("class C<T extends num> { T x; C(this.x); } void main() {}");
  REQUIRE(c.ok());
  sema::TypeSystem ts(*c.program);
  Class* C = c.cls("C");
  REQUIRE(C != nullptr);
  const DartType* T = c.program->types.typeParameter(C->typeParams[0]);
  CHECK(ts.isSubtype(T, c.program->core.numType));
  CHECK(ts.isSubtype(T, T));
  CHECK(ts.isSubtype(T, c.program->types.nullable(T)));
  CHECK_FALSE(ts.isSubtype(c.program->types.nullable(T), T));
  CHECK_FALSE(ts.isSubtype(c.program->core.intType, T));
  CHECK(ts.isPotentiallyNullable(c.program->types.nullable(T)));
  CHECK_FALSE(ts.isPotentiallyNullable(T));  // bound num is non-nullable
}

TEST_CASE("upper bound (UP)") {
  Types T;
  const DartType* i = T.of("int");
  const DartType* d = T.of("double");
  CHECK(T.ts.upperBound(i, i) == i);
  CHECK(T.ts.upperBound(i, d)->toString() == "num");
  CHECK(T.ts.upperBound(T.of("Dog"), T.of("Cat"))->toString() == "Animal");
  CHECK(T.ts.upperBound(T.of("Rex"), T.of("Cat"))->toString() == "Animal");
  CHECK(T.ts.upperBound(T.of("Dog"), T.of("Animal"))->toString() == "Animal");
  CHECK(T.ts.upperBound(i, T.t.nullType())->toString() == "int?");
  CHECK(T.ts.upperBound(T.t.nullType(), T.of("String"))->toString() == "String?");
  CHECK(T.ts.upperBound(T.q(i), d)->toString() == "num?");
  CHECK(T.ts.upperBound(i, T.t.dynamicType())->toString() == "dynamic");
  CHECK(T.ts.upperBound(T.t.neverType(), i) == i);
  CHECK(T.ts.upperBound(T.of("List", {i}), T.of("List", {d}))->toString() == "List<num>");
  CHECK(T.ts.upperBound(i, T.of("String"))->toString() == "Object");
  CHECK(T.ts.upperBound(T.fn({i}, i), T.fn({i}, d))->toString() == "num Function(int)");
}
