// Conformance: dart:core Duration, Object.hash/hashAll, int conversions (API documentation):
// Duration normalizes its parts and prints as `H:MM:SS.microseconds`; Object.hash of equal
// arguments is equal (within one run); toUnsigned/toSigned wrap to the given width.
// Expectations derived from the documentation.
import '../lib/expect.dart';

void main() {
  var d = Duration(hours: 1, minutes: 2, seconds: 3, milliseconds: 4);
  Expect.equals('1:02:03.004000', '$d');
  Expect.equals(62, d.inMinutes);
  Expect.equals(3723004, d.inMilliseconds);
  Expect.equals('0:00:00.000001', '${Duration(microseconds: 1)}');
  Expect.equals('-0:00:01.500000', '${Duration(milliseconds: -1500)}');
  Expect.equals('25:00:00.000000', '${Duration(days: 1, hours: 1)}');
  Expect.equals(Duration(seconds: 90), Duration(minutes: 1, seconds: 30));
  Expect.equals(Duration(seconds: 30), Duration(minutes: 1) - Duration(seconds: 30));
  Expect.equals(Duration(seconds: 3), Duration(seconds: 1) * 3);
  Expect.isTrue(Duration(seconds: 1) < Duration(seconds: 2));
  Expect.equals(Duration(seconds: 1), Duration(seconds: -1).abs());
  Expect.equals(Duration.zero, Duration());

  Expect.equals(Object.hash(1, 'a'), Object.hash(1, 'a'));
  Expect.equals(Object.hashAll([1, 2]), Object.hashAll([1, 2]));
  Expect.equals(Object.hashAllUnordered([1, 2]), Object.hashAllUnordered([2, 1]));

  Expect.equals(255, (-1).toUnsigned(8));
  Expect.equals(-1, 255.toSigned(8));
  Expect.equals(127, 127.toSigned(8));
  Expect.equals(1, 257.toUnsigned(8));
  Expect.equals(5, '5'.codeUnitAt(0) - '0'.codeUnitAt(0));
}
