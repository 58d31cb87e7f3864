// The checker's diagnostics as a whole: source order, the error limit, one error per root cause,
// and inputs that must be rejected with a message rather than crash (deep nesting).
#include <doctest/doctest.h>

#include <string>

#include "compile_fixture.h"

using dartc::testing::Compiled;

TEST_CASE("diagnostics are kept in source order") {
  // The checker visits declarations out of source order (fields and constants on demand).
  Compiled c(R"(
void main() { int a = 'x'; }
class A { int f; }
int g() {}
)");
  auto errors = c.errors();
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].rfind("2:", 0) == 0);
  CHECK(errors[1].rfind("3:", 0) == 0);
  CHECK(errors[2].rfind("4:", 0) == 0);
}

TEST_CASE("the error limit stops the checker at 20 errors") {
  std::string body;
  for (int i = 0; i < 50; ++i) body += "  int v" + std::to_string(i) + " = 'x';\n";
  Compiled c("void main() {\n" + body + "}\n");
  CHECK(c.diags.errorCount() == 20);
  CHECK(c.errors().size() == 20);
  CHECK(c.diags.limitReached());
}

TEST_CASE("one root cause, one error") {
  CHECK(Compiled("void main() { var x = nope; print(x.length); x.foo(); print(x + 1); }").errors().size() == 1);
  CHECK(Compiled("void main() { for (var c in 5) { print(c.length); break; } }").errors().size() == 1);
  // A generator whose return type is wrong: its yields are not reported again.
  CHECK(Compiled("int g() sync* { yield 1; yield 'x'; }\nvoid main() {}").errors().size() == 1);
  CHECK(Compiled("enum E { a, b }\nint f(E e) { switch (e) { case E.a: return 1; } }\nvoid main() {}").errors().size() == 1);
  CHECK(Compiled("class P { P(); }\nvoid main() { const p = P(); }").errors().size() == 1);
  CHECK(Compiled("void main() { Undefined x = 1; print(x.y); }").errors().size() == 1);
  // A plain class in a `with` clause is reported, then applied: its members stay defined.
  CHECK(Compiled("class A { int x = 1; }\nclass B with A {}\nvoid main() { print(B().x); }").errors().size() == 1);
}

TEST_CASE("deeply nested input is rejected with a message, not a stack overflow") {
  std::string open(20000, '(');
  std::string close(20000, ')');
  Compiled parens("void main() { print(" + open + "1" + close + "); }");
  CHECK_FALSE(parens.ok());
  CHECK(parens.firstError().find("nest") != std::string::npos);
  std::string lists(20000, '[');
  Compiled brackets("var x = " + lists + ";\nvoid main() {}");
  CHECK_FALSE(brackets.ok());
  std::string blocks;
  for (int i = 0; i < 20000; ++i) blocks += "{";
  Compiled nestedBlocks("void main() " + blocks);
  CHECK_FALSE(nestedBlocks.ok());
}

TEST_CASE("long chains the parser accepts don't overflow the checker") {
  // Binary operators and calls chain iteratively in the parser; the checker recurses per level.
  std::string sum = "1";
  for (int i = 0; i < 20000; ++i) sum += " + 1";
  Compiled plus("var x = " + sum + ";\nvoid main() {}");
  CHECK(plus.diags.errorCount() <= 1);
  std::string calls = "f";
  for (int i = 0; i < 20000; ++i) calls += "()";
  Compiled chain("dynamic f() => f;\nvar y = " + calls + ";\nvoid main() {}");
  CHECK(chain.diags.errorCount() <= 1);
  std::string cascade = "StringBuffer()";
  for (int i = 0; i < 20000; ++i) cascade += "..write('a')";
  Compiled cascades("var z = " + cascade + ";\nvoid main() {}");
  CHECK(cascades.diags.errorCount() <= 1);
}

TEST_CASE("in-memory imports resolve relative to the main file") {
  Compiled c("import 'lib/util.dart';\nvoid main() { print(twice(2)); }", {{"lib/util.dart", "int twice(int x) => 2 * x;"}});
  CHECK_MESSAGE(c.ok(), c.firstError());
  Compiled missing("import 'nope.dart';\nvoid main() {}");
  CHECK(missing.firstError() == "1:8: Target of URI doesn't exist: 'nope.dart'.");
}

TEST_CASE("regression: closures in a body don't invalidate the enclosing function's context") {
  // Found by the fuzzer (tests/fuzz/regressions): checkBody and checkReturn held a reference
  // into the stack of function contexts while checking closures that grow it.
  std::string nested = "1";
  for (int i = 0; i < 40; ++i) nested = "() => " + nested;
  Compiled arrow("f() => " + nested + ";\nvoid main() { f(); }");
  CHECK_MESSAGE(arrow.ok(), arrow.firstError());
  Compiled ret("f() { return " + nested + "; }\ng() { var x = " + nested + "; }\nvoid main() { f(); g(); }");
  CHECK_MESSAGE(ret.ok(), ret.firstError());
}
