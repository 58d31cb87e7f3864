// An exception thrown inside a finally clause replaces the one being propagated (or the normal
// completion), and when nobody catches it the program ends with 'Unhandled exception:', its
// text and a stack trace on stderr, and exit code 255. An object without its own toString is
// reported as "Instance of 'C'".
//
// Expectations derived by hand from the Dart language specification (an abrupt completion of the
// finally block replaces the pending one) and the Dart VM's uncaught-exception report.

class Failure {}

void step() {
  try {
    throw 'original';
  } finally {
    print('finally throws');
    throw Failure();
  }
}

void main() {
  try {
    step();
  } on String catch (e) {
    print('not reached: $e');
  }
  print('not reached');
}
