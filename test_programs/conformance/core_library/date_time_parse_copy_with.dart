// Conformance: dart:core DateTime.parse and DateTime.copyWith (API documentation: parse accepts
// the documented subset of ISO 8601 — date, optional `T` or space and time with optional
// fraction, optional `Z` or ±hh:mm offset, which makes the result UTC; copyWith replaces the
// given fields and keeps isUtc).
// Expectations derived from the documentation. Regression test for issue 9, C (DateTime.parse,
// copyWith).
import '../lib/expect.dart';

void main() {
  var d = DateTime.parse('2012-02-27 13:27:00');
  Expect.equals(2012, d.year);
  Expect.equals(27, d.day);
  Expect.equals(13, d.hour);
  Expect.isFalse(d.isUtc);
  var z = DateTime.parse('2012-02-27T13:27:00.123456Z');
  Expect.isTrue(z.isUtc);
  Expect.equals(123, z.millisecond);
  Expect.equals(456, z.microsecond);
  Expect.equals('2012-02-27 13:27:00.123456Z', '$z');
  var offset = DateTime.parse('2002-02-27T14:00:00-0500');
  Expect.isTrue(offset.isUtc);
  Expect.equals('2002-02-27 19:00:00.000Z', '$offset');
  Expect.equals('2012-02-27 00:00:00.000', '${DateTime.parse('20120227')}');
  Expect.equals(-123450, DateTime.parse('-123450-01-01 00:00:00Z').year);
  Expect.throwsFormatException(() => DateTime.parse('2012-13-45 x'));
  Expect.isNull(DateTime.tryParse('nonsense'));

  var u = DateTime.utc(2020, 5, 17, 10);
  var c = u.copyWith(year: 2021, hour: 3);
  Expect.equals('2021-05-17 03:00:00.000Z', '$c');
  Expect.isTrue(c.isUtc);
  Expect.equals('2020-05-17 10:00:00.000Z', '$u', 'the original is unchanged');
}
