// Conformance: the texts (`toString()`) of common errors and exceptions (dart:core
// documentation; the VM's implementations in sdk/lib/_internal/vm/lib and sdk/lib/core).
// Expectations derived from the VM's sources: errors_patch.dart / errors.dart for RangeError,
// ArgumentError, StateError, UnsupportedError, FormatException, TypeError of a failed cast and
// of the null check, IntegerDivisionByZeroException.
import '../lib/expect.dart';

void main() {
  Expect.throwsWithMessage(() => throw StateError('s'), 'Bad state: s');
  Expect.throwsWithMessage(() => throw ArgumentError('a'), 'Invalid argument(s): a');
  Expect.throwsWithMessage(
      () => throw ArgumentError.value(3, 'n', 'too big'), 'Invalid argument (n): too big: 3');
  Expect.throwsWithMessage(() => throw UnsupportedError('u'), 'Unsupported operation: u');
  Expect.throwsWithMessage(() => throw FormatException('f'), 'FormatException: f');
  Expect.throwsWithMessage(() => throw Exception('e'), 'Exception: e');
  Expect.throwsWithMessage(() => throw UnimplementedError('later'), 'UnimplementedError: later');
  Expect.throwsWithMessage(() => <int>[].first, 'Bad state: No element');
  Expect.throwsWithMessage(() => [1, 2].single, 'Bad state: Too many elements');
  Expect.throwsWithMessage(
      () => RangeError.checkValueInInterval(5, 0, 3, 'x'),
      'RangeError (x): Invalid value: Not in inclusive range 0..3: 5');
  Expect.throwsWithMessage(
      () => int.parse('12a'), 'FormatException: Invalid radix-10 number (at character 1)\n12a\n^\n');
  Expect.throwsWithMessage(() => 1 ~/ 0, 'IntegerDivisionByZeroException');
  Object o = 'x';
  Expect.throwsWithMessage(
      () => o as int, "type 'String' is not a subtype of type 'int' in type cast");
  String? n;
  Expect.throwsWithMessage(() => n!, 'Null check operator used on a null value');
}
