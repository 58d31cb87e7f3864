part of dart.core;

// Duration, Stopwatch and DateTime (the parts programs use for timing), with the SDK's texts.

class Duration implements Comparable<Duration> {
  static const int microsecondsPerMillisecond = 1000;
  static const int millisecondsPerSecond = 1000;
  static const int secondsPerMinute = 60;
  static const int minutesPerHour = 60;
  static const int hoursPerDay = 24;
  static const int microsecondsPerSecond = 1000000;
  static const int microsecondsPerMinute = 60000000;
  static const int microsecondsPerHour = 3600000000;
  static const int microsecondsPerDay = 86400000000;
  static const int millisecondsPerMinute = 60000;
  static const int millisecondsPerHour = 3600000;
  static const int millisecondsPerDay = 86400000;
  static const int secondsPerHour = 3600;
  static const int secondsPerDay = 86400;
  static const int minutesPerDay = 1440;

  static const Duration zero = Duration(seconds: 0);

  final int _duration; // microseconds

  const Duration(
      {int days = 0, int hours = 0, int minutes = 0, int seconds = 0, int milliseconds = 0, int microseconds = 0})
      : _duration = microseconds +
            microsecondsPerMillisecond * milliseconds +
            microsecondsPerSecond * seconds +
            microsecondsPerMinute * minutes +
            microsecondsPerHour * hours +
            microsecondsPerDay * days;

  const Duration._microseconds(this._duration);

  Duration operator +(Duration other) => Duration._microseconds(_duration + other._duration);
  Duration operator -(Duration other) => Duration._microseconds(_duration - other._duration);
  Duration operator *(num factor) => Duration._microseconds((_duration * factor).round());
  Duration operator ~/(int quotient) {
    if (quotient == 0) throw IntegerDivisionByZeroException();
    return Duration._microseconds(_duration ~/ quotient);
  }

  bool operator <(Duration other) => _duration < other._duration;
  bool operator >(Duration other) => _duration > other._duration;
  bool operator <=(Duration other) => _duration <= other._duration;
  bool operator >=(Duration other) => _duration >= other._duration;

  int get inDays => _duration ~/ microsecondsPerDay;
  int get inHours => _duration ~/ microsecondsPerHour;
  int get inMinutes => _duration ~/ microsecondsPerMinute;
  int get inSeconds => _duration ~/ microsecondsPerSecond;
  int get inMilliseconds => _duration ~/ microsecondsPerMillisecond;
  int get inMicroseconds => _duration;

  bool operator ==(Object other) => other is Duration && _duration == other.inMicroseconds;
  int get hashCode => _duration.hashCode;
  int compareTo(Duration other) => _duration.compareTo(other._duration);

  bool get isNegative => _duration < 0;
  Duration abs() => Duration._microseconds(_duration.abs());
  Duration operator -() => Duration._microseconds(0 - _duration);

  String toString() {
    int microseconds = inMicroseconds;
    String sign = "";
    bool negative = microseconds < 0;
    int hours = microseconds ~/ microsecondsPerHour;
    microseconds = microseconds.remainder(microsecondsPerHour) as int;
    if (negative) {
      hours = 0 - hours;
      microseconds = 0 - microseconds;
      sign = "-";
    }
    int minutes = microseconds ~/ microsecondsPerMinute;
    microseconds = microseconds.remainder(microsecondsPerMinute) as int;
    String minutesPadding = minutes < 10 ? "0" : "";
    int seconds = microseconds ~/ microsecondsPerSecond;
    microseconds = microseconds.remainder(microsecondsPerSecond) as int;
    String secondsPadding = seconds < 10 ? "0" : "";
    String microsecondsText = microseconds.toString().padLeft(6, "0");
    return "$sign$hours:$minutesPadding$minutes:$secondsPadding$seconds.$microsecondsText";
  }
}

class Stopwatch {
  int _start = 0;
  int? _stop = 0;

  Stopwatch();

  static int get frequency => 1000000;

  void start() {
    int? stop = _stop;
    if (stop != null) {
      // (Re)start: move the start forward by the time spent stopped.
      _start += _now() - stop;
      _stop = null;
    }
  }

  void stop() {
    if (_stop == null) _stop = _now();
  }

  void reset() {
    _start = _stop ?? _now();
  }

  int get elapsedTicks => (_stop ?? _now()) - _start;
  int get elapsedMicroseconds => elapsedTicks;
  int get elapsedMilliseconds => elapsedTicks ~/ 1000;
  Duration get elapsed => Duration(microseconds: elapsedMicroseconds);
  bool get isRunning => _stop == null;

  @pragma('dartc:native', 'dartrt_monotonic_micros')
  external static int _now();
}

