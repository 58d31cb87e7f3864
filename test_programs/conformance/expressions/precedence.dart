// Conformance: Expressions — operator precedence and associativity (dartLangSpec.tex, the
// grammar of "Expressions" and its operator precedence table): unary minus binds looser than a
// member access (`-2.abs()` is `-(2.abs())`); `??` binds looser than `||`; relational binds
// tighter than equality; bitwise `&` tighter than `^` tighter than `|`; shifts looser than
// additive; `!` binds tighter than `is`-tests' operands; cascades loosest.
// Expectations derived from the grammar.
import '../lib/expect.dart';

void main() {
  Expect.equals(-2, -2.abs(), 'member access before unary minus');
  Expect.equals(2, (-2).abs());
  Expect.equals(-8, -2 * 4);
  Expect.equals(14, 2 + 3 * 4);
  Expect.equals(2, 10 - 5 - 3, 'left-associative');
  Expect.equals(1, 16 ~/ 4 ~/ 4);
  Expect.equals(1, 7 % 4 % 2);
  Expect.equals(16, 1 << 2 + 2, 'shift looser than +');
  Expect.equals(3, 1 | 2 & 3, '& tighter than |');
  Expect.equals(1 ^ (2 & 3), 1 ^ 2 & 3);
  Expect.equals(1 | (2 ^ 3) | 4, 1 | 2 ^ 3 | 4, '^ tighter than |');
  Expect.isTrue(1 < 2 == true, 'relational tighter than equality');
  Expect.isTrue(true || false && false, '&& tighter than ||');
  bool? n;
  Expect.isTrue(n ?? false || true, '|| tighter than ??');
  Expect.equals(3, null ?? 1 + 2);
  Expect.isTrue(!false && true);
  Expect.equals(6, true ? 2 * 3 : 0);
  Expect.equals(1, false ? 0 : true ? 1 : 2, 'conditional is right-associative');
  Expect.equals(-1, ~0);
  Expect.equals(-6, -(2 + 4));
  Expect.isTrue(-1 < 0);
  var i = 5;
  Expect.equals(-5, -i);
  Expect.equals(6, -i++ + 11, 'postfix before prefix minus');
  Expect.equals(6, i);
  Expect.equals(10, i++ + 4);
  Expect.equals(-8, -++i);
  Expect.equals('2', 1 + 1 == 2 ? '2' : 'no');
  var list = [1, 2];
  Expect.equals(-1, -list[0], 'index before unary minus');
  Expect.equals(false, !list.contains(1));
  Object o = 3;
  Expect.isTrue(o is int && o > 2, 'is, then && with promotion');
  var s = 'a' + 'b' * 2;
  Expect.equals('abb', s, '* tighter than +');
}
