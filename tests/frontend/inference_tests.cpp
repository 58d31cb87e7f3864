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

// inference.md: a parameter whose downwards solution is a known type is fixed before the
// arguments are inferred.
TEST_CASE("a known solution from the context is fixed before the arguments") {
  Compiled c = program(R"(
List<T> filled<T>(int n, T fill) => [fill];
T pick<T extends num>(T x) => x;
List<int?> a = filled(3, null);
List<num> b = filled(2, 1);
Object o = pick(1);
double d = pick(1);
var e = filled(1, null);
dynamic f = filled(1, null);
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(c.field("a")->initializer->type->toString() == "List<int?>");
  CHECK(c.field("b")->initializer->type->toString() == "List<num>");
  CHECK(c.field("o")->initializer->type->toString() == "num");
  CHECK(c.field("d")->initializer->type->toString() == "double");
  CHECK(c.typeOf("e") == "List<Null>");
  CHECK(c.field("f")->initializer->type->toString() == "List<Null>");
}

TEST_CASE("inference using bounds") {
  Compiled c(R"(
T maxOf<T extends Comparable>(List<T> xs) => xs[0];
T maxOfSelf<T extends Comparable<T>>(List<T> xs) => xs[0];
class A<X extends A<X>> {}
class B extends A<B> {}
class C extends B {}
X f<X extends A<X>>(X x) => x;
var a = maxOf([3, 9, 2]);
var b = maxOfSelf([3, 9, 2]);
var c = maxOfSelf(['x']);
var d = f(C());
void main() {}
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(c.typeOf("a") == "int");
  CHECK(c.typeOf("b") == "num");
  CHECK(c.typeOf("c") == "String");
  CHECK(c.typeOf("d") == "B");
}

TEST_CASE("a lower bound outside the bound is no constraint") {
  Compiled c("T twice<T extends num>(T x) => x;\nvar bad = twice('s');\nvoid main() {}\n");
  CHECK(c.firstError() == "2:17: The argument type 'String' can't be assigned to the parameter type 'num'.");
}

TEST_CASE("generic functions are instantiated by a function type context") {
  Compiled c = program(R"(
T first<T>(T a, T b) => a;
int byLength<T extends String>(T a, T b) => a.length - b.length;
int Function(int, int) f = first;
int Function(String, String)? g = byLength;
var m = [1, 2].map(identity);
var explicit = first<String>;
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  REQUIRE(c.field("f")->initializer->kind == dartc::kernel::ExprKind::Instantiation);
  auto* inst = static_cast<dartc::kernel::Instantiation*>(c.field("f")->initializer);
  REQUIRE(inst->typeArgs.size() == 1);
  CHECK(inst->typeArgs[0]->toString() == "int");
  CHECK(c.field("g")->initializer->type->toString() == "int Function(String, String)");
  CHECK(c.typeOf("m") == "Iterable<int>");
  CHECK(c.typeOf("explicit") == "String Function(String, String)");
  // int is outside the bound, so it constrains nothing: T is String.
  Compiled bad = program("int Function(int, int) h = byLength;\nint byLength<T extends String>(T a, T b) => 0;");
  CHECK(bad.firstError().find("A value of type 'int Function(String, String)' can't be assigned") != std::string::npos);
}

TEST_CASE("an inferred type argument outside its bound is reported") {
  Compiled c(R"(
class D implements Comparable<Object> {
  int compareTo(Object o) => 0;
}
T m<T extends Comparable<T>>(T x) => x;
var bad = m(D());
void main() {}
)");
  CHECK(c.firstError().find("Couldn't infer type parameter 'T'. Tried to infer 'D' for 'T' which doesn't work") !=
        std::string::npos);
}

TEST_CASE("a closure's return type is the context's when its body's isn't a subtype") {
  Compiled c = program(R"(
dynamic raw = 1;
int Function() f = () => raw;
Iterable<int> g = [].map((x) => x);
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(c.field("f")->initializer->type->toString() == "int Function()");
  CHECK(c.field("g")->initializer->type->toString() == "Iterable<int>");
  Compiled bad = program("int Function() h = () { num n = 1; return n; };");
  CHECK(bad.firstError().find("The return type 'num' isn't a 'int', as required by the closure's context.") != std::string::npos);
}
