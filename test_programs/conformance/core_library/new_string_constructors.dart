// Conformance: Expressions — "Instance Creation" with `new` on the String factory constructors
// (dart:core documentation: String.fromCharCodes and String.fromCharCode are factory
// constructors, so `new String.fromCharCodes(...)` is a valid instance creation).
// Expectations derived from the documentation. Regression test for issue 9, B.
import '../lib/expect.dart';

void main() {
  Expect.equals('abc', new String.fromCharCodes([97, 98, 99]));
  Expect.equals('A', new String.fromCharCode(65));
  Expect.equals('bc', new String.fromCharCodes([97, 98, 99], 1));
  var tear = String.fromCharCode;
  Expect.equals('B', tear(66));
}
