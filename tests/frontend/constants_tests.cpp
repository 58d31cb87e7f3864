// Constant evaluation: arithmetic, strings and interpolation, const objects and collections
// (canonicalized: equal constants are one object), and its errors.
#include <doctest/doctest.h>

#include "compile_fixture.h"

using namespace dartc::kernel;
using dartc::testing::Compiled;

namespace {

const Constant* constantOf(const Compiled& c, std::string_view name) {
  Field* f = c.field(name);
  if (!f || !f->initializer || f->initializer->kind != ExprKind::ConstantExpr) return nullptr;
  return static_cast<const ConstantExpr*>(f->initializer)->constant;
}

int64_t intOf(const Compiled& c, std::string_view name) {
  const Constant* k = constantOf(c, name);
  REQUIRE(k != nullptr);
  REQUIRE(k->kind == ConstantKind::Int);
  return static_cast<const IntConstant*>(k)->value;
}

std::u16string stringOf(const Compiled& c, std::string_view name) {
  const Constant* k = constantOf(c, name);
  REQUIRE(k != nullptr);
  REQUIRE(k->kind == ConstantKind::String);
  return static_cast<const StringConstant*>(k)->value;
}

}  // namespace

TEST_CASE("integer and double arithmetic") {
  Compiled c(R"(
const a = 1 + 2 * 3;
const b = (a - 10) ~/ 2;
const c = -7 % 3;
const d = 1 << 40;
const e = 0x7fffffffffffffff + 1;
const f = 7 / 2;
const g = a > 5 && !(b == 0);
const h = 5 & 3 | 8 ^ 1;
const i = -(-9223372036854775807 - 1);
void main() {}
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(intOf(c, "a") == 7);
  CHECK(intOf(c, "b") == -1);  // -3 ~/ 2 truncates
  CHECK(intOf(c, "c") == 2);   // % is never negative for a positive divisor
  CHECK(intOf(c, "d") == (int64_t{1} << 40));
  CHECK(intOf(c, "e") == INT64_MIN);  // 64-bit wrap-around
  const Constant* f = constantOf(c, "f");
  REQUIRE(f != nullptr);
  REQUIRE(f->kind == ConstantKind::Double);
  CHECK(static_cast<const DoubleConstant*>(f)->value == 3.5);
  const Constant* g = constantOf(c, "g");
  REQUIRE(g != nullptr);
  CHECK(g->kind == ConstantKind::Bool);
  CHECK(static_cast<const BoolConstant*>(g)->value);
  CHECK(intOf(c, "h") == ((5 & 3) | (8 ^ 1)));
  CHECK(intOf(c, "i") == INT64_MIN);
}

TEST_CASE("strings: concatenation, adjacent literals and interpolation") {
  Compiled c(R"(
const name = 'dart';
const n = 3;
const s = 'hello ' + name;
const t = 'a' 'b' "c";
const u = '$name has ${n + 1} letters, ${true}, ${null}';
const l = name.length;
void main() {}
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  CHECK(stringOf(c, "s") == u"hello dart");
  CHECK(stringOf(c, "t") == u"abc");
  CHECK(stringOf(c, "u") == u"dart has 4 letters, true, null");
  CHECK(intOf(c, "l") == 4);
}

TEST_CASE("const objects and collections are canonicalized") {
  Compiled c(R"(
class Point {
  final int x, y;
  const Point(this.x, this.y);
}
const p = Point(1, 2);
const q = Point(1, 2);
const r = Point(2, 1);
const l1 = [1, 2, 3];
const l2 = <int>[1, 2, 3];
const m = {'a': Point(1, 2)};
const e = Color.green;
enum Color { red, green }
void main() {}
)");
  REQUIRE_MESSAGE(c.ok(), c.firstError());
  const Constant* p = constantOf(c, "p");
  REQUIRE(p != nullptr);
  CHECK(p->kind == ConstantKind::Instance);
  CHECK(p == constantOf(c, "q"));
  CHECK(p != constantOf(c, "r"));
  CHECK(constantOf(c, "l1") == constantOf(c, "l2"));
  const auto* inst = static_cast<const InstanceConstant*>(p);
  REQUIRE(inst->fieldValues.size() == 2);
  CHECK(static_cast<const IntConstant*>(inst->fieldValues[0].second)->value == 1);
  const auto* m = static_cast<const MapConstant*>(constantOf(c, "m"));
  REQUIRE(m != nullptr);
  REQUIRE(m->entries.size() == 1);
  CHECK(m->entries[0].second == p);  // nested constants are shared too
  CHECK(constantOf(c, "e") != nullptr);
}

TEST_CASE("constant evaluation errors") {
  Compiled div("const a = 1 ~/ 0;\nvoid main() {}");
  CHECK(div.firstError() == "1:11: Evaluation of this constant expression throws an IntegerDivisionByZeroException.");
  Compiled call("int f() => 1;\nconst a = f();\nvoid main() {}");
  CHECK(call.firstError() == "2:11: Const variables must be initialized with a constant value.");
  Compiled nonConst("class P { P(); }\nconst p = P();\nvoid main() {}");
  CHECK(nonConst.errors() == std::vector<std::string>{"2:11: The constructor being called isn't a const constructor."});
  Compiled set("const s = {1, 2, 1};\nvoid main() {}");
  CHECK(set.firstError() == "1:18: Two elements in a constant set literal can't be equal.");
  Compiled cycle("const a = b;\nconst b = a;\nvoid main() {}");
  CHECK_FALSE(cycle.ok());
  Compiled local("void main() { var x = 1; const y = x + 1; print(y); }");
  CHECK(local.firstError() == "1:36: Const variables must be initialized with a constant value.");
}
