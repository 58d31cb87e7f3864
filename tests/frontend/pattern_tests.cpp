// The pattern checker's diagnostics: each mistake is reported once, at its position, and the
// pattern's variables stay declared after an error, so their uses report nothing more (a rejected
// declaration used to leave "Undefined name" errors behind, one per use, including in cascades).
// Also: `e as (int, int);` is a cast statement, not a local function named `as`.
#include <doctest/doctest.h>

#include "compile_fixture.h"

using dartc::testing::Compiled;

namespace {

Compiled body(const std::string& statements) { return Compiled("void main() {\n" + statements + "\n}\n"); }

}  // namespace

TEST_CASE("patterns: a rejected declaration leaves its variables declared") {
  Compiled c = body("var (a, 1) = (1, 2);\na..toString();\nprint(a);");
  CHECK(c.errors() == std::vector<std::string>{"2:9: Refutable patterns can't be used in an irrefutable context."});
  Compiled mismatch = body("var (a, b) = 5;\na..toString();\nprint('$a $b');");
  CHECK(mismatch.errors() ==
        std::vector<std::string>{"2:5: The matched value of type 'int' isn't assignable to the required type '(Object?, Object?)'."});
}

TEST_CASE("patterns: an unknown getter in an object pattern reports once") {
  Compiled c = Compiled("class P { int x = 0; }\nvoid main() {\nif (P() case P(y: var y)) print(y);\n}\n");
  CHECK(c.errors() == std::vector<std::string>{"3:16: The getter 'y' isn't defined for the type 'P'."});
}

TEST_CASE("patterns: a variable only some cases declare is reported where the shared body uses it") {
  Compiled c = body("Object o = 1;\nswitch (o) {\ncase [int a]:\ncase [String b]:\nprint(a);\n}");
  CHECK(c.errors() == std::vector<std::string>{"6:7: The variable 'a' is available in some, but not all cases that share this body."});
}

TEST_CASE("patterns: the statement `e as (int, int)` is a cast, not a pattern") {
  CHECK(body("Object o = (1, 2);\no as (int, int);\nprint(o.$1);").ok());
  // A function named `as` still parses as one when a body follows.
  CHECK(body("int as(int x) => x;\nprint(as(1));").ok());
}

TEST_CASE("patterns: exhaustiveness names the missing case") {
  Compiled c = Compiled("sealed class S {}\nclass A extends S {}\nclass B extends S {}\nint f(S s) => switch (s) { A() => 1 };\nvoid main() {}\n");
  CHECK(c.errors() == std::vector<std::string>{
                          "4:15: The type 'S' isn't exhaustively matched by the switch cases since it doesn't match the pattern 'B()'."});
  CHECK(Compiled("sealed class S {}\nclass A extends S {}\nclass B extends S {}\nint f(S s) => switch (s) { A() => 1, B() => 2 };\nvoid main() {}\n").ok());
}
