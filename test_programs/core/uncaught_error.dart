// An error from the core library that nobody catches ends the program the way the Dart VM does:
// 'Unhandled exception:', the error's text, the stack trace, exit code 255.
//
// Expectations derived by hand from the Dart VM's behaviour for uncaught exceptions (exit code
// 255, the report on stderr) and the IndexError text of sdk/lib/core/errors.dart.
void main() {
  var list = [1, 2, 3];
  print('before');
  print(list[5]);
  print('not reached');
}
