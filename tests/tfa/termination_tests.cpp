// The analysis terminates quickly, and stays sound, on adversarial programs: deep class
// hierarchies, thousands of call sites with different argument types, many classes flowing into
// one slot (set widening), mutual recursion through fields, long call chains.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "tfa_fixture.h"

using dartc::testing::Analyzed;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

TEST_CASE("termination: a class hierarchy 400 classes deep") {
  const int depth = 400;
  std::string src = "class C0 { int f(int x) => x; C0 make(int i) => C0(); }\n";
  for (int i = 1; i < depth; ++i) {
    src += "class C" + std::to_string(i) + " extends C" + std::to_string(i - 1) + " { int f(int x) => x + " +
           std::to_string(i) + "; C0 make(int i) => i == 0 ? this : C" + std::to_string(i) + "(); }\n";
  }
  src += "C0 pick(int i) {\n  switch (i) {\n";
  for (int i = 0; i < depth; ++i) src += "    case " + std::to_string(i) + ": return C" + std::to_string(i) + "();\n";
  src += "  }\n  return C0();\n}\n";
  src += "void main() {\n  int sum = 0;\n  for (int i = 0; i < " + std::to_string(depth) +
         "; i++) {\n    C0 c = pick(i);\n    sum += c.f(i) + c.make(i).f(1);\n  }\n  print(sum);\n}\n";
  auto start = std::chrono::steady_clock::now();
  Analyzed a(src);
  REQUIRE(a.ok());
  CHECK(secondsSince(start) < 20);  // including the frontend; the analysis itself is far faster
  // Every override is reachable and the calls stay virtual (the receiver is any of them).
  CHECK(a.site("main", "f") == "virtual");
  CHECK(a.facts.isReachable(a.member("C399.f")));
  CHECK(a.facts.isReachable(a.member("C0.f")));
  CHECK(a.receiver("main", "f") == "cone(C0)");
}

TEST_CASE("termination: thousands of call sites with different argument types") {
  const int classes = 40;
  const int calls = 2000;
  std::string src = "abstract class Base { int id(); }\n";
  for (int i = 0; i < classes; ++i) {
    src += "class K" + std::to_string(i) + " extends Base { int id() => " + std::to_string(i) + "; }\n";
  }
  // One function called with every class (and pairs of them), far past the variant cap.
  src += "int use(Object a, Object b) => (a as Base).id() + (b as Base).id();\n";
  src += "void main() {\n  int t = 0;\n";
  for (int i = 0; i < calls; ++i) {
    src += "  t += use(K" + std::to_string(i % classes) + "(), K" + std::to_string((i * 7) % classes) + "());\n";
  }
  src += "  print(t);\n}\n";
  Analyzed a(src);
  REQUIRE(a.ok());
  const dartc::tfa::FunctionInfo* use = a.info("use");
  REQUIRE(use);
  // The merged invocation covers every class that is ever passed: sound, and bounded.
  CHECK(use->variants <= 16);
  CHECK(a.analysis->stats().approximated >= 1);
  CHECK(a.param("use", 0) == "cone(Base)");
  CHECK(a.site("use", "id") == "virtual");
  for (int i = 0; i < classes; ++i) CHECK(a.facts.isReachable(a.member("K" + std::to_string(i) + ".id")));
}

TEST_CASE("termination: many classes into one field widen to a cone") {
  const int classes = 60;
  std::string src = "class Root { String name() => 'root'; }\nclass Box { Object? item; }\n";
  for (int i = 0; i < classes; ++i) {
    src += "class R" + std::to_string(i) + " extends Root { String name() => 'r" + std::to_string(i) + "'; }\n";
  }
  src += "void main() {\n  var box = Box();\n";
  for (int i = 0; i < classes; ++i) src += "  box.item = R" + std::to_string(i) + "();\n";
  src += "  print((box.item as Root).name());\n}\n";
  Analyzed a(src);
  REQUIRE(a.ok());
  CHECK(a.field("Box.item") == "cone(Root)?");
  for (int i = 0; i < classes; ++i) CHECK(a.facts.isReachable(a.member("R" + std::to_string(i) + ".name")));
  // Root itself is never allocated: its name() is not a target.
  CHECK_FALSE(a.facts.isReachable(a.member("Root.name")));
}

TEST_CASE("termination: mutual recursion through fields") {
  Analyzed a(R"(
class A { B? b; Object? v; A? self; }
class B { A? a; Object? w; }
void ping(A x, int n) {
  if (n == 0) return;
  var b = B();
  b.a = x;
  b.w = x.v;
  x.b = b;
  x.self = x;
  pong(b, n - 1);
}
void pong(B y, int n) {
  if (n == 0) return;
  var a = A();
  a.b = y;
  a.v = y.w ?? n;
  y.a = a;
  ping(y.a!, n - 1);
  ping(y.a!.self ?? a, n - 2);
}
void main() {
  var a = A();
  a.v = 'start';
  ping(a, 100);
  print(a.b?.a?.v);
}
)");
  REQUIRE(a.ok());
  CHECK(a.field("A.b") == "B?");
  CHECK(a.field("B.a") == "A?");
  CHECK(a.field("A.v") == "{int, _OneByteString}?");
  CHECK(a.field("B.w") == "{int, _OneByteString}?");
  CHECK(a.analysis->stats().saturated == 0);
}

TEST_CASE("termination: a long chain of calls deeper than the analysis stack") {
  const int length = 1500;
  std::string src;
  for (int i = 0; i < length; ++i) {
    src += "Object f" + std::to_string(i) + "(Object x) => f" + std::to_string(i + 1) + "(x);\n";
  }
  src += "Object f" + std::to_string(length) + "(Object x) => x;\n";
  src += "void main() { print(f0(1)); print(f0('s')); }\n";
  Analyzed a(src);
  REQUIRE(a.ok());
  CHECK(a.result("f0") == "{int, _OneByteString}");
  CHECK(a.result("f700") == "{int, _OneByteString}");
}
