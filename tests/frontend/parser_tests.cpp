// Parser tests. Trees are compared in the S-expression form of syntax/ast_printer.h, where
// operators print prefix and fully parenthesized, so precedence and associativity are visible.
#include <doctest/doctest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "syntax/ast_printer.h"
#include "syntax/parser.h"

using namespace dartc;
using namespace dartc::syntax;

namespace {

struct Parsed {
  explicit Parsed(std::string source) : diags(sources) {
    diags.setEcho(false);
    file = sources.add("test.dart", std::move(source));
    unit = parseFile(file, sources, arena, diags);
  }

  // "line:col: message" for every diagnostic.
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.all()) {
      LineCol lc = sources.file(file).lineCol(d.loc.offset);
      out.push_back(std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " + d.message);
    }
    return out;
  }

  std::string firstError() const {
    std::vector<std::string> all = errors();
    return all.empty() ? "" : all[0];
  }

  SourceManager sources;
  Diagnostics diags;
  FileId file;
  ast::AstArena arena;
  ast::CompilationUnit* unit;
};

// The tree of an expression, parsed as a top-level variable's initializer.
std::string expr(const std::string& source) {
  Parsed parsed("var x = " + source + ";");
  CHECK_MESSAGE(parsed.errors().empty(), source);
  REQUIRE(parsed.unit->declarations.size() == 1);
  auto* decl = static_cast<ast::VariableDeclaration*>(parsed.unit->declarations[0]);
  return printExpr(decl->field->vars[0].init);
}

// The statements of a function body, printed one after another.
std::string stmts(const std::string& source, const std::string& modifier = "") {
  Parsed parsed("f() " + modifier + " {\n" + source + "\n}");
  CHECK_MESSAGE(parsed.errors().empty(), source);
  REQUIRE(parsed.unit->declarations.size() == 1);
  auto* decl = static_cast<ast::FunctionDeclaration*>(parsed.unit->declarations[0]);
  REQUIRE(decl->function->blockBody);
  std::string out;
  for (const ast::Stmt* stmt : decl->function->blockBody->statements) {
    if (!out.empty()) out += ' ';
    out += printStmt(stmt);
  }
  return out;
}

// All declarations of a file, one per line.
std::string decls(const std::string& source) {
  Parsed parsed(source);
  CHECK_MESSAGE(parsed.errors().empty(), source);
  std::string out = printUnit(parsed.unit);
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string firstError(const std::string& source) { return Parsed(source).firstError(); }

std::string repeat(const std::string& text, int count) {
  std::string out;
  out.reserve(text.size() * count);
  for (int i = 0; i < count; ++i) out += text;
  return out;
}

}  // namespace

// --- Precedence and associativity --------------------------------------------------------------

TEST_CASE("parser: multiplicative binds tighter than additive") {
  CHECK(expr("1 + 2 * 3") == "(+ 1 (* 2 3))");
  CHECK(expr("1 * 2 + 3") == "(+ (* 1 2) 3)");
  CHECK(expr("a ~/ b % c / d") == "(/ (% (~/ a b) c) d)");
}

TEST_CASE("parser: binary operators associate to the left") {
  CHECK(expr("a - b - c") == "(- (- a b) c)");
  CHECK(expr("a ?? b ?? c") == "(?? (?? a b) c)");
  CHECK(expr("a || b || c") == "(|| (|| a b) c)");
}

TEST_CASE("parser: the full precedence ladder") {
  CHECK(expr("a ?? b || c && d == e < f | g ^ h & i << j + k * l") ==
        "(?? a (|| b (&& c (== d (< e (| f (^ g (& h (<< i (+ j (* k l)))))))))))");
  CHECK(expr("a * b + c << d & e ^ f | g < h == i && j || k ?? l") ==
        "(?? (|| (&& (== (< (| (^ (& (<< (+ (* a b) c) d) e) f) g) h) i) j) k) l)");
}

TEST_CASE("parser: shift operators are assembled from '>' tokens") {
  CHECK(expr("a >> b >>> c") == "(>>> (>> a b) c)");
  CHECK(expr("a >= b") == "(>= a b)");
  CHECK(expr("a > b") == "(> a b)");
  CHECK(expr("1 << 2 >> 3") == "(>> (<< 1 2) 3)");
}

TEST_CASE("parser: prefix operators bind tighter than binary ones, selectors tighter still") {
  CHECK(expr("-a * b") == "(* (neg a) b)");
  CHECK(expr("!a || b") == "(|| (! a) b)");
  CHECK(expr("~a & b") == "(& (~ a) b)");
  CHECK(expr("-a.b") == "(neg (. a b))");
  CHECK(expr("- -a") == "(neg (neg a))");
  CHECK(expr("!a!") == "(! (nonnull a))");
  CHECK(expr("a++ + ++b") == "(+ (post++ a) (pre++ b))");
  CHECK(expr("--a.b[0]") == "(pre-- ([] (. a b) 0))");
}

TEST_CASE("parser: conditional expressions") {
  CHECK(expr("a ? b : c") == "(? a b c)");
  CHECK(expr("a ? b : c ? d : e") == "(? a b (? c d e))");
  CHECK(expr("a ? b ? c : d : e") == "(? a (? b c d) e)");
  CHECK(expr("a ?? b ? c : d") == "(? (?? a b) c d)");
  CHECK(expr("a || b ? c + 1 : d") == "(? (|| a b) (+ c 1) d)");
}

TEST_CASE("parser: assignment is right-associative and lowest") {
  CHECK(stmts("a = b = c;") == "(expr (= a (= b c)))");
  CHECK(stmts("a = b ? c : d;") == "(expr (= a (? b c d)))");
  CHECK(stmts("a += b * 2;") == "(expr (+= a (* b 2)))");
  CHECK(stmts("a -= 1; a *= 2; a /= 3; a ~/= 4; a %= 5;") ==
        "(expr (-= a 1)) (expr (*= a 2)) (expr (/= a 3)) (expr (~/= a 4)) (expr (%= a 5))");
  CHECK(stmts("a <<= 1; a >>= 2; a >>>= 3; a &= 4; a |= 5; a ^= 6; a ?\?= 7;") ==
        "(expr (<<= a 1)) (expr (>>= a 2)) (expr (>>>= a 3)) (expr (&= a 4)) (expr (|= a 5)) "
        "(expr (^= a 6)) (expr (?\?= a 7))");
  CHECK(stmts("a.b = 1; a[0] = 2; a?.b = 3;") ==
        "(expr (= (. a b) 1)) (expr (= ([] a 0) 2)) (expr (= (?. a b) 3))");
}

TEST_CASE("parser: is, is! and as sit at the relational level") {
  CHECK(expr("a is int && b is! String") == "(&& (is a int) (is! b String))");
  CHECK(expr("a + b as num") == "(as (+ a b) num)");
  CHECK(expr("(a as num) + 1") == "(+ (paren (as a num)) 1)");
  CHECK(expr("a is List<int>?") == "(is a List<int>?)");
  CHECK(expr("a as int == b") == "(== (as a int) b)");
}

TEST_CASE("parser: '?' after a type test is nullable or conditional as the context says") {
  CHECK(expr("x is int ? 1 : 2") == "(? (is x int) 1 2)");
  CHECK(expr("x is int? ? 1 : 2") == "(? (is x int?) 1 2)");
  CHECK(expr("x as String? ?? 'd'") == "(?? (as x String?) \"d\")");
  CHECK(expr("[x is int?]") == "(list (is x int?))");
}

TEST_CASE("parser: comparison operators do not associate") {
  CHECK(firstError("var x = a < b < c;") ==
        "1:15: A comparison expression can't be an operand of another comparison expression.");
  CHECK(firstError("var x = a == b != c;") ==
        "1:16: A comparison expression can't be an operand of another comparison expression.");
}

TEST_CASE("parser: cascades") {
  CHECK(expr("a..b = 1..c()") == "(cascade a (= (. .. b) 1) (call .. .c))");
  CHECK(expr("a?..b()..c.d") == "(?cascade a (call .. .b) (. (. .. c) d))");
  CHECK(expr("a..[0] = 1..x[2]") == "(cascade a (= ([] .. 0) 1) ([] (. .. x) 2))");
  CHECK(stmts("x = y..z();") == "(expr (= x (cascade y (call .. .z))))");
  CHECK(expr("a ? b : c..d()") == "(cascade (? a b c) (call .. .d))");
  CHECK(expr("sb..write('a')..write(b + 1)") ==
        "(cascade sb (call .. .write \"a\") (call .. .write (+ b 1)))");
}

