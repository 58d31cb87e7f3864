// DateTime.parse, DateTime.tryParse and DateTime.copyWith.
//
// Expectations derived by hand from the Dart SDK's documentation and sources
// (sdk/lib/core/date_time.dart: the accepted grammar and its examples — an optional sign and four
// to six year digits, '-' separators optional, 'T' or ' ' before the time, ':' optional, '.' or
// ',' before a fraction of which the first six digits count, 'z'/'Z' or a signed offset that
// is subtracted to give UTC; out-of-range parts overflow ("2020-01-42" is 2020-02-11);
// FormatException("Invalid date format") for anything else and "Time out of range" beyond
// 100,000,000 days from the epoch, i.e. after 275760-09-13; DateTimeCopyWith.copyWith builds
// the value again with DateTime/DateTime.utc). Local results are printed through their fields,
// which don't depend on the time zone.
void show(String text) {
  try {
    DateTime d = DateTime.parse(text);
    print('$text -> $d${d.isUtc ? '' : ' (local)'}');
  } on FormatException catch (e) {
    print('$text -> $e');
  }
}

void main() {
  // The SDK's documented examples.
  show('2012-02-27');
  show('2012-02-27 13:27:00');
  show('2012-02-27 13:27:00.123456789z');
  show('2012-02-27 13:27:00,123456789z');
  show('20120227 13:27:00');
  show('20120227T132700');
  show('20120227');
  show('+20120227');
  show('2012-02-27T14Z');
  show('2012-02-27T14+00:00');
  show('2002-02-27T14:00:00-0500');
  show('19700101');
  show('81030-04-01');
  // Times and zones.
  show('2012-02-27 12:30:24.124Z');
  show('20120227T123010.50Z');
  show('2012-02-27T12:00:00+01:30');
  show('2012-02-27T12:00+1130');
  show('2012-02-27T12:00:00 -10');
  show('2012-02-27T12:00:00.5Z');
  // Overflowing parts.
  show('2020-01-42');
  show('2012-02-27T24:00:00Z');
  show('2019-13-01T00:00:00Z');
  // The limits.
  show('275760-09-13T00:00:00Z');
  show('275760-09-13T00:00:00.001Z');
  show('-271821-04-19T23:59:59Z');
  // Not accepted.
  show('');
  show('2012-2-27');
  show('2012-02-27T');
  show('2012-02-27Z');
  show('2012-02-27 13:27:00 +5');
  show('2012-02-27T13:27:00.Z');
  show('2012/02/27');
  show('12-02-27');
  show('2012-02-27T13:27:00Z ');
  print(DateTime.tryParse('not a date'));
  print(DateTime.tryParse('2012-02-27T14Z'));

  DateTime moon = DateTime.utc(1969, 7, 20, 20, 18, 4);
  print(DateTime.parse(moon.toIso8601String()) == moon);
  print(DateTime.parse(moon.toString()) == moon);
  DateTime local = DateTime.parse('1969-07-20 20:18:04');
  print('${local.year} ${local.month} ${local.day} ${local.hour} ${local.minute} ${local.second} ${local.isUtc}');

  DateTime d = DateTime.utc(2020, 1, 31, 10);
  print(d.copyWith(month: 2));
  print(d.copyWith(year: 1969, month: 7, day: 20));
  print(d.copyWith(hour: 25, minute: 61));
  print(d.copyWith(microsecond: 5));
  print(d.copyWith());
  DateTime asLocal = d.copyWith(isUtc: false);
  print('$asLocal ${asLocal.isUtc}');
  print(asLocal.copyWith(isUtc: true));
}
