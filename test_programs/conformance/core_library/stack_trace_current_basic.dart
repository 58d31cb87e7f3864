// Conformance: dart:core StackTrace.current (API documentation: the trace of the current point of
// execution, starting with the function that reads it).
// Expectations derived from the documentation. Regression test for issue 9, C (StackTrace.current).
import '../lib/expect.dart';

String where() => StackTrace.current.toString();

void main() {
  var here = StackTrace.current;
  Expect.isTrue(here is StackTrace);
  Expect.isTrue(here.toString().contains('main'));
  // The trace starts with the function that reads it.
  String inner = where();
  Expect.isTrue(inner.startsWith('#0      where '), inner);
  Expect.isTrue(inner.contains('main'));
}
