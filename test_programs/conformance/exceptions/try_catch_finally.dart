// Conformance: Statements — "Try", "Throw", "Rethrow" (dartLangSpec.tex): `on T` clauses are
// tried in order and the first whose type matches catches; `catch (e, s)` binds the exception
// and a StackTrace; `finally` runs on every exit (normal, exception, return, break, continue)
// and a control transfer in `finally` replaces the pending one; `rethrow` rethrows the same
// object; any non-null object can be thrown.
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();

class MyError implements Exception {
  final String msg;
  MyError(this.msg);
}

String classify(Object thrown) {
  try {
    throw thrown;
  } on FormatException {
    return 'format';
  } on MyError catch (e) {
    return 'mine ${e.msg}';
  } on Exception catch (_) {
    return 'exception';
  } on int catch (n) {
    return 'int $n';
  } catch (e, s) {
    Expect.isTrue(s is StackTrace);
    return 'other $e';
  }
}

int finallyOverridesReturn() {
  try {
    return 1;
  } finally {
    t.add('finally');
  }
}

int returnInFinally() {
  try {
    throw 'lost';
  } finally {
    // ignore: control_flow_in_finally
    return 2;
  }
}

int breakThroughFinally() {
  var n = 0;
  while (true) {
    try {
      n++;
      if (n == 3) break;
      continue;
    } finally {
      t.add('f$n');
    }
  }
  return n;
}

void main() {
  Expect.equals('format', classify(FormatException('x')));
  Expect.equals('mine m', classify(MyError('m')));
  Expect.equals('exception', classify(Exception('e')));
  Expect.equals('int 42', classify(42));
  Expect.equals('other text', classify('text'));

  Expect.equals(1, finallyOverridesReturn());
  t.expect('finally');
  Expect.equals(2, returnInFinally(), 'return in finally discards the exception');
  Expect.equals(3, breakThroughFinally());
  t.expect('f1 f2 f3');

  // rethrow keeps the same object.
  var original = StateError('s');
  Object? caught;
  try {
    try {
      throw original;
    } catch (e) {
      t.add('inner');
      rethrow;
    } finally {
      t.add('inner finally');
    }
  } catch (e) {
    caught = e;
  }
  Expect.identical(original, caught);
  t.expect('inner inner finally');

  // An exception thrown in a catch clause replaces the first, after finally.
  try {
    try {
      throw 'first';
    } catch (e) {
      throw 'second';
    } finally {
      t.add('finally');
    }
  } catch (e) {
    Expect.equals('second', e);
  }
  t.expect('finally');

  // Nested try in finally.
  var log = <String>[];
  try {
    log.add('body');
  } finally {
    try {
      throw 'inner';
    } catch (e) {
      log.add('caught $e');
    }
  }
  Expect.deepEquals(['body', 'caught inner'], log);

  // throw is an expression.
  int? maybe;
  Expect.throws(() => maybe ?? (throw ArgumentError('none')), (e) => e is ArgumentError);
  var v = maybe ?? 5;
  Expect.equals(5, v);
}
