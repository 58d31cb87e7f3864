// Conformance: dart:core StackTrace.current and Error.throwWithStackTrace (API documentation:
// StackTrace.current is the trace of the current point of execution; throwWithStackTrace
// throws the error with the given trace, which `catch (e, s)` then receives).
// Expectations derived from the documentation. Regression test for issue 9, C
// (StackTrace.current).
import '../lib/expect.dart';

void main() {
  var here = StackTrace.current;
  Expect.isTrue(here is StackTrace);
  Expect.isTrue(here.toString().contains('main'));
  try {
    Error.throwWithStackTrace(StateError('x'), here);
  } catch (e, s) {
    Expect.isTrue(e is StateError);
    Expect.identical(here, s);
  }
}