TEST_CASE("parser: throw and rethrow") {
  CHECK(stmts("throw a ?? b;") == "(expr (throw (?? a b)))");
  CHECK(expr("a ?? throw StateError('x')") == "(?? a (throw (call StateError \"x\")))");
  CHECK(stmts("try {} catch (e) { rethrow; }") == "(try (block) (catch e (block (expr rethrow))))");
}

TEST_CASE("parser: await binds like a prefix operator in async functions") {
  CHECK(stmts("await a + b;", "async") == "(expr (+ (await a) b))");
  CHECK(stmts("var x = await f().g;", "async") == "(decl var (x (await (. (call f) g))))");
  // Outside async functions `await` is an identifier.
  CHECK(stmts("var await = 1; await++;") == "(decl var (await 1)) (expr (post++ await))");
  CHECK(firstError("f() { await g(); }") ==
        "1:7: 'await' can only be used in 'async' or 'async*' methods.");
}

// --- Selectors, calls and type arguments --------------------------------------------------------

TEST_CASE("parser: selector chains") {
  CHECK(expr("a.b.c(d).e[f]") == "([] (. (call (. a b) .c d) e) f)");
  CHECK(expr("x?.y?.z()") == "(call (?. x y) ?.z)");
  CHECK(expr("a!.b") == "(. (nonnull a) b)");
  CHECK(expr("a![0]") == "([] (nonnull a) 0)");
  CHECK(expr("f()()") == "(fcall (call f))");
  CHECK(expr("(f)(1)") == "(fcall (paren f) 1)");
  CHECK(expr("list[0](x)") == "(fcall ([] list 0) x)");
  CHECK(expr("super.foo(1)") == "(call super .foo 1)");
  CHECK(expr("this.x") == "(. this x)");
}

TEST_CASE("parser: null-aware index versus conditional with a list") {
  CHECK(expr("a?[0]") == "(?[] a 0)");
  CHECK(expr("c ? [1] : [2]") == "(? c (list 1) (list 2))");
  CHECK(expr("m?[k] ?? 0") == "(?? (?[] m k) 0)");
  CHECK(expr("c ? [1].first : 0") == "(? c (. (list 1) first) 0)");
  CHECK(expr("f(m?[k], c ? 1 : 2)") == "(call f (?[] m k) (? c 1 2))");
}

TEST_CASE("parser: arguments, named and positional, in source order") {
  CHECK(expr("f(1, b: 2, 3, c: d)") == "(call f 1 b: 2 3 c: d)");
  CHECK(expr("f(a,)") == "(call f a)");
  CHECK(expr("f(on: 1, async: 2, show: 3)") == "(call f on: 1 async: 2 show: 3)");
  CHECK(expr("f()") == "(call f)");
}

TEST_CASE("parser: type arguments versus less-than") {
  CHECK(expr("f<int>(x)") == "(call f<int> x)");
  CHECK(expr("a.b<int, String>(x)") == "(call a .b<int, String> x)");
  CHECK(expr("f<int>") == "(inst f <int>)");
  CHECK(expr("List<int>") == "(inst List <int>)");
  CHECK(expr("a < b") == "(< a b)");
  CHECK(expr("(a < b, c > d)") == "(record (< a b) (> c d))");
  // Dart's rule: `f(a<b, c>(d))` is a generic call, not two comparisons.
  CHECK(expr("f(a<b, c>(d))") == "(call f (call a<b, c> d))");
  CHECK(expr("a < b && c > d") == "(&& (< a b) (> c d))");
  CHECK(expr("x<List<List<int>>>()") == "(call x<List<List<int>>>)");
  // On any callee, not only a name: a generic function literal, an element, a call's result.
  CHECK(expr("(<T>() => 1)<int>()") == "(fcall (paren (fn<T> () => 1))<int>)");
  CHECK(expr("fs[0]<int>(x)") == "(fcall ([] fs 0)<int> x)");
  CHECK(expr("f()<int>") == "(inst (call f) <int>)");
}

TEST_CASE("parser: constructor invocations") {
  CHECK(expr("C(1)") == "(call C 1)");
  CHECK(expr("List<int>.filled(2, 0)") == "(create List<int>.filled 2 0)");
  CHECK(expr("p.C<int>.named()") == "(create p.C<int>.named)");
  CHECK(expr("new C()") == "(new C)");
  CHECK(expr("new C<T>.named(1)") == "(new C<T>.named 1)");
  CHECK(expr("const C.named(1)") == "(const C.named 1)");
  CHECK(expr("const p.C.n()") == "(const p.C.n)");
  CHECK(expr("const p.C<int>()") == "(const p.C<int>)");
  CHECK(expr("C.new") == "(. C new)");
}

// --- Literals ----------------------------------------------------------------------------------

TEST_CASE("parser: number, boolean, null and symbol literals") {
  CHECK(expr("1_000") == "1_000");
  CHECK(expr("0xFF") == "0xFF");
  CHECK(expr("1.5e3") == "1.5e3");
  CHECK(expr("-9223372036854775808") == "(neg 9223372036854775808)");
  CHECK(expr("[true, false, null]") == "(list true false null)");
  CHECK(expr("#foo.bar") == "#foo.bar");
  CHECK(expr("#+") == "#+");
  Parsed parsed("var x = 1_0.2_5;");
  auto* decl = static_cast<ast::VariableDeclaration*>(parsed.unit->declarations[0]);
  auto* literal = static_cast<ast::DoubleLiteralExpr*>(decl->field->vars[0].init);
  CHECK(literal->value == doctest::Approx(10.25));
}

TEST_CASE("parser: string literals, interpolation and adjacency") {
  CHECK(expr("'abc'") == "\"abc\"");
  CHECK(expr("''") == "\"\"");
  CHECK(expr("'a' \"b\" '''c'''") == "\"abc\"");
  CHECK(expr("'x $y z'") == "(str \"x \" y \" z\")");
  CHECK(expr("'${a + b}'") == "(str (+ a b))");
  CHECK(expr("'$a$b'") == "(str a b)");
  CHECK(expr("'a$b' 'c' '${d}e'") == "(str \"a\" b \"c\" d \"e\")");
  CHECK(expr("'$this'") == "(str this)");
  CHECK(expr("'${'in ${x}'}'") == "(str (str \"in \" x))");
  CHECK(expr("'${{1: 2}[1]}'") == "(str ([] (setmap (: 1 2)) 1))");
  CHECK(expr(R"('\u{1F600}')") == "\"\\uD83D\\uDE00\"");
}

TEST_CASE("parser: list literals with spreads, if and for elements") {
  CHECK(expr("[]") == "(list)");
  CHECK(expr("[1, 2,]") == "(list 1 2)");
  CHECK(expr("<int>[1]") == "(list<int> 1)");
  CHECK(expr("[...a, ...?b]") == "(list (... a) (...? b))");
  CHECK(expr("[if (c) 1 else 2, if (d) 3]") == "(list (if c 1 2) (if d 3))");
  CHECK(expr("[for (var i = 0; i < n; i++) i * 2]") ==
        "(list (for (; (decl var (i 0)); (< i n); (post++ i)) (* i 2)))");
  CHECK(expr("[for (final x in xs) if (x > 0) x]") ==
        "(list (for (in (decl final x) xs) (if (> x 0) x)))");
  CHECK(expr("[if (x case int y when y > 0) y]") ==
        "(list (if-case x case (var int y) when (> y 0) y))");
  CHECK(expr("const [1]") == "(const-list 1)");
  CHECK(expr("const <int>[]") == "(const-list<int>)");
}

TEST_CASE("parser: set and map literals") {
  CHECK(expr("{}") == "(setmap)");
  CHECK(expr("{1, 2}") == "(setmap 1 2)");
  CHECK(expr("{'a': 1, 'b': 2}") == "(setmap (: \"a\" 1) (: \"b\" 2))");
  CHECK(expr("<String, int>{}") == "(setmap<String, int>)");
  CHECK(expr("{...m, if (c) 'k': v, for (var e in es) e.key: e.value}") ==
        "(setmap (... m) (if c (: \"k\" v)) (for (in (decl var e) es) (: (. e key) (. e value))))");
  CHECK(expr("const {'x': 1}") == "(const-setmap (: \"x\" 1))");
  CHECK(expr("{c ? 1 : 2: 3}") == "(setmap (: (? c 1 2) 3))");
}

