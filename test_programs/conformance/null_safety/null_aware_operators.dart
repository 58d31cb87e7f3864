// Conformance: Expressions — null-aware operators: `?.` member access, `?[]` index, `??`,
// `??=`, and the null check `!` (dartLangSpec.tex, "If-null Expressions", "Compound
// Assignment", "Postfix Expressions"; null safety feature spec, "Null check operator").
// Expectations derived from the specification; the text of the error thrown by `!` on null is
// the VM's ("Null check operator used on a null value", a TypeError).
import '../lib/expect.dart';

class P {
  int x = 1;
  P? next;
  int twice() => x * 2;
}

String? maybe(bool b) => b ? 'text' : null;

void main() {
  P? none;
  P? some = P();
  Expect.isNull(none?.x);
  Expect.equals(1, some?.x);
  Expect.isNull(none?.twice());
  Expect.equals(2, some?.twice());
  Expect.isNull(some?.next?.x, 'chain stops at a null link');

  List<int>? list;
  Expect.isNull(list?[0], '?[] on null');
  list = [7];
  Expect.equals(7, list?[0]);

  Expect.equals('fallback', maybe(false) ?? 'fallback');
  Expect.equals('text', maybe(true) ?? 'fallback');

  int? a;
  Expect.equals(3, a ??= 3);
  Expect.equals(3, a ??= 4, '??= keeps a non-null value');

  // ??= on fields and static/top-level variables.
  var p = P();
  p.next ??= P();
  var first = p.next;
  p.next ??= P();
  Expect.identical(first, p.next);

  // `!` returns its operand when not null and throws a TypeError on null.
  String? s = maybe(true);
  Expect.equals(4, s!.length);
  String? n = maybe(false);
  Expect.throwsTypeError(() => n!);
  Expect.throwsWithMessage(() => n!, 'Null check operator used on a null value');

  // `?.` on a non-null receiver of nullable static type calls the method normally.
  Object? o = 5;
  Expect.equals('5', o?.toString());
  Object? no;
  Expect.isNull(no?.toString());
  // Object members on null: `null.toString()` and `null.hashCode` are fine without `?.`.
  Expect.equals('null', no.toString());
  Expect.equals(null.hashCode, no.hashCode);
  Expect.isTrue(no == null);
}
