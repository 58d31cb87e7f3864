// Local type inference: generic method type arguments from arguments and from the context, and
// closure parameter types from the context (the shapes of fold, map, List.generate and reduce,
// declared here so the tests don't depend on the core library's signatures).
#include <doctest/doctest.h>

#include "compile_fixture.h"

using dartc::testing::Compiled;

namespace {

const char* kGenerics = R"(
T identity<T>(T x) => x;
T fold<T, E>(List<E> xs, T initial, T Function(T, E) combine) {
  var acc = initial;
  for (var x in xs) acc = combine(acc, x);
  return acc;
}
List<R> mapList<E, R>(List<E> xs, R Function(E) f) {
  var out = <R>[];
  for (var x in xs) out.add(f(x));
  return out;
}
List<E> generate<E>(int n, E Function(int) f) {
  var out = <E>[];
  for (var i = 0; i < n; i++) out.add(f(i));
  return out;
}
E reduce<E>(List<E> xs, E Function(E, E) f) {
  var acc = xs[0];
  for (var i = 1; i < xs.length; i++) acc = f(acc, xs[i]);
  return acc;
}
T firstOr<T>(List<T> xs, T fallback) => xs.isEmpty ? fallback : xs[0];
List<T> empty<T>() => <T>[];
class Box<T> {
  T value;
  Box(this.value);
  Box<R> map<R>(R Function(T) f) => Box<R>(f(value));
}
)";

Compiled program(const std::string& decls) { return Compiled(std::string(kGenerics) + decls + "\nvoid main() {}\n"); }

}  // namespace

TEST_CASE("type arguments inferred from arguments") {
  Compiled c = program(R"(
var a = identity(3);
var b = identity('s');
var c = firstOr([1, 2], 3);
var d = firstOr([1, 2], 3.5);
var e = Box(7);
var f = Box<num>(7);
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(c.typeOf("a") == "int");
  CHECK(c.typeOf("b") == "String");
  CHECK(c.typeOf("c") == "int");
  CHECK(c.typeOf("d") == "num");
  CHECK(c.typeOf("e") == "Box<int>");
  CHECK(c.typeOf("f") == "Box<num>");
}

TEST_CASE("type arguments inferred from the context") {
  Compiled c = program(R"(
List<String> a = empty();
List<int> b = [];
Map<String, List<int>> m = {};
Set<double> s = {};
num n = identity(3);
var l = <num>[1, 2.5];
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(c.typeOf("a") == "List<String>");
  CHECK(c.typeOf("l") == "List<num>");
  dartc::kernel::Field* a = c.field("a");
  REQUIRE(a->initializer != nullptr);
  CHECK(a->initializer->type->toString() == "List<String>");
  CHECK(c.field("m")->initializer->type->toString() == "Map<String, List<int>>");
  CHECK(c.field("s")->initializer->type->toString() == "Set<double>");
}

TEST_CASE("closure parameter types come from the context") {
  Compiled c = program(R"(
var sum = fold([1, 2, 3], 0, (acc, x) => acc + x);
var joined = fold([1, 2], '', (acc, x) => '$acc$x');
var lengths = mapList(['a', 'bb'], (s) => s.length);
var squares = generate(4, (i) => i * i);
var halves = generate(3, (i) => i / 2);
var longest = reduce(['a', 'bbb'], (a, b) => a.length >= b.length ? a : b);
var boxed = Box(3).map((v) => v.isEven);
int Function(int) twice = (x) => x * 2;
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(c.typeOf("sum") == "int");
  CHECK(c.typeOf("joined") == "String");
  CHECK(c.typeOf("lengths") == "List<int>");
  CHECK(c.typeOf("squares") == "List<int>");
  CHECK(c.typeOf("halves") == "List<double>");
  CHECK(c.typeOf("longest") == "String");
  CHECK(c.typeOf("boxed") == "Box<bool>");
  CHECK(c.typeOf("twice") == "int Function(int)");
}

TEST_CASE("closures: members of the inferred parameter type are checked") {
  Compiled c = program("var bad = mapList(['a'], (s) => s.nope);");
  CHECK_FALSE(c.ok());
  CHECK(c.firstError().find("The getter 'nope' isn't defined for the type 'String'.") != std::string::npos);
}

TEST_CASE("local variable inference and upper bounds of conditionals") {
  Compiled c(R"(
var x = true ? 1 : 2.0;
var y = false ? 'a' : null;
var z = [1, 2.0];
var w = {'a': 1};
void main() {}
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(c.typeOf("x") == "num");
  CHECK(c.typeOf("y") == "String?");
  CHECK(c.typeOf("z") == "List<num>");
  CHECK(c.typeOf("w") == "Map<String, int>");
}

TEST_CASE("a wrongly typed argument is reported against the inferred instantiation") {
  Compiled c = program("var bad = fold([1, 2], 0, (int acc, String x) => acc);");
  CHECK_FALSE(c.ok());
  CHECK(c.firstError().find("The argument type") != std::string::npos);
}