TEST_CASE("parser: records and parenthesized expressions") {
  CHECK(expr("(1)") == "(paren 1)");
  CHECK(expr("(1,)") == "(record 1)");
  CHECK(expr("()") == "(record)");
  CHECK(expr("(1, 'a')") == "(record 1 \"a\")");
  CHECK(expr("(x: 1, y: 2)") == "(record x: 1 y: 2)");
  CHECK(expr("(x: 1)") == "(record x: 1)");
  CHECK(expr("(1, b: 2, 3)") == "(record 1 3 b: 2)");
  CHECK(expr("const (1, 2)") == "(const-record 1 2)");
  CHECK(expr("r.$1") == "(. r $1)");
}

TEST_CASE("parser: function expressions") {
  CHECK(expr("(a, b) => a + b") == "(fn (a, b) => (+ a b))");
  CHECK(expr("(int x) { return x; }") == "(fn (int x) (block (return x)))");
  CHECK(expr("() async => 1") == "(fn () async => 1)");
  CHECK(expr("() async* { yield 1; }") == "(fn () async* (block (yield 1)))");
  CHECK(expr("() sync* { yield* xs; }") == "(fn () sync* (block (yield* xs)))");
  CHECK(expr("<T>(T x) => x") == "(fn<T> (T x) => x)");
  CHECK(expr("([int a = 1, b]) => a") == "(fn ([int a = 1, b]) => a)");
  CHECK(expr("({required int a, b = 2}) => a") == "(fn ({required int a, b = 2}) => a)");
  CHECK(expr("list.map((e) => e * 2).toList()") ==
        "(call (call list .map (fn (e) => (* e 2))) .toList)");
  CHECK(expr("c ? (x) => 1 : (y) => 2") == "(? c (fn (x) => 1) (fn (y) => 2))");
}

TEST_CASE("parser: switch expressions") {
  CHECK(expr("switch (x) { 0 => 'zero', int n when n < 0 => 'neg', _ => 'pos' }") ==
        "(switch x (0 => \"zero\") ((var int n) when (< n 0) => \"neg\") (_ => \"pos\"))");
  CHECK(expr("switch (p) { (0, 0) => 1, (var a, _) => a, }") ==
        "(switch p ((precord 0 0) => 1) ((precord (var a) _) => a))");
}

// --- Patterns ----------------------------------------------------------------------------------

TEST_CASE("parser: constant patterns") {
  CHECK(stmts("switch (x) { case 1: case 'a': case null: case true: case -2: case -1.5: }") ==
        "(switch x (case 1: case \"a\": case null: case true: case (neg 2): case (neg 1.5):))");
  CHECK(stmts("switch (x) { case Color.red: case a.b.c: case c: case const (1 + 2): }") ==
        "(switch x (case (. Color red): case (. (. a b) c): case c: case (paren (+ 1 2)):))");
  CHECK(stmts("switch (x) { case const [1]: case const Point(1, 2): case #sym: }") ==
        "(switch x (case (const-list 1): case (const Point 1 2): case #sym:))");
}

TEST_CASE("parser: variable and wildcard patterns") {
  CHECK(stmts("switch (x) { case var a: case final b: case int c: case final List<int> d: }") ==
        "(switch x (case (var a): case (final b): case (var int c): case (final List<int> d):))");
  CHECK(stmts("switch (x) { case _: case int _: case var _: case String? s: }") ==
        "(switch x (case _: case (_ int): case _: case (var String? s):))");
  CHECK(stmts("switch (x) { case (int, int) r: }") == "(switch x (case (var (int, int) r):))");
}

TEST_CASE("parser: relational and logical patterns") {
  CHECK(stmts("switch (x) { case > 0 && < 10: case == 5 || != 6: case >= 1: case <= 2: }") ==
        "(switch x (case (&& (> 0) (< 10)): case (|| (== 5) (!= 6)): case (>= 1): case (<= 2):))");
  CHECK(stmts("switch (x) { case 1 || 2 && 3: }") == "(switch x (case (|| 1 (&& 2 3)):))");
  CHECK(stmts("switch (x) { case < a + 1: }") == "(switch x (case (< (+ a 1)):))");
}

TEST_CASE("parser: cast, null-check and null-assert patterns") {
  CHECK(stmts("switch (x) { case var a as int: case var b?: case (var c)!: }") ==
        "(switch x (case (as (var a) int): case (? (var b)): case (! (pparen (var c))):))");
}

TEST_CASE("parser: list, map and record patterns") {
  CHECK(stmts("switch (x) { case [1, var b, ...]: case [...var rest, 0]: case <int>[]: }") ==
        "(switch x (case (plist 1 (var b) ...): case (plist (... (var rest)) 0): case "
        "(plist<int>):))");
  CHECK(stmts("switch (x) { case {'a': var a, 'b': 1}: }") ==
        "(switch x (case (pmap (\"a\": (var a)) (\"b\": 1)):))");
  CHECK(stmts("switch (x) { case (1, var b): case (a: 1, :var b): case (): case (1,): }") ==
        "(switch x (case (precord 1 (var b)): case (precord a: 1 :(var b)): case (precord): "
        "case (precord 1):))");
}

TEST_CASE("parser: object patterns") {
  CHECK(stmts("switch (s) { case Point(x: var px, :var y): case Circle(): }") ==
        "(switch s (case (pobject Point x: (var px) :(var y)): case (pobject Circle):))");
  CHECK(stmts("switch (s) { case p.Box<int>(value: > 0): }") ==
        "(switch s (case (pobject p.Box<int> value: (> 0)):))");
}

TEST_CASE("parser: pattern declarations and for-in with patterns") {
  CHECK(stmts("var (a, b) = r;") == "(pdecl var (precord (var a) (var b)) r)");
  CHECK(stmts("final [x, ...rest] = l;") == "(pdecl final (plist (var x) (... (var rest))) l)");
  CHECK(stmts("var {'k': v} = m;") == "(pdecl var (pmap (\"k\": (var v))) m)");
  CHECK(stmts("final Point(:x, y: py) = p;") ==
        "(pdecl final (pobject Point :(var x) y: (var py)) p)");
  CHECK(stmts("var (int a, _) = r;") == "(pdecl var (precord (var int a) _) r)");
  CHECK(stmts("for (final (k, v) in pairs) {}") ==
        "(for (in final (precord (var k) (var v)) pairs) (block))");
  // A record type followed by a name is an ordinary typed declaration.
  CHECK(stmts("final (int, String) pair = (1, 'a');") ==
        "(decl final (int, String) (pair (record 1 \"a\")))");
}

TEST_CASE("parser: pattern assignment") {
  CHECK(stmts("(a, b) = (b, a);") == "(expr (= (precord (var a) (var b)) (record b a)))");
  CHECK(stmts("[x, y] = list;") == "(expr (= (plist (var x) (var y)) list))");
  CHECK(stmts("(a, _) = r;") == "(expr (= (precord (var a) _) r))");
}

TEST_CASE("parser: if-case") {
  CHECK(stmts("if (json case {'name': String name}) print(name); else print(0);") ==
        "(if-case json case (pmap (\"name\": (var String name))) (expr (call print name)) "
        "(expr (call print 0)))");
  CHECK(stmts("if (p case (var x, var y) when x > y) {}") ==
        "(if-case p case (precord (var x) (var y)) when (> x y) (block))");
}

// --- Statements --------------------------------------------------------------------------------

TEST_CASE("parser: local variable declarations") {
  CHECK(stmts("var x = 1, y;") == "(decl var (x 1) y)");
  CHECK(stmts("final int x = 1;") == "(decl final int (x 1))");
  CHECK(stmts("late String s;") == "(decl late String s)");
  CHECK(stmts("late final s = 1;") == "(decl late final (s 1))");
  CHECK(stmts("const c = 1;") == "(decl const (c 1))");
  CHECK(stmts("const int c = 1;") == "(decl const int (c 1))");
  CHECK(stmts("int? n;") == "(decl int? n)");
  CHECK(stmts("List<Map<String, int>> m = {};") == "(decl List<Map<String, int>> (m (setmap)))");
  CHECK(stmts("p.Type t;") == "(decl p.Type t)");
  CHECK(stmts("int Function(int)? f;") == "(decl int Function(int)? f)");
  CHECK(stmts("dynamic d; Function g;") == "(decl dynamic d) (decl Function g)");
  CHECK(stmts("void Function(int) f = print;") == "(decl void Function(int) (f print))");
  CHECK(stmts("var tearOff = List<int>.filled, ctor = Point.new;") ==
        "(decl var (tearOff (. (inst List <int>) filled)) (ctor (. Point new)))");
}

