// Conformance: Expressions — operand evaluation order of binary operators (dartLangSpec.tex,
// "Binary Expressions", "Equality", "Relational Expressions", "Logical Boolean Expressions",
// "If-null Expressions").
// Expectations derived from the specification: a binary operator expression `e1 op e2` is the
// invocation `e1.op(e2)`, so e1 is evaluated before e2; `&&`, `||` and `??` evaluate their right
// operand only when the left one does not decide the result.
import '../lib/expect.dart';

final t = Trace();

int n(String name, int value) => t.log(name, value);
bool b(String name, bool value) => t.log(name, value);
String? s(String name, String? value) => t.log(name, value);

void main() {
  Expect.equals(-1, n('a', 1) - n('b', 2));
  t.expect('a b', 'subtraction');
  Expect.equals(14, n('a', 2) + n('b', 3) * n('c', 4));
  t.expect('a b c', 'precedence does not change operand order');
  Expect.equals(10, (n('a', 2) + n('b', 3)) * n('c', 2));
  t.expect('a b c', 'parenthesized left operand');
  Expect.equals(2, n('a', 20) ~/ n('b', 3) % n('c', 4));
  t.expect('a b c', '~/ then %');
  Expect.isTrue(n('a', 1) < n('b', 2));
  t.expect('a b', '<');
  Expect.isFalse(n('a', 1) == n('b', 2));
  t.expect('a b', '==');
  Expect.isTrue(n('a', 1) != n('b', 2));
  t.expect('a b', '!=');
  Expect.equals(3, n('a', 1) | n('b', 2));
  t.expect('a b', '|');
  Expect.equals(8, n('a', 1) << n('b', 3));
  t.expect('a b', '<<');

  // Short-circuit evaluation.
  Expect.isFalse(b('a', false) && b('b', true));
  t.expect('a', '&& skips its right operand');
  Expect.isTrue(b('a', true) && b('b', true));
  t.expect('a b', '&& evaluates both');
  Expect.isTrue(b('a', true) || b('b', false));
  t.expect('a', '|| skips its right operand');
  Expect.isFalse(b('a', false) || b('b', false));
  t.expect('a b', '|| evaluates both');
  Expect.equals('x', s('a', 'x') ?? s('b', 'y'));
  t.expect('a', '?? skips its right operand');
  Expect.equals('y', s('a', null) ?? s('b', 'y'));
  t.expect('a b', '?? evaluates both');
  Expect.equals('z', s('a', null) ?? s('b', null) ?? s('c', 'z'));
  t.expect('a b c', '?? is right-associative, evaluated left to right');

  // Conditional: only the chosen branch runs.
  Expect.equals(1, b('c', true) ? n('t', 1) : n('f', 2));
  t.expect('c t', 'conditional, true');
  Expect.equals(2, b('c', false) ? n('t', 1) : n('f', 2));
  t.expect('c f', 'conditional, false');

  // Non-short-circuit boolean operators on bool evaluate both sides.
  Expect.isFalse(b('a', false) & b('b', true));
  t.expect('a b', '& on bool');
  Expect.isTrue(b('a', true) | b('b', false));
  t.expect('a b', '| on bool');
  Expect.isTrue(b('a', true) ^ b('b', false));
  t.expect('a b', '^ on bool');
}
