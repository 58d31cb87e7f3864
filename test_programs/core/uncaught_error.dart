// An error from the core library that nobody catches ends the program the way the Dart VM does:
// 'Unhandled exception:', the error's text, the stack trace, exit code 255.
//
// Expectations derived by hand from the Dart VM's behaviour for uncaught exceptions (exit code
// 255, the report on stderr) and its bounds check of built-in lists, which throws
// RangeError.range(index, 0, length - 1, "length") (runtime/vm/runtime_entry.cc, RangeError),
// printed as in sdk/lib/core/errors.dart.
void main() {
  var list = [1, 2, 3];
  print('before');
  print(list[5]);
  print('not reached');
}
