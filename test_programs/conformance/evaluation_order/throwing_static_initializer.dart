// Conformance: Variables — a library or static variable whose initializer throws
// (dartLangSpec.tex, "Variables"; null safety feature spec, "Late fields and variables": a
// lazily initialized variable whose initializer throws stays uninitialized, and the next read
// runs the initializer again).
// Expectations derived from the specification: the exception reaches the reader and can be
// caught; a second read retries.
import '../lib/expect.dart';

int attempts = 0;
int flaky = initFlaky();
int initFlaky() {
  attempts++;
  if (attempts == 1) throw StateError('first attempt fails');
  return attempts;
}

class S {
  static String value = fail();
  static String fail() => throw ArgumentError('static');
}

void main() {
  Expect.throwsStateError(() => flaky, 'a throwing initializer');
  Expect.equals(2, flaky, 'the initializer runs again after throwing');
  Expect.equals(2, flaky);
  Expect.equals(2, attempts);
  Expect.throwsArgumentError(() => S.value, 'static field');
  S.value = 'set';
  Expect.equals('set', S.value, 'assigning after a failed initialization');
}