class DateTime implements Comparable<DateTime> {
  static const int monday = 1;
  static const int tuesday = 2;
  static const int wednesday = 3;
  static const int thursday = 4;
  static const int friday = 5;
  static const int saturday = 6;
  static const int sunday = 7;
  static const int daysPerWeek = 7;
  static const int january = 1;
  static const int february = 2;
  static const int march = 3;
  static const int april = 4;
  static const int may = 5;
  static const int june = 6;
  static const int july = 7;
  static const int august = 8;
  static const int september = 9;
  static const int october = 10;
  static const int november = 11;
  static const int december = 12;
  static const int monthsPerYear = 12;

  final int _microseconds; // since the epoch, UTC
  final bool isUtc;

  DateTime._(this._microseconds, this.isUtc);

  DateTime.now()
      : _microseconds = _wallClock(),
        isUtc = false;

  DateTime.timestamp()
      : _microseconds = _wallClock(),
        isUtc = true;

  DateTime.fromMillisecondsSinceEpoch(int millisecondsSinceEpoch, {bool isUtc = false})
      : _microseconds = millisecondsSinceEpoch * 1000,
        isUtc = isUtc;

  DateTime.fromMicrosecondsSinceEpoch(int microsecondsSinceEpoch, {bool isUtc = false})
      : _microseconds = microsecondsSinceEpoch,
        isUtc = isUtc;

  factory DateTime(int year,
      [int month = 1, int day = 1, int hour = 0, int minute = 0, int second = 0, int millisecond = 0, int microsecond = 0]) {
    int local = _civilToMicros(year, month, day, hour, minute, second, millisecond, microsecond);
    return DateTime._(local - _localOffsetMicros(local, true), false);
  }

  factory DateTime.utc(int year,
      [int month = 1, int day = 1, int hour = 0, int minute = 0, int second = 0, int millisecond = 0, int microsecond = 0]) =>
      DateTime._(_civilToMicros(year, month, day, hour, minute, second, millisecond, microsecond), true);

  // The formats of date_time_extras.dart; FormatException("Invalid date format") otherwise.
  static DateTime parse(String formattedString) => _parseDateTime(formattedString);

  static DateTime? tryParse(String formattedString) {
    try {
      return _parseDateTime(formattedString);
    } on FormatException {
      return null;
    }
  }

  int get millisecondsSinceEpoch => _microseconds ~/ 1000;
  int get microsecondsSinceEpoch => _microseconds;

  DateTime toUtc() => isUtc ? this : DateTime._(_microseconds, true);
  DateTime toLocal() => isUtc ? DateTime._(_microseconds, false) : this;

  DateTime add(Duration duration) => DateTime._(_microseconds + duration.inMicroseconds, isUtc);
  DateTime subtract(Duration duration) => DateTime._(_microseconds - duration.inMicroseconds, isUtc);
  Duration difference(DateTime other) => Duration(microseconds: _microseconds - other._microseconds);

  bool isBefore(DateTime other) => _microseconds < other._microseconds;
  bool isAfter(DateTime other) => _microseconds > other._microseconds;
  bool isAtSameMomentAs(DateTime other) => _microseconds == other._microseconds;
  int compareTo(DateTime other) => _microseconds.compareTo(other._microseconds);

  bool operator ==(Object other) => other is DateTime && _microseconds == other._microseconds && isUtc == other.isUtc;
  int get hashCode => (_microseconds ^ (_microseconds >> 30)) & 0x3FFFFFFF;

  // Microseconds since the epoch of the wall-clock time this value shows.
  int get _shown => isUtc ? _microseconds : _microseconds + _localOffsetMicros(_microseconds, false);

  int get _days => _floorDiv(_shown, Duration.microsecondsPerDay);
  int get _timeOfDay => _shown - _days * Duration.microsecondsPerDay;

  // Unpacked with floor division and Dart's non-negative `%`: years before 1 are negative
  // (year 0 is 1 BC, -1 is 2 BC), and `~/` would round -9899 (-0001-01-01) towards zero.
  int get year => _floorDiv(_civilFromDays(_days), 10000);
  int get month => (_civilFromDays(_days) % 10000) ~/ 100;
  int get day => _civilFromDays(_days) % 100;
  int get hour => _timeOfDay ~/ Duration.microsecondsPerHour;
  int get minute => (_timeOfDay ~/ Duration.microsecondsPerMinute) % 60;
  int get second => (_timeOfDay ~/ Duration.microsecondsPerSecond) % 60;
  int get millisecond => (_timeOfDay ~/ 1000) % 1000;
  int get microsecond => _timeOfDay % 1000;
  int get weekday => (_days + 3) % 7 + 1; // 1970-01-01 was a Thursday
  String get timeZoneName => isUtc ? "UTC" : _localZoneName();
  Duration get timeZoneOffset =>
      isUtc ? Duration.zero : Duration(microseconds: _localOffsetMicros(_microseconds, false));

