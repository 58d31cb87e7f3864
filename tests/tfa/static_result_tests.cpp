// Call results are narrowed by the call's static type, also when the flow is precise (issue 10,
// branch deltablue): a generic class's method joins its results over every instantiation, so
// som's `IdentityDictionary<Sym, V>.at` returned {int, Strength} to `Strength.of`, whose
// `.weakest(...)` calls stayed in the dispatch table.
#include <doctest/doctest.h>

#include "tfa_fixture.h"

using dartc::testing::Analyzed;

TEST_CASE("a generic method's joined result is narrowed by the call's static type") {
  Analyzed a(R"(
class Box<V> {
  V? value;
  V? get() => value;
}
class Strength {
  final int n;
  Strength(this.n);
  int weight() => n * 2;
}
final ints = Box<int>()..value = 3;
final strengths = Box<Strength>()..value = Strength(4);
Strength of() => strengths.get()!;
void main() {
  print(ints.get());
  print(of().weight());
}
)");
  REQUIRE(a.ok());
  // The method itself still returns what every instantiation gives it.
  CHECK(a.result("Box.get") == "{int, Strength}?");
  // At the call, the static type Strength? keeps Strength only, so `weight` is a direct call.
  CHECK(a.result("of") == "Strength");
  CHECK(a.site("main", "weight") == "direct Strength.weight");
}
