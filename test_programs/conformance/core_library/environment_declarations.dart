// Conformance: dart:core compile-time environment declarations (API documentation of
// String.fromEnvironment, int.fromEnvironment, bool.fromEnvironment, bool.hasEnvironment; the
// `-D<name>=<value>` option of `dart compile exe`, given here in environment_declarations.flags).
// Expectations derived from the documentation: undefined names give the defaultValue (''/0/
// false when omitted); these are constant expressions.
// Regression test for issue 9, C (fromEnvironment and -D).
import '../lib/expect.dart';

const name = String.fromEnvironment('NAME');
const count = int.fromEnvironment('COUNT', defaultValue: 1);
const verbose = bool.fromEnvironment('VERBOSE');

void main() {
  Expect.equals('dartc', name);
  Expect.equals(42, count);
  Expect.isTrue(verbose);
  Expect.isTrue(const bool.hasEnvironment('NAME'));
  Expect.isFalse(const bool.hasEnvironment('UNDEFINED_NAME'));
  Expect.equals('', const String.fromEnvironment('UNDEFINED_NAME'));
  Expect.equals('dflt', const String.fromEnvironment('UNDEFINED_NAME', defaultValue: 'dflt'));
  Expect.equals(0, const int.fromEnvironment('UNDEFINED_NAME'));
  Expect.isFalse(const bool.fromEnvironment('UNDEFINED_NAME'));
}
