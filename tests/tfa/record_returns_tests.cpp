// Records in registers (tfa/src/record_returns.cpp, docs/records.md): which functions return a
// record's fields and which locals hold them, and every reason one does not.
#include <doctest/doctest.h>

#include "tfa_fixture.h"

using dartc::testing::Analyzed;

namespace {

const dartc::kernel::FunctionNode* functionOf(const Analyzed& a, const char* name) {
  return static_cast<const dartc::kernel::Procedure*>(a.member(name))->function;
}

}  // namespace

TEST_CASE("records in registers: direct calls of functions returning fresh records") {
  Analyzed a(R"(
(int, int) divmod(int a, int b) => (a ~/ b, a % b);
(int, int) viaOther(int a) => a > 0 ? divmod(a, 3) : (0, 0);
(int, int) torn(int a) => (a, a);
final (int, int) kept = (1, 2);
(int, int) existing() => kept;
(int, int)? nullable(int a) => a > 0 ? (a, a) : null;
(int, int) throws() => throw 'no';
(int, int, int, int) four() => (1, 2, 3, 4);
Future<(int, int)> later() async => (1, 2);
class A { (int, int) m() => (1, 1); (int, int) only() => (2, 2); }
class B extends A { (int, int) m() => (3, 3); }
void main(List<String> args) {
  var (q, r) = divmod(7, 2);
  print(q + r);
  print(viaOther(args.length).$1);
  final f = torn;
  print(f(1));
  print(torn(2).$1);
  print(existing().$2);
  print(nullable(args.length));
  if (args.length > 5) print(throws());
  print(four().$4);
  later().then(print);
  final list = <A>[A(), B()];
  for (final x in list) print(x.m().$1);
  final both = divmod(9, 4);
  print(both);
  print(A().only().$2);
}
)");
  REQUIRE(a.ok());
  CHECK(a.facts.returnsRecordFields(functionOf(a, "divmod")));
  CHECK(a.facts.returnsRecordFields(functionOf(a, "viaOther")));   // a literal or another such call
  CHECK(a.facts.returnsRecordFields(functionOf(a, "A.only")));     // devirtualized instance calls
  CHECK_FALSE(a.facts.returnsRecordFields(functionOf(a, "torn")));      // torn off
  CHECK_FALSE(a.facts.returnsRecordFields(functionOf(a, "existing")));  // not a fresh record
  CHECK_FALSE(a.facts.returnsRecordFields(functionOf(a, "nullable")));  // (int, int)?
  CHECK_FALSE(a.facts.returnsRecordFields(functionOf(a, "throws")));    // no return: nothing to box
  CHECK_FALSE(a.facts.returnsRecordFields(functionOf(a, "four")));      // more than three fields
  CHECK_FALSE(a.facts.returnsRecordFields(functionOf(a, "later")));     // async
  CHECK_FALSE(a.facts.returnsRecordFields(functionOf(a, "A.m")));       // dispatched
  CHECK_FALSE(a.facts.returnsRecordFields(functionOf(a, "B.m")));
  // `var (q, r) = divmod(7, 2)`'s subject is read field by field; `both` is printed as an object.
  bool subjectHeld = false;
  dartc::kernel::Walker w;
  w.onDeclare = [&](const dartc::kernel::Variable* v) {
    if (v->initializer && v->initializer->kind == dartc::kernel::ExprKind::StaticInvocation && v->name != "both") {
      subjectHeld = subjectHeld || a.facts.holdsRecordFields(v);
    }
  };
  w.walkMember(a.member("main"));
  CHECK(subjectHeld);
  CHECK_FALSE(a.facts.holdsRecordFields(a.variable("main", "both")));
}
