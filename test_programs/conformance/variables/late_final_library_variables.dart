// Conformance: Variables — `late final` library and static variables without an initializer
// (dartLangSpec.tex, "Variables"; null safety feature spec, "Late fields and variables": such a
// variable may be assigned once; reading it before, or assigning it a second time, throws a
// LateInitializationError, whose VM text is "Field 'x' has already been initialized.").
// Expectations derived from the specification and the VM's LateError texts.
import '../lib/expect.dart';

late final int topLate;

class S {
  static late final int sf;
}

bool isLateError(Object e) => e is Error && '$e'.startsWith('LateInitializationError');

void main() {
  Expect.throws(() => topLate, isLateError, 'read before assignment');
  topLate = 3;
  Expect.equals(3, topLate);
  Expect.throws(() {
    topLate = 4;
  }, isLateError, 'second assignment of a top-level late final');
  Expect.equals(3, topLate);
  Expect.throwsWithMessage(() {
    topLate = 5;
  }, "LateInitializationError: Field 'topLate' has already been initialized.");

  S.sf = 1;
  Expect.throws(() {
    S.sf = 2;
  }, isLateError, 'second assignment of a static late final');
  Expect.equals(1, S.sf);
}
