// Checker rules that were once missing: definite unassignment of late locals, covariance in
// overrides (named parameters, inherited `covariant`), intersection types from promoting a
// type-parameter-typed variable, and promotion of private final fields.
#include <doctest/doctest.h>

#include "compile_fixture.h"

using dartc::testing::Compiled;
namespace kernel = dartc::kernel;

namespace {

Compiled fn(const std::string& params, const std::string& ret, const std::string& body) {
  return Compiled(ret + " f(" + params + ") {\n" + body + "\n}\nvoid main() {}\n");
}

// A generic function: `ret f<typeParams>(params) { body }`.
Compiled gfn(const std::string& typeParams, const std::string& params, const std::string& ret, const std::string& body) {
  return Compiled(ret + " f<" + typeParams + ">(" + params + ") {\n" + body + "\n}\nvoid main() {}\n");
}

bool hasError(const Compiled& c, const std::string& fragment) {
  for (const std::string& e : c.errors()) {
    if (e.find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("late locals: reading one that is definitely unassigned is an error") {
  Compiled read = fn("", "int", "late int x; return x;");
  CHECK(read.firstError() == "2:20: The late local variable 'x' is definitely unassigned at this point.");
  CHECK(fn("", "void", "late final x; x += 1;").firstError() ==
        "2:15: The late local variable 'x' is definitely unassigned at this point.");
  // Possibly assigned on some path: checked at run time, not here.
  CHECK(fn("bool b", "int", "late int x; if (b) x = 1; return x;").ok());
  CHECK(fn("bool b", "int", "late int x; while (b) { x = 1; } return x;").ok());
  // Assigned later in the loop: possibly assigned at the loop's head.
  CHECK(fn("int n", "void", "late int x; for (var i = 0; i < n; i++) { if (i > 0) print(x); x = i; }").ok());
  CHECK(fn("List<int> l", "void", "late int x; for (final e in l) { if (e > 0) print(x); x = e; }").ok());
  CHECK(fn("", "void", "late int x; try { x = 1; } catch (e) { print(x); } finally { print(x); }").ok());
  CHECK(fn("", "void", "late int x; try { } catch (e) { x = 1; } finally { print(x); }").ok());
  CHECK(fn("List<int> l", "void", "late int x; var y = [for (final e in l) x = e]; print(x); print(y);").ok());
  // A closure may run later: reads inside it and writes by it are not judged here.
  CHECK(fn("", "void", "late int x; void g() { print(x); } x = 1; g();").ok());
  CHECK(fn("", "void", "late int x; void g() { x = 1; } g(); print(x);").ok());
  // Unassigned on every path, including through a join and in unreachable code.
  CHECK_FALSE(fn("bool b", "void", "late int x; if (b) { print(1); } else { print(2); } print(x);").ok());
  CHECK(fn("", "void", "late int x; return; print(x);").ok());
  // With an initializer, or assigned before: fine.
  CHECK(fn("", "int", "late int x = 3; return x;").ok());
  CHECK(fn("", "int", "late final int x; x = 2; return x;").ok());
}

TEST_CASE("overrides: a narrower named parameter needs covariant") {
  Compiled bad = Compiled(
      "class A { void f({num x = 0}) {} }\n"
      "class B extends A { void f({int x = 0}) {} }\n"
      "void main() {}\n");
  CHECK(bad.firstError() ==
        "2:26: 'B.f' ('void Function({int x})') isn't a valid override of 'A.f' ('void Function({num x})').");
  CHECK(Compiled("class A { void f({num x = 0}) {} }\n"
                 "class B extends A { void f({covariant int x = 0}) {} }\n"
                 "void main() {}\n")
            .ok());
  // Covariance is inherited, also through an intermediate override and from an interface.
  Compiled inherited("class A { void f({covariant num x = 0}) {} }\n"
                     "class B extends A { void f({num x = 0}) {} }\n"
                     "class C extends B { void f({int x = 0}) {} }\n"
                     "abstract class I { void g(covariant Object o); }\n"
                     "class D implements I { void g(String o) {} }\n"
                     "void main() {}\n");
  CHECK(inherited.ok());
  // The inherited covariance is recorded, so the narrowed parameter is checked at run time.
  kernel::Class* c = inherited.cls("C");
  REQUIRE(c != nullptr);
  for (kernel::Procedure* p : c->procedures) {
    if (p->name == "f") CHECK(p->function->named[0]->isCovariant);
  }
  // A wider named parameter is always fine; a missing one is not.
  CHECK(Compiled("class A { void f({int x = 0}) {} }\nclass B extends A { void f({num x = 0}) {} }\nvoid main() {}\n").ok());
  CHECK_FALSE(Compiled("class A { void f({int x = 0}) {} }\nclass B extends A { void f() {} }\nvoid main() {}\n").ok());
  // Setters: a narrower parameter through an inherited covariant one.
  CHECK(Compiled("class A { set v(covariant num x) {} }\nclass B extends A { set v(int x) {} }\nvoid main() {}\n").ok());
  CHECK_FALSE(Compiled("class A { set v(num x) {} }\nclass B extends A { set v(int x) {} }\nvoid main() {}\n").ok());
}

TEST_CASE("intersection types: a promoted type variable stays a T") {
  // `b is double` gives `T & double`: a T (returned, passed as T) and a double (isNaN).
  Compiled max("T max<T extends num>(T a, T b) {\n"
                "  if (b is double) {\n"
                "    if (b.isNaN) return b;\n"
                "    T c = b;\n"
                "    double d = b;\n"
                "    return d > 0 ? c : a;\n"
                "  }\n"
                "  return a > b ? a : b;\n"
                "}\n"
                "void main() {}\n");
  CHECK(max.ok());
  CHECK(max.errors().empty());
  // Unbounded: `x is String` gives `T & String`.
  CHECK(gfn("T", "T x", "T", "if (x is String) { print(x.length); return x; } return x;").ok());
  // A nullable type variable tested against a non-nullable type: also an intersection.
  CHECK(gfn("T", "T? x, T y", "T", "if (x is String) { print(x.length); return x; } return y;").ok());
  // Inference never keeps the intersection: `var` declares T (promoted), lists are List<T>.
  CHECK(gfn("T", "T x", "List<T>", "if (x is int) { var y = x; print(y.isEven); y = x; return [y]; } return [x];").ok());
  CHECK_FALSE(gfn("T", "T x", "void", "if (x is int) { var l = [x]; List<int> m = l; }").ok());
  // A type outside the bound does not promote.
  Compiled outside = gfn("T", "T x", "int", "return x is String ? x.length : 0;");
  CHECK(outside.ok());
  Compiled notInBound = Compiled("int f<T extends num>(T x) => x is String ? x.length : 0;\nvoid main() {}\n");
  CHECK_FALSE(notInBound.ok());
  // The intersection is not assignable to a different type variable.
  CHECK_FALSE(gfn("T, S", "T x, S y", "S", "if (x is int) return x; return y;").ok());
}

TEST_CASE("field promotion: private final fields of this library") {
  auto cls = [](const std::string& members, const std::string& rest = "") {
    return Compiled("class C {\n  " + members + "\n  C(this._x);\n  int f() { if (_x != null) return _x.length; return 0; }\n"
                    "  int g() { if (this._x is String) return this._x.length; return 0; }\n}\n" + rest + "void main() {}\n");
  };
  CHECK(cls("final String? _x;").ok());
  // Not private, not final: no promotion.
  CHECK_FALSE(Compiled("class C { final String? x; C(this.x); int f() => x != null ? x.length : 0; }\nvoid main() {}\n").ok());
  CHECK_FALSE(cls("String? _x;").ok());
  // A concrete getter or a non-final field of the same name elsewhere in the library.
  CHECK_FALSE(cls("final String? _x;", "class D { String? get _x => null; }\n").ok());
  CHECK_FALSE(cls("final String? _x;", "class D { String? _x; }\n").ok());
  // An abstract getter is only an interface: fine. A noSuchMethod forwarder is not.
  CHECK(cls("final String? _x;", "abstract class D { String? get _x; }\n").ok());
  CHECK_FALSE(cls("final String? _x;",
                  "class E implements C { dynamic noSuchMethod(Invocation i) => null; }\n")
                  .ok());
  // The promotion survives into closures and loops (the field can't change).
  CHECK(Compiled("class C {\n  final int? _n;\n  C(this._n);\n"
                 "  int f() { if (_n == null) return 0; var g = () => _n + 1; for (var i = 0; i < 2; i++) print(_n.isEven); return g(); }\n}\n"
                 "void main() {}\n")
            .ok());
  // Another object's field, read through a variable (Dart 3.2 field promotion), until the
  // variable is written.
  CHECK(Compiled("class C {\n  final int? _n;\n  C(this._n);\n  int f(C o) { if (o._n != null) return o._n; return 0; }\n}\nvoid main() {}\n")
            .ok());
  Compiled written("class C {\n  final int? _n;\n  C(this._n);\n  int f(C o) { if (o._n != null) { o = C(null); return o._n; } return 0; }\n}\n"
                   "void main() {}\n");
  CHECK(hasError(written, "can't be returned from the method 'f'"));
}