TEST_CASE("parser: declarations versus expression statements") {
  CHECK(stmts("a < b;") == "(expr (< a b))");
  CHECK(stmts("a<b> c;") == "(decl a<b> c)");
  CHECK(stmts("foo<int>(1);") == "(expr (call foo<int> 1))");
  CHECK(stmts("a * b;") == "(expr (* a b))");
  CHECK(stmts("print(x);") == "(expr (call print x))");
  CHECK(stmts("const [1, 2].forEach(print);") ==
        "(expr (call (const-list 1 2) .forEach print))");
  CHECK(stmts("x;") == "(expr x)");
  // `c ? b = true : null;` is a conditional with an assignment, not a declaration of `b` with
  // the type `c?`; `C? b = c ? x : y;` stays a declaration.
  CHECK(stmts("c ? b = true : null;") == "(expr (? c (= b true) null))");
  CHECK(stmts("C? b = c ? x : y;") == "(decl C? (b (? c x y)))");
  CHECK(stmts("C? b;") == "(decl C? b)");
}

TEST_CASE("parser: local functions") {
  CHECK(stmts("int twice(int x) => x * 2;") == "(local-fn int twice (int x) => (* x 2))");
  CHECK(stmts("helper() { return 1; }") == "(local-fn helper () (block (return 1)))");
  CHECK(stmts("T id<T>(T x) => x;") == "(local-fn T id<T> (T x) => x)");
  CHECK(stmts("void run() async { await x; }") ==
        "(local-fn void run () async (block (expr (await x))))");
  CHECK(stmts("Iterable<int> gen() sync* { yield 1; }") ==
        "(local-fn Iterable<int> gen () sync* (block (yield 1)))");
  CHECK(stmts("(int, int) pair() => (1, 2);") ==
        "(local-fn (int, int) pair () => (record 1 2))");
}

TEST_CASE("parser: if, while, do") {
  CHECK(stmts("if (a) b(); else if (c) d(); else e();") ==
        "(if a (expr (call b)) (if c (expr (call d)) (expr (call e))))");
  CHECK(stmts("if (a) if (b) c(); else d();") == "(if a (if b (expr (call c)) (expr (call d))))");
  CHECK(stmts("while (i < 10) i++;") == "(while (< i 10) (expr (post++ i)))");
  CHECK(stmts("do { i--; } while (i > 0);") == "(do (block (expr (post-- i))) (> i 0))");
  CHECK(stmts(";") == "(empty)");
}

TEST_CASE("parser: for loops of every form") {
  CHECK(stmts("for (var i = 0, j = 1; i < j; i++, j--) {}") ==
        "(for (; (decl var (i 0) (j 1)); (< i j); (post++ i) (post-- j)) (block))");
  CHECK(stmts("for (;;) break;") == "(for (;;;) (break))");
  CHECK(stmts("for (i = 0; i < n; ++i) {}") == "(for (; (= i 0); (< i n); (pre++ i)) (block))");
  CHECK(stmts("for (var x in xs) {}") == "(for (in (decl var x) xs) (block))");
  CHECK(stmts("for (final int x in xs) {}") == "(for (in (decl final int x) xs) (block))");
  CHECK(stmts("for (String s in xs) {}") == "(for (in (decl String s) xs) (block))");
  CHECK(stmts("for (x in xs) {}") == "(for (in x xs) (block))");
  CHECK(stmts("await for (var e in stream) {}", "async") ==
        "(await-for (in (decl var e) stream) (block))");
  Parsed parsed("f() { for (var x in xs) {} for (;;) {} }");
  auto* fn = static_cast<ast::FunctionDeclaration*>(parsed.unit->declarations[0])->function;
  // Both are StmtKind::For; ForLoopParts::isForIn tells them apart.
  auto* forIn = static_cast<ast::ForStmt*>(fn->blockBody->statements[0]);
  auto* cStyle = static_cast<ast::ForStmt*>(fn->blockBody->statements[1]);
  CHECK(forIn->kind == ast::StmtKind::For);
  CHECK(forIn->parts->isForIn);
  CHECK(cStyle->kind == ast::StmtKind::For);
  CHECK_FALSE(cStyle->parts->isForIn);
}

TEST_CASE("parser: switch statements") {
  CHECK(stmts("switch (x) { case 1: case 2: a(); break; default: b(); }") ==
        "(switch x (case 1: case 2: (expr (call a)) (break)) (default: (expr (call b))))");
  CHECK(stmts("switch (x) { case int y when y > 0: return; case _: }") ==
        "(switch x (case (var int y) when (> y 0): (return)) (case _:))");
  CHECK(stmts("switch (x) { l1: case 1: continue l2; l2: case 2: break; }") ==
        "(switch x (l1: case 1: (continue l2)) (l2: case 2: (break)))");
  CHECK(stmts("switch (x) { case 1: loop: for (;;) { break loop; } }") ==
        "(switch x (case 1: (label loop (for (;;;) (block (break loop))))))");
}

TEST_CASE("parser: try, on, catch, finally") {
  CHECK(stmts("try { a(); } on FormatException catch (e, st) { b(); } on Error { } "
              "catch (e) { } finally { c(); }") ==
        "(try (block (expr (call a))) (on FormatException catch e st (block (expr (call b)))) "
        "(on Error (block)) (catch e (block)) (finally (block (expr (call c)))))");
  CHECK(firstError("f() { try {} }") ==
        "1:14: A try block must be followed by an 'on', 'catch', or 'finally' clause.");
}

TEST_CASE("parser: jumps, labels, assert, return") {
  CHECK(stmts("outer: inner: for (;;) { break outer; continue inner; }") ==
        "(label outer inner (for (;;;) (block (break outer) (continue inner))))");
  CHECK(stmts("assert(x > 0); assert(x, 'msg',);") ==
        "(assert (> x 0)) (assert x \"msg\")");
  CHECK(stmts("return; return a + 1;") == "(return) (return (+ a 1))");
}

TEST_CASE("parser: yield in generators") {
  CHECK(stmts("yield 1; yield* other();", "sync*") == "(yield 1) (yield* (call other))");
  CHECK(stmts("yield x;", "async*") == "(yield x)");
  CHECK(stmts("var yield = 1; yield++;") == "(decl var (yield 1)) (expr (post++ yield))");
  CHECK(firstError("f() { yield 1; }") ==
        "1:7: 'yield' can only be used in 'sync*' or 'async*' methods.");
}

TEST_CASE("parser: misplaced async constructs") {
  CHECK(firstError("f() sync* => 1;") == "1:11: 'sync*' and 'async*' can't return a value.");
  CHECK(firstError("f() async* { return 1; }") ==
        "1:14: 'sync*' and 'async*' can't return a value.");
  CHECK(Parsed("f() sync* { return; }").errors().empty());
  CHECK(firstError("f() { await for (var x in s) {} }") ==
        "1:7: The asynchronous for-in can only be used in functions marked with 'async' or "
        "'async*'.");
  CHECK(firstError("abstract class A { Future<void> f() async; }") ==
        "1:42: Abstract methods can't use 'async', 'async*', or 'sync*'.");
  // The async kind of a function does not leak into functions nested in it, or out of them.
  CHECK(stmts("var f = () async { await x; }; var await = 1;") ==
        "(decl var (f (fn () async (block (expr (await x)))))) (decl var (await 1))");
  CHECK(firstError("f() async { g() { await x; } }") ==
        "1:19: 'await' can only be used in 'async' or 'async*' methods.");
}

TEST_CASE("parser: contextual keywords are identifiers where Dart allows") {
  CHECK(stmts("var async = 1, on = 2, show = 3, hide = 4, of = 5, when = 6, sealed = 7;") ==
        "(decl var (async 1) (on 2) (show 3) (hide 4) (of 5) (when 6) (sealed 7))");
  CHECK(stmts("var get = 1, set = 2, late = 3, required = 4, base = 5;") ==
        "(decl var (get 1) (set 2) (late 3) (required 4) (base 5))");
  CHECK(expr("dynamic") == "dynamic");
  CHECK(decls("int get(int on) => on;") == "(function int get (int on) => on)");
}

// --- Declarations ------------------------------------------------------------------------------

TEST_CASE("parser: directives") {
  CHECK(decls("library my.lib;\nimport 'dart:math' as math show max, min hide pi;\n"
              "import 'a.dart' deferred as a;\nexport 'b.dart' show B;\npart 'c.dart';\n"
              "part of 'd.dart';\npart of my.lib;") ==
        "(library)\n(import \"dart:math\" as math show max min hide pi)\n"
        "(import \"a.dart\" deferred as a)\n(export \"b.dart\" show B)\n(part \"c.dart\")\n"
        "(part-of \"d.dart\")\n(part-of)");
  CHECK(decls("library;") == "(library)");
  CHECK(decls("import 'x.dart' if (dart.library.io) 'io.dart' if (dart.library.html) "
              "'web.dart';") == "(import \"x.dart\")");
  CHECK(firstError("import 'a$b.dart';") == "1:8: Can't use string interpolation in a URI.");
}