  static String _fourDigits(int n) {
    int absN = n.abs();
    String sign = n < 0 ? "-" : "";
    if (absN >= 1000) return "$n";
    if (absN >= 100) return "${sign}0$absN";
    if (absN >= 10) return "${sign}00$absN";
    return "${sign}000$absN";
  }

  static String _sixDigits(int n) {
    int absN = n.abs();
    String sign = n < 0 ? "-" : "+";
    if (absN >= 100000) return "$sign$absN";
    return "${sign}0$absN";
  }

  static String _threeDigits(int n) {
    if (n >= 100) return "$n";
    if (n >= 10) return "0$n";
    return "00$n";
  }

  static String _twoDigits(int n) {
    if (n >= 10) return "$n";
    return "0$n";
  }

  String toString() {
    String y = _fourDigits(year);
    String m = _twoDigits(month);
    String d = _twoDigits(day);
    String h = _twoDigits(hour);
    String min = _twoDigits(minute);
    String sec = _twoDigits(second);
    String ms = _threeDigits(millisecond);
    String us = microsecond == 0 ? "" : _threeDigits(microsecond);
    if (isUtc) return "$y-$m-$d $h:$min:$sec.$ms${us}Z";
    return "$y-$m-$d $h:$min:$sec.$ms$us";
  }

  String toIso8601String() {
    String y = (year >= -9999 && year <= 9999) ? _fourDigits(year) : _sixDigits(year);
    String m = _twoDigits(month);
    String d = _twoDigits(day);
    String h = _twoDigits(hour);
    String min = _twoDigits(minute);
    String sec = _twoDigits(second);
    String ms = _threeDigits(millisecond);
    String us = microsecond == 0 ? "" : _threeDigits(microsecond);
    if (isUtc) return "$y-$m-${d}T$h:$min:$sec.$ms${us}Z";
    return "$y-$m-${d}T$h:$min:$sec.$ms$us";
  }

  static int _floorDiv(int a, int b) {
    int q = a ~/ b;
    if ((a % b != 0) && (a < 0)) q -= 1;
    return q;
  }

  // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm); months and
  // days out of range carry over as DateTime's constructor allows.
  static int _daysFromCivil(int y, int m, int d) {
    y += _floorDiv(m - 1, 12);
    m = (m - 1) % 12 + 1;
    if (m <= 2) y -= 1;
    int era = _floorDiv(y, 400);
    int yoe = y - era * 400;
    int mp = (m + 9) % 12;
    int doy = (153 * mp + 2) ~/ 5 + d - 1;
    int doe = yoe * 365 + yoe ~/ 4 - yoe ~/ 100 + doy;
    return era * 146097 + doe - 719468;
  }

  // year * 10000 + month * 100 + day for days since 1970-01-01.
  static int _civilFromDays(int z) {
    z += 719468;
    int era = _floorDiv(z, 146097);
    int doe = z - era * 146097;
    int yoe = (doe - doe ~/ 1460 + doe ~/ 36524 - doe ~/ 146096) ~/ 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe ~/ 4 - yoe ~/ 100);
    int mp = (5 * doy + 2) ~/ 153;
    int d = doy - (153 * mp + 2) ~/ 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) y += 1;
    return y * 10000 + m * 100 + d;
  }

  static int _civilToMicros(int year, int month, int day, int hour, int minute, int second, int millisecond, int microsecond) =>
      _daysFromCivil(year, month, day) * Duration.microsecondsPerDay +
      hour * Duration.microsecondsPerHour +
      minute * Duration.microsecondsPerMinute +
      second * Duration.microsecondsPerSecond +
      millisecond * 1000 +
      microsecond;

  // The local time zone's offset from UTC at an instant (or, when `isLocal`, at a local time).
  static int _localOffsetMicros(int micros, bool isLocal) =>
      _localOffsetSeconds(_floorDiv(micros, Duration.microsecondsPerSecond), isLocal) * Duration.microsecondsPerSecond;

  @pragma('dartc:native', 'dartrt_local_time_offset')
  external static int _localOffsetSeconds(int secondsSinceEpoch, bool isLocal);

  @pragma('dartc:native', 'dartrt_local_time_zone_name')
  external static String _localZoneName();

  @pragma('dartc:native', 'dartrt_wall_clock_micros')
  external static int _wallClock();
}
