// DateTime before year 1 (issue 9, A9): out-of-range months and days carry into earlier years,
// year 0 is 1 BC and -1 is 2 BC (proleptic Gregorian calendar, year 0 a leap year), and the
// year prints with a sign and at least four digits.
//
// Expectations derived by hand from the DateTime documentation (sdk/lib/core/date_time.dart:
// "DateTime.utc(0, 1 - 12)" style overflow normalizes, toString is "-0001-01-01
// 00:00:00.000Z", toIso8601String uses six digits with a sign outside -9999..9999) and
// calendar arithmetic: 0000-01-01 is 719528 days before 1970-01-01 (1970 years, 478 of them
// leap), so -62167219200000 ms, a Saturday; weekdays of the other dates count days from there
// (a 400-year cycle is exactly 20871 weeks, so -10000-01-01 is a Saturday too).

void show(DateTime d) => print('$d | ${d.toIso8601String()} | ${d.year} ${d.month} ${d.day} ${d.weekday}');

void main() {
  show(DateTime.utc(0, 1 - 12));
  show(DateTime.utc(0));
  show(DateTime.utc(0, 0));
  show(DateTime.utc(1, 1, 0));
  show(DateTime.utc(0, 3, 1).subtract(const Duration(days: 1)));
  show(DateTime.utc(-1, 3, 1).subtract(const Duration(days: 1)));
  show(DateTime.utc(-10000, 6, 15, 12, 30));
  print(DateTime.utc(0).millisecondsSinceEpoch);
  print(DateTime.utc(-1, 12, 31).difference(DateTime.utc(0)).inDays);
}