TEST_CASE("parser: top-level functions, getters, setters and variables") {
  CHECK(decls("void main() {}") == "(function void main () (block))");
  CHECK(decls("main() => 0;") == "(function main () => 0)");
  CHECK(decls("int get answer => 42;") == "(function get int answer => 42)");
  CHECK(decls("get answer => 42;") == "(function get answer => 42)");
  CHECK(decls("set value(int v) {}") == "(function set value (int v) (block))");
  CHECK(decls("external int native(int x);") == "(function external int native (int x) ;)");
  CHECK(decls("var a = 1, b;\nfinal c = 2;\nconst d = 3;\nlate int e;\nint f = 4;") ==
        "(variable var (a 1) b)\n(variable final (c 2))\n(variable const (d 3))\n"
        "(variable late int e)\n(variable int (f 4))");
  CHECK(decls("Future<void> run() async {}") == "(function Future<void> run () async (block))");
  CHECK(decls("T first<T extends Comparable<T>>(List<T> xs) => xs[0];") ==
        "(function T first<T extends Comparable<T>> (List<T> xs) => ([] xs 0))");
}

TEST_CASE("parser: class headers and modifiers") {
  CHECK(decls("class A {}") == "(class A)");
  CHECK(decls("class B<T extends num, U> extends A<T> with M, N implements I, J {}") ==
        "(class B<T extends num, U> extends A<T> with M, N implements I, J)");
  CHECK(decls("abstract class A {}\nsealed class S {}\nbase class B {}\ninterface class I {}\n"
              "final class F {}\nabstract base class AB {}\nmixin class MC {}\n"
              "abstract mixin class AMC {}") ==
        "(abstract class A)\n(sealed class S)\n(base class B)\n(interface class I)\n"
        "(final class F)\n(abstract base class AB)\n(mixin class MC)\n(abstract mixin class AMC)");
  CHECK(decls("class C = B with M;\nclass D<T> = B<T> with M implements I;") ==
        "(class C = B with M)\n(class D<T> = B<T> with M implements I)");
}

TEST_CASE("parser: fields and methods") {
  CHECK(decls("class A { int x = 1, y; static const k = 2; late final String s; var v; "
              "final f; covariant num c; abstract int a; external int e; }") ==
        "(class A (field int (x 1) y) (field static const (k 2)) (field late final String s) "
        "(field var v) (field final f) (field covariant num c) (field abstract int a) "
        "(field external int e))");
  CHECK(decls("class A { void m(); int get g => 1; set s(int v) {} static int f() => 0; "
              "T id<T>(T x) => x; external void n(); }") ==
        "(class A (method abstract void m () ;) (method get int g => 1) "
        "(method set s (int v) (block)) (method static int f () => 0) "
        "(method T id<T> (T x) => x) (method external void n () ;))");
  CHECK(decls("class A { Future<int> f() async => 1; Stream<int> g() async* {} }") ==
        "(class A (method Future<int> f () async => 1) (method Stream<int> g () async* (block)))");
}

TEST_CASE("parser: operator declarations") {
  CHECK(decls("class V { V operator +(V o) => o; V operator -() => this; V operator -(V o) => o; "
              "bool operator ==(Object o) => true; int operator [](int i) => i; "
              "void operator []=(int i, int v) {} V operator ~() => this; "
              "V operator >>(int n) => this; V operator >>>(int n) => this; "
              "bool operator >=(V o) => true; bool operator <(V o) => true; "
              "V operator ~/(V o) => o; }") ==
        "(class V (method operator V + (V o) => o) (method operator V unary- () => this) "
        "(method operator V - (V o) => o) (method operator bool == (Object o) => true) "
        "(method operator int [] (int i) => i) (method operator void []= (int i, int v) (block)) "
        "(method operator V ~ () => this) (method operator V >> (int n) => this) "
        "(method operator V >>> (int n) => this) (method operator bool >= (V o) => true) "
        "(method operator bool < (V o) => true) (method operator V ~/ (V o) => o))");
}

TEST_CASE("parser: constructors of every form") {
  CHECK(decls("class P { P(this.x, {required this.y, super.z}); }") ==
        "(class P (ctor P (this.x, {required this.y, super.z}) ;))");
  CHECK(decls("class P { P.origin() : x = 0, this.y = 1, assert(x >= 0, 'neg'), "
              "super.named(2); }") ==
        "(class P (ctor P.origin () (: (= x 0) (= y 1) (assert (>= x 0) \"neg\") "
        "(super.named 2)) ;))");
  CHECK(decls("class P { P.a() : this(1); P.b() : this.a(); const P.c(); }") ==
        "(class P (ctor P.a () (: (this 1)) ;) (ctor P.b () (: (this.a)) ;) "
        "(ctor const P.c () ;))");
  CHECK(decls("class P { factory P.f(int x) { return P(); } factory P.g() => P(); }") ==
        "(class P (ctor factory P.f (int x) (block (return (call P)))) "
        "(ctor factory P.g () => (call P)))");
  CHECK(decls("class P { factory P() = Q<int>.named; const factory P.c() = p.Q; }") ==
        "(class P (ctor factory P () = Q<int>.named) (ctor const factory P.c () = p.Q))");
  CHECK(decls("class P { P.new(); external P.e(); P(int x) : super(x) { init(); } }") ==
        "(class P (ctor P () ;) (ctor external P.e () ;) "
        "(ctor P (int x) (: (super x)) (block (expr (call init)))))");
  // `(x) {` after an initializer is the constructor body, not a function literal.
  CHECK(decls("class P { P() : x = (1) { } }") ==
        "(class P (ctor P () (: (= x (paren 1))) (block)))");
}

TEST_CASE("parser: parameters") {
  CHECK(decls("f(int a, [String b = 'x', c]) {}") ==
        "(function f (int a, [String b = \"x\", c]) (block))");
  CHECK(decls("f({int a = 1, required String b, c: 3}) {}") ==
        "(function f ({int a = 1, required String b, c = 3}) (block))");
  CHECK(decls("f(int compare(T a, T b), void cb()?, g<T>(T x)) {}") ==
        "(function f (int Function(T a, T b) compare, void Function()? cb, "
        "Function<T>(T x) g) (block))");
  CHECK(decls("f(final x, var y, covariant int z, Function h) {}") ==
        "(function f (final x, var y, covariant int z, Function h) (block))");
  CHECK(decls("f(void Function(int)? cb, int Function<T>(T, [T]) g) {}") ==
        "(function f (void Function(int)? cb, int Function<T>(T, [T]) g) (block))");
  CHECK(decls("class A { A(this.f(int x)); }") ==
        "(class A (ctor A (Function(int x) this.f) ;))");
  CHECK(decls("f(@deprecated int a) {}") == "(function f (int a) (block))");
}

TEST_CASE("parser: type syntax") {
  CHECK(decls("Map<String, List<int?>>? a;") == "(variable Map<String, List<int?>>? a)");
  CHECK(decls("void Function<T>(T) f;") == "(variable void Function<T>(T) f)");
  CHECK(decls("int Function(int) Function(String) g;") ==
        "(variable int Function(int) Function(String) g)");
  CHECK(decls("Function(int, {required String s}) h;") ==
        "(variable Function(int, {required String s}) h)");
  CHECK(decls("(int, String name) r;") == "(variable (int, String name) r)");
  CHECK(decls("({int a, String b})? n;") == "(variable ({int a, String b})? n)");
  CHECK(decls("(int, {bool flag}) m;") == "(variable (int, {bool flag}) m)");
  CHECK(decls("() e;") == "(variable () e)");
}

TEST_CASE("parser: mixins") {
  CHECK(decls("mixin M {}\nmixin N<T> on A, B implements C { void m() {} }\nbase mixin O {}") ==
        "(mixin M)\n(mixin N<T> on A, B implements C (method void m () (block)))\n"
        "(base mixin O)");
}

