// Conformance: Statements/Classes — exceptions thrown while an object is being created
// (dartLangSpec.tex, "Instance Creation", "Generative Constructors", "Try"): an exception in a
// field initializer, an initializer list, a superclass constructor or a body propagates to the
// creation expression; no half-built object escapes; `finally` blocks around it run.
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();

int fail(String where) => throw StateError(where);

class FieldInit {
  int a = t.log('a', 1);
  int b = fail('field');
}

class ListInit {
  final int x;
  ListInit(int v) : x = v > 0 ? v : fail('list');
}

class Base {
  Base(bool ok) {
    if (!ok) throw ArgumentError('base body');
  }
}

class Derived extends Base {
  Derived(bool ok) : super(ok) {
    t.add('derived body');
  }
}

class Factory {
  Factory._();
  factory Factory.checked(int n) {
    if (n < 0) throw RangeError.value(n);
    return Factory._();
  }
}

void main() {
  Object? made;
  try {
    made = FieldInit();
  } on StateError catch (e) {
    Expect.equals('Bad state: field', '$e');
  } finally {
    t.add('finally');
  }
  Expect.isNull(made);
  t.expect('a finally');

  Expect.throwsStateError(() => ListInit(-1));
  Expect.equals(3, ListInit(3).x);
  Expect.throwsArgumentError(() => Derived(false));
  t.expect('', 'the subclass body does not run');
  Derived(true);
  t.expect('derived body');
  Expect.throwsRangeError(() => Factory.checked(-1));
  Expect.isTrue(Factory.checked(1) is Factory);
}
