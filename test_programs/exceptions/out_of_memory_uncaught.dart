// An OutOfMemoryError nobody catches ends the program like any uncaught error: stderr gets
// 'Unhandled exception:', the error's toString() ('Out of Memory') and the stack trace, and the
// exit code is 255. Here a string repeated 2^61 times, which the VM can't allocate either.
//
// Expectations derived from the VM's report for uncaught errors (runtime/bin: "Unhandled
// exception:" then the error and its trace, exit code 255) and OutOfMemoryError.toString()
// (sdk/lib/core/errors.dart).

String line(String unit, int times) => unit * times;

void main() {
  print('before');
  print(line('ab', 1 << 61).length);
  print('not reached');
}
