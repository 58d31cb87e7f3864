// Facts of the type-flow analysis on small programs: the type sets of fields, parameters, locals
// and returns; monomorphic, polymorphic and unreachable call sites; classes never allocated;
// dynamic calls; closures; recursion.
#include <doctest/doctest.h>

#include "tfa_fixture.h"

using dartc::testing::Analyzed;

TEST_CASE("fields, parameters and returns get the classes that flow into them") {
  Analyzed a(R"(
abstract class Shape { double area(); }
class Circle extends Shape { final double r; Circle(this.r); double area() => 3.0 * r * r; }
class Square extends Shape { final double s; Square(this.s); double area() => s * s; }
class Holder { Object? value; num count = 0; }
num twice(num x) => x + x;
void main() {
  var h = Holder();
  h.value = Circle(1.0);
  h.value = 'text';
  h.count = twice(3);
  print(h.value);
  print(h.count);
  Shape s = Square(2.0);
  print(s.area());
}
)");
  REQUIRE(a.ok());
  CHECK(a.field("Holder.value") == "{_OneByteString, Circle}?");
  // `num x`: only ints are ever passed, and int + int is an int (the operator's static type).
  CHECK(a.param("twice", 0) == "int");
  CHECK(a.result("twice") == "int");
  CHECK(a.field("Holder.count") == "int");
  CHECK(a.field("Circle.r") == "double");
  CHECK(a.local("main", "s") == "Square");
}

TEST_CASE("a call site with one possible target is direct, with two it stays virtual") {
  Analyzed a(R"(
abstract class Animal { String sound(); }
class Dog extends Animal { String sound() => 'woof'; }
class Cat extends Animal { String sound() => 'meow'; }
class Cow extends Animal { String sound() => 'moo'; }
String one(Animal a) => a.sound();
String two(Animal a) => a.sound();
void main() {
  print(one(Dog()));
  print(two(Dog()));
  print(two(Cat()));
}
)");
  REQUIRE(a.ok());
  CHECK(a.site("one", "sound") == "direct Dog.sound");
  CHECK(a.receiver("two", "sound") == "{Dog, Cat}");
  CHECK(a.site("two", "sound") == "virtual");
  // Cow is never allocated: its sound() is never reached, and the class is left out.
  CHECK_FALSE(a.facts.isAllocated(a.cls("Cow")));
  CHECK_FALSE(a.facts.isReachable(a.member("Cow.sound")));
  CHECK(a.facts.isReachable(a.member("Cat.sound")));
  bool inTable = false;
  for (const dartc::tfa::Selector& s : a.facts.tableSelectors()) inTable |= s.name == "sound";
  CHECK(inTable);
}

TEST_CASE("classes that are never allocated have no instances in any type") {
  Analyzed a(R"(
class A { int f() => 1; }
class B extends A { int f() => 2; }
class C extends B { int f() => 3; }
int call(A a) => a.f();
void main() {
  print(call(B()));
}
)");
  REQUIRE(a.ok());
  CHECK(a.facts.isAllocated(a.cls("B")));
  CHECK_FALSE(a.facts.isAllocated(a.cls("A")));
  CHECK_FALSE(a.facts.isAllocated(a.cls("C")));
  // A is still present at run time (B's superclass), C is not.
  CHECK(a.facts.isUsed(a.cls("A")));
  CHECK_FALSE(a.facts.isUsed(a.cls("C")));
  CHECK(a.site("call", "f") == "direct B.f");
}

TEST_CASE("a call no receiver reaches is unreachable") {
  Analyzed a(R"(
class A { int f() => 1; }
A? make(bool b) => b ? null : null;
Never fail() => throw 'no';
void main() {
  A? x = make(true);
  if (x != null) print(x.f());
  A y = fail();
  print(y.f());
}
)");
  REQUIRE(a.ok());
  CHECK(a.site("main", "f", 0) == "unreachable");
  CHECK(a.site("main", "f", 1) == "unreachable");
  CHECK_FALSE(a.facts.isAllocated(a.cls("A")));
}

TEST_CASE("dynamic calls reach the allocated classes that have the member") {
  Analyzed a(R"(
class A { int size() => 1; }
class B { int size() => 2; }
class C { int size() => 3; }
class D { int other() => 4; }
void main() {
  dynamic d = A();
  print(d.size());
  d = B();
  print(d.size());
  print(D().other());
  Object c = C();
  print(c);
}
)");
  REQUIRE(a.ok());
  CHECK(a.facts.isReachable(a.member("A.size")));
  CHECK(a.facts.isReachable(a.member("B.size")));
  // C is allocated, but no dynamic call ever sees a C.
  CHECK_FALSE(a.facts.isReachable(a.member("C.size")));
  CHECK(a.local("main", "d") == "{A, B}");
  CHECK(a.facts.dynamicNames().count("size") == 1);
}

