// Conformance: Variables — `late` local variables and fields (dartLangSpec.tex, "Variables";
// null safety feature spec, "Late fields and variables").
// Expectations derived from the specification: reading a `late` variable without an
// initializer before it is assigned throws a LateInitializationError; a `late` variable with an
// initializer evaluates it on first read, once; a `late final` variable without an initializer
// can be assigned once, and a second assignment throws LateInitializationError.
import '../lib/expect.dart';

final t = Trace();

class Lazy {
  late int computed = t.log('computed', 42);
  late final String once;
  late int plain;
}

bool isLateError(Object e) => e is Error && '$e'.startsWith('LateInitializationError');

void main() {
  var l = Lazy();
  t.expect('', 'initializer not run at construction');
  Expect.equals(42, l.computed);
  Expect.equals(42, l.computed);
  t.expect('computed', 'initializer run once, on first read');

  var l2 = Lazy();
  l2.computed = 7;
  Expect.equals(7, l2.computed);
  t.expect('', 'assignment before the first read skips the initializer');

  Expect.throws(() => l.plain, isLateError, 'read before assignment');
  l.plain = 3;
  Expect.equals(3, l.plain);

  Expect.throws(() => l.once, isLateError, 'late final read before assignment');
  l.once = 'a';
  Expect.equals('a', l.once);
  Expect.throws(() {
    l.once = 'b';
  }, isLateError, 'late final assigned twice');
  Expect.equals('a', l.once);

  // Local late variables.
  late int local;
  var assign = true;
  if (assign) local = 5;
  Expect.equals(5, local);

  late String lazyLocal = t.log('lazy local', 'v');
  t.expect('');
  Expect.equals('v', lazyLocal);
  t.expect('lazy local');

  late int never;
  Expect.throws(() => never, isLateError, 'local read before assignment');
}
