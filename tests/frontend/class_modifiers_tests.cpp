// Class modifiers that hold inside one library too (language specification "Class modifiers"):
// subtypes of base and final types, and what a mixin class may declare. Texts are the analyzer's.
#include <doctest/doctest.h>

#include "compile_fixture.h"

using dartc::testing::Compiled;

TEST_CASE("class modifiers: a subtype of a base or final class is base, final or sealed") {
  Compiled extendsBase("base class A {}\nclass B extends A {}\nvoid main() {}\n");
  CHECK(extendsBase.firstError() == "2:7: The type 'B' must be 'base', 'final' or 'sealed' because the supertype 'A' is 'base'.");
  Compiled implementsFinal("final class A {}\nclass B implements A {}\nvoid main() {}\n");
  CHECK(implementsFinal.firstError() == "2:7: The type 'B' must be 'base', 'final' or 'sealed' because the supertype 'A' is 'final'.");
  Compiled withBaseMixin("base mixin M {}\nclass C with M {}\nvoid main() {}\n");
  CHECK(withBaseMixin.firstError() == "2:7: The type 'C' must be 'base', 'final' or 'sealed' because the supertype 'M' is 'base'.");
  // Through a sealed class, which passes the restriction on.
  Compiled throughSealed("base class A {}\nsealed class B extends A {}\nclass C extends B {}\nvoid main() {}\n");
  CHECK(throughSealed.firstError() == "3:7: The type 'C' must be 'base', 'final' or 'sealed' because the supertype 'A' is 'base'.");
  Compiled fine(R"(
base class A {}
final class B extends A {}
sealed class S extends A {}
base class C extends S {}
interface class I {}
class D implements I {}
enum E implements A { x }
void main() { print(B()); }
)");
  CHECK(fine.errors().empty());
}

TEST_CASE("class modifiers: a mixin class extends Object and declares no constructor") {
  Compiled extendsOther("class A {}\nmixin class B extends A {}\nvoid main() {}\n");
  CHECK(extendsOther.firstError() == "2:23: The class 'B' can't be declared a mixin because it extends a class other than 'Object'.");
  Compiled constructor("mixin class M {\n  final int x;\n  M(this.x);\n}\nvoid main() {}\n");
  CHECK(constructor.firstError() == "3:3: The class 'M' can't be used as a mixin because it declares a constructor.");
  Compiled fine(R"(
mixin class M extends Object {
  M();
  factory M.make() => C();
  String hello() => 'hi';
}
class C with M {}
void main() { print(C().hello()); }
)");
  CHECK(fine.errors().empty());
}
