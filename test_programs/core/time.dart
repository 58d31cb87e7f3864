// Duration, Stopwatch and DateTime: texts and arithmetic, and clock sanity without printing
// times (which differ from run to run).
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/core/
// duration.dart: toString is [-]H:MM:SS.mmmmmm; stopwatch.dart; date_time.dart: toString is
// 'yyyy-MM-dd HH:mm:ss.mmm' plus 'Z' for UTC and microseconds when non-zero), and 2024-02-29 is
// a Thursday.
void main() {
  print(Duration(seconds: 1, milliseconds: 500));
  print(Duration(hours: 25, minutes: 3, seconds: 7));
  print(Duration(microseconds: -1500));
  print(Duration.zero);
  print(Duration(days: 1).inHours);
  var d = Duration(minutes: 90);
  print('${d.inMinutes} ${d.inHours} ${d.inSeconds} ${d.inMilliseconds} ${d.inMicroseconds}');
  print(d + Duration(minutes: 30));
  print(d - Duration(hours: 2));
  print(d * 2);
  print(d ~/ 4);
  print('${d > Duration(hours: 1)} ${d == Duration(seconds: 5400)} ${d.compareTo(Duration(hours: 2))}');
  print('${(-d).abs()} ${(-d).isNegative}');

  var sw = Stopwatch();
  print('${sw.isRunning} ${sw.elapsedMicroseconds}');
  sw.start();
  var x = 0;
  for (var i = 0; i < 1000000; i++) {
    x += i;
  }
  sw.stop();
  var first = sw.elapsedMicroseconds;
  print('${sw.isRunning} ${first >= 0} $x');
  print(sw.elapsedMicroseconds == first);
  print(sw.elapsed.inMicroseconds == first);
  print(sw.elapsedMilliseconds == first ~/ 1000);
  sw.reset();
  print(sw.elapsedMicroseconds);
  sw.start();
  print(sw.isRunning);

  var t0 = DateTime.now();
  var t1 = DateTime.now();
  print(!t1.isBefore(t0));
  print(t1.difference(t0).inMicroseconds >= 0);
  print(t0.millisecondsSinceEpoch > 1600000000000);
  print(t0.year >= 2024);

  var utc = DateTime.utc(2024, 2, 29, 13, 5, 9, 42);
  print(utc);
  print(utc.toIso8601String());
  print('${utc.year} ${utc.month} ${utc.day} ${utc.hour} ${utc.minute} ${utc.second} ${utc.millisecond} ${utc.weekday}');
  print(utc.millisecondsSinceEpoch);
  print(utc.add(Duration(days: 1)));
  print(DateTime.utc(2024, 13, 1));
  print(DateTime.utc(1969, 12, 31, 23, 59, 59, 999, 5));
  print(DateTime.fromMillisecondsSinceEpoch(0, isUtc: true));
  print(DateTime.utc(2000).difference(DateTime.utc(1999)));
  print(DateTime.utc(2024, 1, 1).isAfter(DateTime.utc(2023, 12, 31)));
}
