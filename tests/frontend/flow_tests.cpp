// Flow analysis: type promotion (is, != null, == null with an early return, && and ||, loops
// demoting) and definite assignment. A promotion shows in whether member accesses and
// assignments check; a missing one in the error.
#include <doctest/doctest.h>

#include "compile_fixture.h"

using dartc::testing::Compiled;

namespace {

// Compiles `body` as the body of `f` with the given parameters.
Compiled fn(const std::string& params, const std::string& ret, const std::string& body) {
  return Compiled(ret + " f(" + params + ") {\n" + body + "\n}\nvoid main() {}\n");
}

}  // namespace

TEST_CASE("promotion by 'is'") {
  CHECK(fn("Object o", "int", "if (o is String) return o.length; return 0;").ok());
  CHECK(fn("Object o", "int", "if (o is! String) return 0; return o.length;").ok());
  CHECK(fn("Object o", "int", "return o is String ? o.length : 0;").ok());
  Compiled bad = fn("Object o", "int", "if (o is String) {} return o.length;");
  CHECK(bad.firstError() == "2:30: The getter 'length' isn't defined for the type 'Object'.");
}

TEST_CASE("promotion by != null and == null") {
  CHECK(fn("int? x", "int", "if (x != null) return x; return 0;").ok());
  CHECK(fn("int? x", "int", "if (x == null) return 0; return x;").ok());
  CHECK(fn("int? x", "int", "if (x == null) throw 'no!'; return x + 1;").ok());
  CHECK(fn("int? x", "int", "return x == null ? 0 : x;").ok());
  // "?" "?=" is split because `??=` is a trigraph.
  CHECK(fn("int? x", "int", "x ?" "?= 3; return x;").ok());
  Compiled bad = fn("int? x", "int", "if (x != null) {} return x;");
  CHECK(bad.firstError() ==
        "2:26: A value of type 'int?' can't be returned from the function 'f' because it has a return type of 'int'.");
}

TEST_CASE("promotion through && and ||") {
  CHECK(fn("Object o", "bool", "return o is String && o.isEmpty;").ok());
  CHECK(fn("Object o", "bool", "return o is! String || o.isEmpty;").ok());
  CHECK(fn("int? a, int? b", "int", "if (a != null && b != null) return a + b; return 0;").ok());
  CHECK(fn("int? a, int? b", "int", "if (a == null || b == null) return 0; return a + b;").ok());
  CHECK_FALSE(fn("int? a, int? b", "int", "if (a != null || b != null) return a + b; return 0;").ok());
}

TEST_CASE("assignment demotes, and loops demote at their head") {
  CHECK_FALSE(fn("Object o", "int", "if (o is String) { o = 1; return o.length; } return 0;").ok());
  // Assigned later in the loop body: not promoted at the top of the body.
  Compiled loop = fn("Object o", "void", "if (o is String) { while (o != '') { print(o.length); o = 1; } }");
  CHECK(loop.firstError().find("The getter 'length' isn't defined for the type 'Object'.") != std::string::npos);
  // Not assigned in the loop: the promotion holds.
  CHECK(fn("Object o", "void", "if (o is String) { for (var i = 0; i < 2; i++) { print(o.length); } }").ok());
  // Written in a closure: never promoted.
  CHECK_FALSE(fn("int? x", "int", "void g() { x = null; } if (x != null) return x; return 0;").ok());
}

TEST_CASE("promotion to non-null by assignment of a non-null value") {
  CHECK(fn("", "int", "int? x; x = 3; return x;").ok());
  CHECK_FALSE(fn("int? y", "int", "int? x; x = y; return x;").ok());
}

TEST_CASE("definite assignment") {
  CHECK(fn("bool b", "int", "int x; if (b) { x = 1; } else { x = 2; } return x;").ok());
  CHECK(fn("bool b", "int", "int x; if (b) { x = 1; } else { throw 'no'; } return x;").ok());
  CHECK(fn("bool b", "int", "final int x; x = b ? 1 : 2; return x;").ok());
  CHECK(fn("int n", "int", "int x; switch (n) { case 1: x = 1; default: x = 2; } return x;").ok());
  Compiled once = fn("bool b", "int", "int x; if (b) { x = 1; } return x;");
  CHECK(once.firstError() == "2:33: The non-nullable local variable 'x' must be assigned before it can be used.");
  Compiled loop = fn("bool b", "int", "int x; while (b) { x = 1; } return x;");
  CHECK(loop.firstError().find("must be assigned before it can be used") != std::string::npos);
  Compiled fin = fn("bool b", "int", "final int x; if (b) x = 1; return x;");
  CHECK(fin.firstError().find("The final variable 'x' can't be read because it's potentially unassigned") != std::string::npos);
  // Nullable locals start as null; late ones are checked at run time.
  CHECK(fn("", "int?", "int? x; return x;").ok());
  CHECK(fn("", "int", "late int x; x = 2; return x;").ok());
}

TEST_CASE("reachability: a body that might complete normally") {
  CHECK(fn("bool b", "int", "if (b) return 1; else return 2;").ok());
  CHECK(fn("", "int", "while (true) {}").ok());
  CHECK(fn("", "int", "throw 'x';").ok());
  Compiled bad = fn("bool b", "int", "if (b) return 1;");
  CHECK(bad.firstError().find("The body might complete normally") != std::string::npos);
}

TEST_CASE("a null check (x!) promotes the local") {
  CHECK(fn("int? x", "int", "x!; return x;").ok());
  CHECK(fn("int? x", "int", "print(x! + 1); return x + 1;").ok());
  CHECK(fn("Iterator<int>? it", "int", "while (!it!.moveNext()) {} return it.current;").ok());
}

// flow-analysis.md: the join keeps the types both promotion chains contain.
TEST_CASE("a promotion survives a nested test without else") {
  const char* decls = "class A {} class B extends A { void b() {} } class C extends B {}\n";
  CHECK(Compiled(std::string(decls) + "void f(A a) { if (a is B) { if (a is C) print(a); a.b(); } }\nvoid main() {}\n").ok());
  CHECK(Compiled(std::string(decls) + "void f(A a) { if (a is B) { if (a is C) {} else {} a.b(); } }\nvoid main() {}\n").ok());
  Compiled bad(std::string(decls) + "void f(A a) { if (a is C) {} a.b(); }\nvoid main() {}\n");
  CHECK(bad.firstError().find("The method 'b' isn't defined for the type 'A'.") != std::string::npos);
}

TEST_CASE("an expression whose type is a subtype of Never ends the branch") {
  Compiled never("Never fail() => throw 0;\nint f(int? x) { if (x == null) fail(); return x; }\nvoid main() {}\n");
  CHECK(never.ok());
  Compiled generic("T fail<T extends Never>() => throw 0;\nint f(Object o) { if (o is! int) fail(); return o; }\nvoid main() {}\n");
  CHECK(generic.ok());
  Compiled bounded("bool f<X extends Never>(X Function() g, int? y) { if (y == null) g(); return y.isEven; }\nvoid main() {}\n");
  CHECK(bounded.ok());
}
