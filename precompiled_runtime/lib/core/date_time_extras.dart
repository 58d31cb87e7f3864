part of dart.core;

// DateTime.parse and DateTime.copyWith (sdk/lib/core/date_time.dart).
//
// DateTime.parse accepts the SDK's grammar, a subset of ISO 8601 that includes RFC 3339:
//   date     ::= sign? digit{4,6} '-'? digit{2} '-'? digit{2} time?
//   time     ::= (' ' | 'T') digit{2} (':'? digit{2} (':'? digit{2} (('.' | ',') digit+)?)?)? zone?
//   zone     ::= ' '? ('z' | 'Z' | ('+' | '-') digit{2} (':'? digit{2})?)
// The SDK matches it with a RegExp; this matcher follows the same pattern by hand. The only choice
// the pattern leaves open is the year's length when no '-' follows it ("20120227"): the longest
// that lets the rest match wins, as the RegExp's backtracking finds.

final class _DateParse {
  final String _s;
  int _pos = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, fraction = 0;
  bool isUtc = false;
  int _zoneSign = 0, _zoneMinutes = 0;

  _DateParse(this._s);

  bool _digitAt(int i) => i < _s.length && (_s.codeUnitAt(i) ^ 0x30) <= 9;

  // Two digits at the current position, or -1.
  int _twoDigits() {
    if (!_digitAt(_pos) || !_digitAt(_pos + 1)) return -1;
    int value = (_s.codeUnitAt(_pos) ^ 0x30) * 10 + (_s.codeUnitAt(_pos + 1) ^ 0x30);
    _pos += 2;
    return value;
  }

  // `':'? digit{2}`: the value, or -1 (and the position unchanged).
  int _optionalColonTwoDigits() {
    int start = _pos;
    if (_pos < _s.length && _s.codeUnitAt(_pos) == 0x3A) _pos++;
    int value = _twoDigits();
    if (value < 0) _pos = start;
    return value;
  }

  bool _at(int char) => _pos < _s.length && _s.codeUnitAt(_pos) == char;

  bool match() {
    int start = 0;
    int sign = 1;
    if (_s.isNotEmpty && (_s.codeUnitAt(0) == 0x2B || _s.codeUnitAt(0) == 0x2D)) {
      if (_s.codeUnitAt(0) == 0x2D) sign = -1;
      start = 1;
    }
    int digits = 0;
    while (_digitAt(start + digits)) digits++;
    for (int length = digits < 6 ? digits : 6; length >= 4; length--) {
      int value = 0;
      for (int i = start; i < start + length; i++) {
        value = value * 10 + (_s.codeUnitAt(i) ^ 0x30);
      }
      year = sign * value;
      _pos = start + length;
      if (_matchAfterYear()) return true;
    }
    return false;
  }

  bool _matchAfterYear() {
    if (_at(0x2D)) _pos++;
    month = _twoDigits();
    if (month < 0) return false;
    if (_at(0x2D)) _pos++;
    day = _twoDigits();
    if (day < 0) return false;
    hour = minute = second = fraction = 0;
    isUtc = false;
    _zoneSign = 0;
    if (_pos == _s.length) return true;
    if (!_at(0x20) && !_at(0x54)) return false; // ' ' or 'T'
    _pos++;
    hour = _twoDigits();
    if (hour < 0) return false;
    int value = _optionalColonTwoDigits();
    if (value >= 0) {
      minute = value;
      value = _optionalColonTwoDigits();
      if (value >= 0) {
        second = value;
        if ((_at(0x2E) || _at(0x2C)) && _digitAt(_pos + 1)) {
          _pos++;
          // Microseconds: the first six digits of the fraction (DateTime's precision).
          for (int i = 0; i < 6; i++) {
            fraction *= 10;
            if (_digitAt(_pos)) fraction += _s.codeUnitAt(_pos++) ^ 0x30;
          }
          while (_digitAt(_pos)) _pos++;
        }
      }
    }
    if (_pos == _s.length) return true;
    return _matchZone();
  }

  bool _matchZone() {
    if (_at(0x20)) _pos++;
    if (_at(0x7A) || _at(0x5A)) {
      _pos++; // 'z' or 'Z'
    } else if (_at(0x2B) || _at(0x2D)) {
      _zoneSign = _at(0x2D) ? -1 : 1;
      _pos++;
      int hours = _twoDigits();
      if (hours < 0) return false;
      int minutes = _optionalColonTwoDigits();
      _zoneMinutes = 60 * hours + (minutes < 0 ? 0 : minutes);
    } else {
      return false;
    }
    isUtc = true;
    return _pos == _s.length;
  }

  // The instant, or null when it is farther from the epoch than DateTime allows (the VM's
  // _brokenDownDateToValue, with its wrap-around arithmetic).
  DateTime? finish() {
    int minutes = minute - _zoneSign * _zoneMinutes;
    int micros = DateTime._civilToMicros(year, month, day, hour, minutes, second, fraction ~/ 1000, fraction % 1000);
    const int limit = _maxDateTimeMicroseconds;
    if (!isUtc) {
      if (micros.abs() > limit + Duration.microsecondsPerDay) return null;
      micros -= DateTime._localOffsetMicros(micros, true);
    }
    if (micros.abs() > limit) return null;
    return DateTime._(micros, isUtc);
  }
}

// 100,000,000 days either side of the epoch.
const int _maxDateTimeMicroseconds = 8640000000000000000;

DateTime _parseDateTime(String formattedString) {
  _DateParse parse = _DateParse(formattedString);
  if (!parse.match()) throw FormatException("Invalid date format", formattedString);
  DateTime? result = parse.finish();
  if (result == null) throw FormatException("Time out of range", formattedString);
  return result;
}

extension DateTimeCopyWith on DateTime {
  // A new DateTime (local or UTC as `isUtc` says, else like this one) with the given parts
  // replaced; parts out of range overflow into the larger ones, as in the constructors.
  DateTime copyWith(
      {int? year,
      int? month,
      int? day,
      int? hour,
      int? minute,
      int? second,
      int? millisecond,
      int? microsecond,
      bool? isUtc}) {
    int y = year ?? this.year;
    int mo = month ?? this.month;
    int d = day ?? this.day;
    int h = hour ?? this.hour;
    int mi = minute ?? this.minute;
    int s = second ?? this.second;
    int ms = millisecond ?? this.millisecond;
    int us = microsecond ?? this.microsecond;
    return (isUtc ?? this.isUtc) ? DateTime.utc(y, mo, d, h, mi, s, ms, us) : DateTime(y, mo, d, h, mi, s, ms, us);
  }
}
