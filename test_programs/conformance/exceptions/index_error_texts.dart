// Conformance: the error thrown by the built-in lists' `[]` and `[]=` for an index out of range
// (dart:core List documentation: a RangeError). The VM's natives for `[]`/`[]=` throw
// `RangeError.range(index, 0, length - 1, ...)`, not an IndexError; issue 9 A8 gives the
// current VM's texts (parameter name `length`, as public bug reports from 2024-2026 show).
// Expectations: `[1, 2, 3][3]` throws "RangeError (length): Invalid value: Not in inclusive
// range 0..2: 3"; an empty list "...Valid value range is empty: 0"; a one-element list "...Only
// valid value is 0: 1" (the RangeError.range texts of sdk/lib/core/errors.dart). Regression test
// for issue 9, A8.
import '../lib/expect.dart';

void main() {
  Expect.throwsWithMessage(
      () => [1, 2, 3][3], 'RangeError (length): Invalid value: Not in inclusive range 0..2: 3');
  Expect.throwsWithMessage(
      () => <int>[][0], 'RangeError (length): Invalid value: Valid value range is empty: 0');
  Expect.throwsWithMessage(
      () => [1][1], 'RangeError (length): Invalid value: Only valid value is 0: 1');
  var list = [1, 2, 3];
  Expect.throwsWithMessage(() => list[3] = 0,
      'RangeError (length): Invalid value: Not in inclusive range 0..2: 3');
  Expect.throws(() => [1, 2, 3][3], (e) => e is RangeError && e is! IndexError);
}
