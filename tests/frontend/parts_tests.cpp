// `part` and `part of` (language specification, "Parts"): a part's declarations belong to the
// library that includes it; the analyzer's errors for parts that are not, or not this library's.
#include <doctest/doctest.h>

#include "compile_fixture.h"

using dartc::testing::Compiled;

TEST_CASE("parts: declarations of a part join the library, private names included") {
  Compiled c(R"(
library app;
import 'dart:math' as math;
part 'shapes.dart';
part 'named.dart';
int _count = 0;
void main() { print(area(2.0)); print(_secret()); print(_count); print(describe()); }
)",
             {{"shapes.dart", "part of 'main.dart';\ndouble area(double r) => math.pi * r * r;\nString _secret() { _count++; return 's'; }\n"},
              {"named.dart", "part of app;\nString describe() => 'app';\n"}});
  CHECK(c.errors().empty());
  CHECK(c.ok());
  CHECK(c.procedure("area") != nullptr);
  CHECK(c.procedure("_secret") != nullptr);
  CHECK(c.procedure("describe") != nullptr);
}

TEST_CASE("parts: a file without a part-of header cannot be a part") {
  Compiled c("part 'other.dart';\nvoid main() {}\n", {{"other.dart", "void f() {}\n"}});
  CHECK(c.firstError() == "1:6: The included part 'file:///memory/other.dart' must have a part-of directive.");
}

TEST_CASE("parts: the part-of header must name the including library") {
  Compiled byUri("part 'other.dart';\nvoid main() {}\n", {{"other.dart", "part of 'elsewhere.dart';\n"}});
  CHECK(byUri.firstError() ==
        "1:6: Expected this library to be part of 'file:///memory/main.dart', not 'file:///memory/other.dart'.");
  Compiled byName("library app;\npart 'other.dart';\nvoid main() {}\n", {{"other.dart", "part of tool;\n"}});
  CHECK(byName.firstError() == "2:6: Expected this library to be part of 'app', not 'tool'.");
  Compiled unnamed("part 'other.dart';\nvoid main() {}\n", {{"other.dart", "part of app.core;\n"}});
  CHECK(unnamed.firstError() ==
        "1:9: The library is unnamed. A URI is expected, not a library name 'app.core', in the part-of directive.");
}

TEST_CASE("parts: a part has no directive but its header, and is included once") {
  Compiled imports("part 'other.dart';\nvoid main() {}\n", {{"other.dart", "part of 'main.dart';\nimport 'dart:math';\n"}});
  CHECK(imports.firstError() == "2:1: The part-of directive must be the only directive in a part.");
  Compiled twice("part 'other.dart';\npart 'other.dart';\nvoid main() {}\n", {{"other.dart", "part of 'main.dart';\n"}});
  CHECK(twice.firstError() == "2:6: The library already contains a part with the URI 'other.dart'.");
}

TEST_CASE("parts: a part is not a library to import, export or compile") {
  Compiled imported("import 'other.dart';\nvoid main() { f(); }\n", {{"other.dart", "part of 'x.dart';\nvoid f() {}\n"}});
  CHECK(imported.firstError() == "1:8: The imported library 'other.dart' can't have a part-of directive.");
  Compiled exported("export 'other.dart';\nvoid main() {}\n", {{"other.dart", "part of 'x.dart';\n"}});
  CHECK(exported.firstError() == "1:8: The exported library 'other.dart' can't have a part-of directive.");
  Compiled script("part of 'lib.dart';\nvoid main() {}\n");
  CHECK(script.firstError() ==
        "1:1: '/memory/main.dart' is a part of another library, not a library; compile the library that includes it.");
}