TEST_CASE("parser: enums") {
  CHECK(decls("enum Color { red, green, blue }") == "(enum Color (values red green blue))");
  CHECK(decls("enum E { a, b, }") == "(enum E (values a b))");
  CHECK(decls("enum Planet with M implements Comparable<Planet> {\n"
              "  mercury(3.3e23, 2.4e6), venus.named(4.8e24), earth<int>(1, 2);\n"
              "  final double mass;\n"
              "  const Planet(this.mass, [this.radius = 0]);\n"
              "  const Planet.named(this.mass) : radius = 0;\n"
              "  double get g => mass;\n}") ==
        "(enum Planet with M implements Comparable<Planet> (values (mercury 3.3e23 2.4e6) "
        "(venus.named 4.8e24) (earth<int> 1 2)) (field final double mass) "
        "(ctor const Planet (this.mass, [this.radius = 0]) ;) "
        "(ctor const Planet.named (this.mass) (: (= radius 0)) ;) (method get double g => mass))");
  CHECK(decls("enum E { a; void f() {} }") == "(enum E (values a) (method void f () (block)))");
}

TEST_CASE("parser: extensions") {
  CHECK(decls("extension on String { int get twice => length * 2; }") ==
        "(extension on String (method get int twice => (* length 2)))");
  CHECK(decls("extension NumX<T extends num> on List<T> { T sum() => 0; static int z = 0; }") ==
        "(extension NumX<T extends num> on List<T> (method T sum () => 0) "
        "(field static int (z 0)))");
  CHECK(decls("extension<T> on List<T> { T get second => this[1]; }") ==
        "(extension<T> on List<T> (method get T second => ([] this 1)))");
}

TEST_CASE("parser: extension types") {
  CHECK(decls("extension type IdNumber(int id) { bool get ok => id > 0; }") ==
        "(extension IdNumber type (int id) (method get bool ok => (> id 0)))");
  CHECK(decls("extension type const Box<T>._(T value) implements Object { Box.of(this.value); }") ==
        "(extension Box<T> type const ._ (T value) implements Object (ctor Box.of (this.value) ;))");
  // `type` is a built-in identifier: these are extensions named `type`, and a variable.
  CHECK(decls("extension type on int {}") == "(extension type on int)");
  CHECK(decls("extension type<T> on List<T> {}") == "(extension type<T> on List<T>)");
  CHECK(decls("int extension = 1;") == "(variable int (extension 1))");
  CHECK(firstError("extension type E() {}") == "1:18: Expected a representation field.");
  CHECK(firstError("extension type E(int a, int b) {}") ==
        "1:29: Each extension type should have exactly one representation field.");
  CHECK(firstError("extension type E(x) {}") == "1:18: Expected a representation type.");
  CHECK(firstError("extension type E(int x) with M {}") ==
        "1:25: An extension type declaration can't have a 'with' clause.");
}

TEST_CASE("parser: typedefs") {
  CHECK(decls("typedef IntOp = int Function(int, int);") ==
        "(typedef IntOp = int Function(int, int))");
  CHECK(decls("typedef Mapper<T, R> = R Function(T);") ==
        "(typedef Mapper<T, R> = R Function(T))");
  CHECK(decls("typedef Json = Map<String, dynamic>;") == "(typedef Json = Map<String, dynamic>)");
  CHECK(decls("typedef int Cmp<T>(T a, T b);") == "(typedef Cmp<T> = int Function(T a, T b))");
  CHECK(decls("typedef void Cb();") == "(typedef Cb = void Function())");
  CHECK(decls("typedef Pair = (int, int);") == "(typedef Pair = (int, int))");
}

TEST_CASE("parser: metadata") {
  CHECK(decls("@override\nvoid f() {}") == "@override (function void f () (block))");
  CHECK(decls("@pragma('vm:entry-point')\n@p.A.b(1)\nclass C {}") ==
        "@(call pragma \"vm:entry-point\") @(call (. p A) .b 1) (class C)");
  CHECK(decls("class C { @override\n(int, int) get pair => (1, 2); }") ==
        "(class C (method get (int, int) pair => (record 1 2)))");
  Parsed parsed("class C { @override String toString() => ''; }");
  auto* cls = static_cast<ast::ClassDecl*>(parsed.unit->declarations[0]);
  REQUIRE(cls->members.size() == 1);
  REQUIRE(cls->members[0].method->annotations.size() == 1);
  CHECK(printExpr(cls->members[0].method->annotations[0]) == "override");
  CHECK(decls("enum E { @deprecated a, b }") == "(enum E (values a b))");
}

TEST_CASE("parser: source locations point at the construct") {
  Parsed parsed("class Point {\n  int x = a + b;\n}");
  const SourceFile& file = parsed.sources.file(parsed.file);
  auto* cls = static_cast<ast::ClassDecl*>(parsed.unit->declarations[0]);
  LineCol nameLc = file.lineCol(cls->nameLoc.offset);
  CHECK(nameLc.line == 1);
  CHECK(nameLc.column == 7);
  auto* init = static_cast<ast::BinaryExpr*>(cls->members[0].field->vars[0].init);
  LineCol opLc = file.lineCol(init->opLoc.offset);
  CHECK(opLc.line == 2);
  CHECK(opLc.column == 13);
  LineCol varLc = file.lineCol(cls->members[0].field->vars[0].loc.offset);
  CHECK(varLc.column == 7);
}

TEST_CASE("parser: a realistic program parses cleanly") {
  // Idioms collected from real benchmark and library code.
  const std::string program = R"dart(import 'dart:typed_data';
import 'dart:collection' show Queue, SplayTreeMap;

typedef SimpleRecord = (int, int);
typedef ComplexRecord = (num, num Function(num), {Comparable z});

abstract interface class Bag<E> implements Iterable<E> {
  factory Bag() = ListBag<E>;
  E removeFirst();
  void addAll(Iterable<E> items);
}

final class ListBag<E> implements Bag<E> {
  static const int _initialCapacity = 8;
  List<E?> _table;
  int _head = 0, _tail = 0;

  ListBag([int? initialCapacity])
    : _table = List<E?>.filled(_capacity(initialCapacity), null);

  static int _capacity(int? n) => n == null || n < _initialCapacity ? _initialCapacity : n;

  Iterator<E> get iterator => throw UnimplementedError('iterator');

  void forEach(void f(E element)) {
    for (int i = _head; i != _tail; i = (i + 1) & (_table.length - 1)) {
      f(_table[i] as E);
    }
  }

  E removeFirst() {
    if (_head == _tail) throw StateError('empty');
    E result = _table[_head] as E;
    _table[_head] = null;
    _head = _tail = 0;
    return result;
  }

  void addAll(Iterable<E> items) {
    if (items is List<E>) {
      List<E> list = items;
      _table.setRange(0, list.length, list, 0);
    } else {
      for (E element in items) _table.add(element);
    }
  }

  static bool _isPowerOf2(int number) => (number & (number - 1)) == 0;
}

class Env<T> {
  T foo(T x) => x;
  S Function(T) bar<S extends T>() {
    S localFunction(T x) {
      if (x is S) return x;
      throw 'bad';
    }

    return localFunction;
  }
}

void pollute(Queue<Object?> q) {
  q
    ..clear()
    ..add((1.2, 1.2.compareTo, z: 'x'))
    ..add((0, (x) => x + 1, z: 123))
    // A comment between cascade sections.
    ..add((1, Env<num>().foo, z: BigInt.parse('42')))
    ..add((1, Env<num>().bar<int>(), z: DateTime.now()));
  Queue<String Function(String)>()..add(Env<String>().foo);
  Queue<num>()
    ..addAll(<int>[1])
    ..addAll(<double>[2.3]);
}

sealed class Shape {}
class Circle extends Shape { final double r; Circle(this.r); }
class Rect extends Shape { final double w, h; Rect(this.w, this.h); }

double area(Shape s) => switch (s) {
      Circle(r: var r) => 3.14 * r * r,
      Rect(:final w, :final h) when w == h => w * w,
      Rect(:var w, :var h) => w * h,
    };

String describe(Object? o) {
  switch (o) {
    case null:
      return 'null';
    case int n when n.isNegative:
    case double n when n < 0:
      return 'negative';
    case [int a, int b, ...]:
      return 'list starting $a, $b';
    case {'name': String name, 'age': int age}:
      return '$name ($age)';
    case (int x, int y):
      return 'point $x,$y';
    case String(length: 0) || '':
      return 'empty string';
    default:
      return o.toString();
  }
}

extension StringX on String {
  String get reversed => split('').reversed.join();
  bool operator <(String other) => compareTo(other) < 0;
}

enum Op {
  add('+', 2), neg('-', 1);
  const Op(this.symbol, this.arity);
  final String symbol;
  final int arity;
  int apply(List<int> args) => switch (this) { Op.add => args[0] + args[1], Op.neg => -args[0] };
}

Future<int> compute(int n) async {
  var total = 0;
  await for (final chunk in Stream.fromIterable([1, 2, 3])) {
    total += chunk;
  }
  final results = await Future.wait([for (var i = 0; i < n; i++) Future.value(i)]);
  return results.fold<int>(total, (a, b) => a + b);
}

Iterable<int> fibs() sync* {
  var (a, b) = (0, 1);
  while (true) {
    yield a;
    (a, b) = (b, a + b);
  }
}

void main(List<String> args) {
  final bytes = Uint8List(16)..fillRange(0, 16, 0xFF);
  final map = SplayTreeMap<String, List<int>>();
  map.putIfAbsent('a', () => []).add(1);
  final counts = <String, int>{};
  for (final word in 'a b a'.split(' ')) {
    counts[word] = (counts[word] ?? 0) + 1;
  }
  final sorted = counts.entries.toList()..sort((a, b) => b.value.compareTo(a.value));
  print('${sorted.first.key}: ${sorted.first.value} ${bytes.length} ${fibs().take(5).toList()}');
  final x = args.isEmpty ? null : int.tryParse(args[0]);
  print(x?.toRadixString(16).padLeft(4, '0') ?? 'none');
  int? maybe;
  maybe ??= 3;
  print(maybe! >> 1 | 1 << 3 ^ ~maybe);
  print(1e21.toString() + 1.0.toStringAsFixed(2) + (-0.0).toString());
  assert(() {
    print('debug');
    return true;
  }());
  var matrix = List.generate(3, (i) => List<double>.filled(3, i.toDouble()));
  matrix[1][2] *= 2;
  label:
  for (var row in matrix) {
    for (var v in row) {
      if (v > 1) break label;
    }
  }
  print(identical(const [1], const [1]));
}
)dart";
  Parsed parsed(program);
  CHECK(parsed.errors().empty());
  CHECK(parsed.unit->directives.size() == 2);
  CHECK(parsed.unit->declarations.size() == 16);
  std::string all = printUnit(parsed.unit);
  CHECK(all.find("(call print (| (>> (nonnull maybe) 1) (^ (<< 1 3) (~ maybe))))") !=
        std::string::npos);
  CHECK(all.find("((pobject Rect :(final w) :(final h)) when (== w h) => (* w w))") !=
        std::string::npos);
  CHECK(all.find("(typedef ComplexRecord = (num, num Function(num), {Comparable z}))") !=
        std::string::npos);
  CHECK(all.find("(ctor factory Bag () = ListBag<E>)") != std::string::npos);
}

