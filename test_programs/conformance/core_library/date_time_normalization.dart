// Conformance: dart:core DateTime (API documentation: constructor arguments out of range are
// normalized, e.g. month 13 is January of the next year; years are proleptic Gregorian with a
// year 0, and toIso8601String/toString print years before 0 as `-YYYY` (six digits only
// beyond 9999)).
// Expectations derived from the documentation: `DateTime.utc(0, 1 - 12)` is month -11 of year 0,
// i.e. January of year -1. Regression test for issue 9, A9 (DateTime normalization).
import '../lib/expect.dart';

void main() {
  var d = DateTime.utc(0, 1 - 12);
  Expect.equals(-1, d.year);
  Expect.equals(1, d.month);
  Expect.equals(1, d.day);
  Expect.equals('-0001-01-01 00:00:00.000Z', d.toString());
  Expect.equals('-0001-01-01T00:00:00.000Z', d.toIso8601String());

  var e = DateTime.utc(2020, 13, 1);
  Expect.equals('2021-01-01 00:00:00.000Z', '$e');
  var f = DateTime.utc(2021, 3, 0);
  Expect.equals('2021-02-28 00:00:00.000Z', '$f', 'day 0 is the last day of the month before');
  var g = DateTime.utc(2020, 1, 1, 25);
  Expect.equals('2020-01-02 01:00:00.000Z', '$g');
  var h = DateTime.utc(2000, 0, 1);
  Expect.equals('1999-12-01 00:00:00.000Z', '$h');
}