TEST_CASE("closures: what they capture and return, and what calls them") {
  Analyzed a(R"(
int apply(int Function(int) f, int x) => f(x);
void main() {
  int base = 10;
  var add = (int x) => x + base;
  int twice(int x) => x * 2;
  print(apply(add, 1));
  print(apply(twice, 2));
  var names = <String>[];
  void remember(String s) { names.add(s); }
  remember('a');
  print(names.length);
}
)");
  REQUIRE(a.ok());
  CHECK(a.local("main", "base") == "int");
  CHECK(a.param("apply", 0) == "{closure in main, closure in main}");
  CHECK(a.result("apply") == "int");
  const dartc::tfa::FunctionInfo* apply = a.info("apply");
  REQUIRE(apply);
  // Both closures ran (through the call in apply) and took ints.
  size_t closuresRun = 0;
  for (const auto& f : a.analysis->functions()) {
    if (f->kind == dartc::tfa::FunctionInfo::Kind::Closure && f->invoked) {
      ++closuresRun;
      CHECK(a.type(f->parameterTypes[0]) != "empty");
    }
  }
  CHECK(closuresRun == 3);
}

TEST_CASE("a tear-off calls its method with the receivers it was torn off from") {
  Analyzed a(R"(
class Counter {
  int n = 0;
  void bump(int by) { n += by; }
}
void each(List<int> xs, void Function(int) f) { for (var x in xs) f(x); }
void main() {
  var c = Counter();
  each([1, 2, 3], c.bump);
  print(c.n);
}
)");
  REQUIRE(a.ok());
  CHECK(a.facts.isReachable(a.member("Counter.bump")));
  CHECK(a.field("Counter.n") == "int");
}

TEST_CASE("recursion converges to the recursive function's result") {
  Analyzed a(R"(
int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
class Node { Node? next; int v; Node(this.v, this.next); }
int sum(Node? n) => n == null ? 0 : n.v + sum(n.next);
bool isEven(int n) => n == 0 ? true : isOdd(n - 1);
bool isOdd(int n) => n == 0 ? false : isEven(n - 1);
void main() {
  print(fib(20));
  print(sum(Node(1, Node(2, null))));
  print(isEven(10));
}
)");
  REQUIRE(a.ok());
  CHECK(a.result("fib") == "int");
  CHECK(a.param("sum", 0) == "Node?");
  CHECK(a.field("Node.next") == "Node?");
  CHECK(a.result("isEven") == "bool");
  CHECK(a.site("sum", "next") == "direct Node.next");
}

TEST_CASE("values thrown reach the catch clauses that may catch them") {
  Analyzed a(R"(
class Oops implements Exception { String toString() => 'oops'; }
class Other implements Exception { String toString() => 'other'; }
void risky(int n) { if (n > 0) throw Oops(); }
void main() {
  try {
    risky(1);
  } on Oops catch (e) {
    print(e);
  }
  print(Other() is Exception);
}
)");
  REQUIRE(a.ok());
  CHECK(a.local("main", "e") == "Oops");
  CHECK(a.facts.isReachable(a.member("Oops.toString")));
  // Other is allocated but never thrown or printed: its toString is never called.
  CHECK_FALSE(a.facts.isReachable(a.member("Other.toString")));
}

TEST_CASE("hello world keeps little of the core library") {
  Analyzed a("void main() { print('hello'); }\n");
  REQUIRE(a.ok());
  CHECK(a.facts.reachableMembers().size() < 10);
  // The program throws nothing; only the runtime may throw OutOfMemoryError (a full heap), so
  // no other error class and no other toString but String's is kept.
  for (const dartc::kernel::Member* m : a.facts.reachableMembers()) {
    if (m->name == "toString") {
      CHECK_MESSAGE((m->qualifiedName() == "String.toString" || m->qualifiedName() == "OutOfMemoryError.toString"),
                    m->qualifiedName());
    }
  }
  for (const dartc::kernel::Class* c : a.facts.usedClasses()) {
    if (c->name == "OutOfMemoryError" || c->name == "Error") continue;
    CHECK_MESSAGE(c->name.find("Error") == std::string_view::npos, c->name);
  }
}

TEST_CASE("unboxing: a class's type parameter stays boxed, other slots proven int are unboxed") {
  Analyzed a(R"(
class Box<T> {
  T value;
  Box(this.value);
  void put(T v) { value = v; }
  T get() {
    T here = value;
    return here;
  }
}
T pick<T>(T a, T b) => a;
num twice(num x) => x + x;
void main() {
  var b = Box<int>(1);
  b.put(2);
  print(b.get());
  print(pick<int>(3, 4));
  print(twice(5));
}
)");
  REQUIRE(a.ok());
  using dartc::tfa::UnboxedKind;
  // Only ints flow into T, but Box's instances check `v` against their type argument and other
  // instantiations keep T boxed: unboxing would add a box on the way back.
  CHECK(a.param("Box.put", 0) == "int");
  CHECK(a.facts.variableKind(a.variable("Box.put", "v")) == UnboxedKind::None);
  CHECK(a.facts.variableKind(a.variable("Box.get", "here")) == UnboxedKind::None);
  auto function = [&](const char* name) { return static_cast<const dartc::kernel::Procedure*>(a.member(name))->function; };
  CHECK(a.facts.returnKind(function("Box.get")) == UnboxedKind::None);
  // A field is storage of its own: an int field holds the raw int.
  CHECK(a.facts.fieldKind(static_cast<const dartc::kernel::Field*>(a.member("Box.value"))) == UnboxedKind::Int);
  // A method's type parameter and a `num` proven int are unboxed.
  CHECK(a.facts.variableKind(a.variable("pick", "a")) == UnboxedKind::Int);
  CHECK(a.facts.variableKind(a.variable("twice", "x")) == UnboxedKind::Int);
  CHECK(a.facts.returnKind(function("twice")) == UnboxedKind::Int);
}