// --- Diagnostics and recovery ------------------------------------------------------------------

TEST_CASE("parser: missing semicolon is reported after the previous token") {
  Parsed parsed("void main() {\n  var x = 1\n  var y = 2;\n  print(x + y);\n}");
  CHECK(parsed.errors() == std::vector<std::string>{"2:11: Expected ';' after this."});
  auto* fn = static_cast<ast::FunctionDeclaration*>(parsed.unit->declarations[0])->function;
  CHECK(fn->blockBody->statements.size() == 3);  // parsing went on as if the `;` were there
}

TEST_CASE("parser: expected an identifier") {
  CHECK(firstError("void main() { var x = ; }") == "1:23: Expected an identifier, but got ';'.");
  CHECK(firstError("void main() { foo(1, ); bar(; }") ==
        "1:29: Expected an identifier, but got ';'.");
  CHECK(firstError("void main() {\n  x = 1 +\n}") == "3:1: Expected an identifier, but got '}'.");
  CHECK(firstError("var class = 1;") == "1:5: Expected an identifier, but got 'class'.");
}

TEST_CASE("parser: expected a closing bracket") {
  CHECK(firstError("void main() { foo(a b); }") == "1:21: Expected to find ')'.");
  CHECK(firstError("var x = [1, 2 3];") == "1:15: Expected to find ']'.");
  CHECK(firstError("void main() { if (a) { b(); }") == "1:13: Can't find '}' to match '{'.");
  CHECK(firstError("void main() {\n  print(1;\n}") == "2:8: Can't find ')' to match '('.");
}

TEST_CASE("parser: errors in declarations") {
  CHECK(firstError("class A { 42; }") == "1:11: Expected a class member, but got '42'.");
  CHECK(firstError("class A extends {}") == "1:17: Expected a type, but got '{'.");
  CHECK(firstError("class A") == "1:7: A class declaration must have a body, even if it is empty.");
  CHECK(firstError("mixin M on A;") ==
        "1:12: A mixin declaration must have a body, even if it is empty.");
  CHECK(firstError("f() { try print(1); }") ==
        "1:7: A try statement must have a body, even if it is empty.");
  CHECK(firstError("f() { switch (x) case 1: }") ==
        "1:16: A switch statement must have a body, even if it is empty.");
  CHECK(firstError("int f()") == "1:8: Expected a function body, but got ''.");
  CHECK(firstError("}") == "1:1: Expected a declaration, but got '}'.");
  CHECK(firstError("x = 1;") ==
        "1:1: Variables must be declared using the keywords 'const', 'final', 'var' or a type "
        "name.");
  CHECK(firstError("enum E") == "1:7: Expected a enum body, but got ''.");
  CHECK(firstError("void f() {\n  return 1\n}") == "2:10: Expected ';' after this.");
  CHECK(firstError("f() { var x = 1; x..; }") == "1:21: Expected an identifier, but got ';'.");
  CHECK(firstError("f() { a + b = c; }") ==
        "1:7: Illegal assignment to non-assignable expression.");
  CHECK(firstError("abstract class A { abstract void f(); }") ==
        "1:20: Members of classes can't be declared to be 'abstract'.");
  CHECK(firstError("f(int a = 1) {}") ==
        "1:9: Non-optional parameters can't have a default value.");
}

TEST_CASE("parser: lexical errors are reported through the parser") {
  CHECK(firstError("var s = 'abc;\nvar t = 1;") == "1:9: Unterminated string literal.");
  CHECK(firstError("var a = 1; /* never closed") == "1:12: Unterminated multi-line comment.");
  Parsed parsed("var s = 'abc;\nvar t = 1;");
  CHECK(parsed.errors().size() == 1);  // no follow-up errors from the broken literal
}

TEST_CASE("parser: several independent errors are reported from one file") {
  Parsed parsed(
      "void a() {\n"
      "  var x = ;\n"           // 2:11
      "  print('ok');\n"
      "  foo(1 2);\n"            // 4:9
      "}\n"
      "class B {\n"
      "  int x\n"                // 7:7 missing ;
      "  void m() { return }\n"  // 8:20
      "}\n"
      "void c() { if (x {} }\n"  // 10:18
      "void d() {}\n");
  CHECK(parsed.errors() == std::vector<std::string>{
                               "2:11: Expected an identifier, but got ';'.",
                               "4:9: Expected to find ')'.",
                               "7:7: Expected ';' after this.",
                               "8:21: Expected an identifier, but got '}'.",
                               "10:15: Can't find ')' to match '('.",
                           });
  // The declarations after the errors are all there.
  REQUIRE(parsed.unit->declarations.size() == 4);
  CHECK(printDecl(parsed.unit->declarations[3]) == "(function void d () (block))");
  auto* b = static_cast<ast::ClassDecl*>(parsed.unit->declarations[1]);
  CHECK(b->members.size() == 2);
}

TEST_CASE("parser: one mistake gives one error, not a cascade") {
  CHECK(Parsed("void main() { var x = foo(1, 2, 3 +; print(x); }").errors().size() == 1);
  CHECK(Parsed("void main() { if (a b c d) { print(1); } }").errors().size() == 1);
  CHECK(Parsed("class A { int x = ) ) ) ; int y; }").errors().size() == 1);
  CHECK(Parsed("void main() { switch (x) { case : break; } }").errors().size() == 1);
  CHECK(Parsed("1 2 3; class A {}").errors().size() == 1);
  Parsed recovered("@@@ class A {}\nclass B {}");
  CHECK(recovered.errors().size() == 1);
  CHECK(recovered.unit->declarations.size() >= 1);
}

TEST_CASE("parser: a broken member does not hide the next one") {
  Parsed parsed("class A {\n  void f( { }\n  int g() => 1;\n}");
  CHECK(parsed.errors().size() == 1);
  auto* cls = static_cast<ast::ClassDecl*>(parsed.unit->declarations[0]);
  bool foundG = false;
  for (const ast::MemberDecl& member : cls->members) {
    if (member.method && member.method->name == "g") foundG = true;
  }
  CHECK(foundG);
}

TEST_CASE("parser: diagnostics quote long tokens shortened and columns count bytes") {
  std::string longName(60, 'a');
  CHECK(firstError("enum E " + longName) ==
        "1:8: Expected a enum body, but got '" + std::string(37, 'a') + "...'.");
  CHECK(firstError("var x = [1 'a long string literal that goes on and on and on'];") ==
        "1:12: Expected to find ']'.");
  CHECK(firstError("class A { 'a long string literal that goes on and on and on' }") ==
        "1:11: Expected a class member, but got ''a long string literal that goes on a...'.");
  // Columns are UTF-8 byte columns, like the Dart tools report them.
  CHECK(firstError("var s = '\xC3\xA9\xC3\xA9'; var t = ;") ==
        "1:25: Expected an identifier, but got ';'.");
}

TEST_CASE("parser: errors inside interpolations and nested functions stay local") {
  CHECK(firstError("var s = 'a ${b +} c';") == "1:17: Expected an identifier, but got '}'.");
  Parsed nested("void f() {\n  list.forEach((x) { a b c; });\n  var ok = 1;\n  var bad = ;\n}");
  CHECK(nested.errors() == std::vector<std::string>{"2:22: Expected ';' after this.",
                                                    "4:13: Expected an identifier, but got ';'."});
}

TEST_CASE("parser: the error limit stops parsing") {
  std::string source;
  for (int i = 0; i < 100; ++i) source += "void f" + std::to_string(i) + "() { var x = ; }\n";
  Parsed parsed(source);
  CHECK(parsed.diags.errorCount() == 20);
  CHECK(parsed.diags.limitReached());
}

// --- Robustness --------------------------------------------------------------------------------

TEST_CASE("parser: deep nesting is rejected without overflowing the stack") {
  const std::string tooDeep = "The file has too many nested expressions or statements.";
  auto check = [&](const std::string& source) {
    Parsed parsed(source);
    std::vector<std::string> errors = parsed.errors();
    REQUIRE(!errors.empty());
    CHECK(errors[0].find(tooDeep) != std::string::npos);
  };
  check("var x = " + repeat("(", 20000) + "1" + repeat(")", 20000) + ";");
  check("var x = " + repeat("[", 20000) + repeat("]", 20000) + ";");
  check("void f() " + repeat("{", 20000) + repeat("}", 20000));
  check("var x = " + repeat("-", 20000) + "1;");
  check("var x = " + repeat("!", 20000) + "a;");
  check("var x = 1" + repeat(" + 1", 100000) + ";");
  check("var x = a" + repeat(".b", 100000) + ";");
  // Too deep to be read as a type, this becomes a chain of comparisons: errors, no crash.
  CHECK(!Parsed("void f() { List<" + repeat("List<", 20000) + "int" + repeat(">", 20001) +
                " x; }").errors().empty());
  check("typedef T = " + repeat("List<", 20000) + "int" + repeat(">", 20000) + ";");
  check("var x = " + repeat("'${", 5000) + repeat("}'", 5000) + ";");
  check("var x = " + repeat("() => ", 20000) + "1;");
  check("void f() { switch (x) { case " + repeat("[", 20000) + repeat("]", 20000) + ": } }");
  check("void f() {" + repeat("if (a) ", 20000) + "b(); }");
  check("var x = " + repeat("a ? b : ", 20000) + "c;");
  check("var x = " + repeat("{1: ", 20000) + "2" + repeat("}", 20000) + ";");
  // Unclosed nesting.
  check("var x = " + repeat("(", 20000));
  check("f() " + repeat("{", 20000));
}

TEST_CASE("parser: after a too-deep declaration, the next one is parsed") {
  Parsed parsed("var x = " + repeat("(", 2000) + "1" + repeat(")", 2000) +
                ";\nclass After {}\n");
  CHECK(parsed.errors().size() == 1);
  REQUIRE(!parsed.unit->declarations.empty());
  CHECK(printDecl(parsed.unit->declarations.back()) == "(class After)");
}

TEST_CASE("parser: nesting within the limit is fine") {
  // Cascade sections are siblings, not nested: any number is fine.
  CHECK(Parsed("var x = a" + repeat("..b", 100000) + ";").errors().empty());
  CHECK(Parsed("var x = " + repeat("[", 400) + repeat("]", 400) + ";").errors().empty());
  CHECK(Parsed("f() " + repeat("{", 400) + repeat("}", 400)).errors().empty());
  CHECK(Parsed("var x = " + repeat("(", 200) + "1" + repeat(")", 200) + ";").errors().empty());
  CHECK(Parsed("var x = 1" + repeat(" + 1", 300) + ";").errors().empty());
}

TEST_CASE("parser: every prefix of a program parses without crashing or hanging") {
  const std::string program =
      "import 'dart:math' as m;\n"
      "@pragma('x') sealed class S<T> extends B with M implements I {\n"
      "  final int x; static const k = 1;\n"
      "  S(this.x, {required int y}) : assert(y > 0), super.n(y);\n"
      "  factory S.f() = T<int>.g;\n"
      "  int operator [](int i) => x;\n"
      "  Iterable<int> g() sync* { yield* [1, ...?n, if (c) 2 else 3, for (var i in l) i]; }\n"
      "}\n"
      "enum E with M { a(1), b.n(2); const E(this.v); final int v; }\n"
      "Future<void> main() async {\n"
      "  var (a, [b, ...c]) = (1, [2, 3]);\n"
      "  final r = switch (a) { > 0 && < 9 => 'x', Point(:var x) => '$x ${y + 1}', _ => '' };\n"
      "  try { await for (final e in s) {} } on E catch (e, st) { rethrow; } finally {}\n"
      "  x..a = 1..b?.c(d)?[0] ?\?= 3; label: while (x is! int?) { break label; }\n"
      "  f<int>(a < b, c > (d)); var g = <T>(T t) => t; m.max(1, 2) as num;\n"
      "}\n";
  for (size_t length = 0; length <= program.size(); ++length) {
    Parsed parsed(program.substr(0, length));
    CHECK(parsed.unit != nullptr);
  }
  CHECK(Parsed(program).errors().empty());
}

TEST_CASE("parser: random token soup never crashes or hangs") {
  const std::vector<std::string> vocabulary = {
      "class", "A", "x", "(", ")", "{", "}", "[", "]", "<", ">", ">>", "=", "==", ";", ",", ".",
      "..", "?.", "?", ":", "=>", "var", "final", "if", "else", "for", "in", "switch", "case",
      "default", "return", "1", "'s$x'", "'${", "}'", "\"", "async", "await", "yield", "*",
      "+", "-", "!", "is", "as", "@", "#", "enum", "mixin", "on", "extension", "typedef",
      "Function", "void", "get", "set", "operator", "factory", "const", "new", "this", "super",
      "when", "_", "...", "&&", "||", "try", "catch", "finally", "throw", "late", "required",
      "sealed", "base", "with", "implements", "extends", "import", "show", "/*", "*/", "//",
      "\n"};
  std::mt19937 random(12345);
  auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < 300; ++round) {
    std::string source;
    int length = 1 + static_cast<int>(random() % 200);
    for (int i = 0; i < length; ++i) {
      source += vocabulary[random() % vocabulary.size()];
      source += ' ';
    }
    Parsed parsed(source);
    CHECK(parsed.unit != nullptr);
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 10.0);
}

TEST_CASE("parser: random bytes never crash") {
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    std::string source;
    int length = static_cast<int>(random() % 300);
    for (int i = 0; i < length; ++i) {
      // Mostly printable ASCII, some of it Dart punctuation, so the parser gets exercised too.
      source += static_cast<char>(0x20 + random() % 0x5F);
    }
    Parsed parsed(source);
    CHECK(parsed.unit != nullptr);
  }
}

TEST_CASE("parser: a large generated program parses quickly") {
  std::string source;
  int lines = 0;
  for (int i = 0; lines < 20000; ++i) {
    source += "class C" + std::to_string(i) +
              " extends B<int> {\n"
              "  final List<int> items = <int>[1, 2, 3];\n"
              "  int f(int x, {int y = 2}) {\n"
              "    var t = 0;\n"
              "    for (var k = 0; k < x; k++) { t += k * y - (x ~/ 2); }\n"
              "    return t > 10 ? t : items.length + '$t ${t + 1}'.length;\n"
              "  }\n"
              "}\n";
    lines += 8;
  }
  auto start = std::chrono::steady_clock::now();
  Parsed parsed(source);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(parsed.errors().empty());
  // 20k lines; the budget is ~0.5 s for 100k lines in an optimized build. Generous here so
  // that debug and sanitizer builds pass too.
  CHECK(seconds < 2.0);
}
