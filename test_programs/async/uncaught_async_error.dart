// An error that escapes an async function whose future nobody listens to is an uncaught error
// of the root zone: the VM prints "Unhandled exception:", the error and its stack trace on
// stderr and exits with 255 (sdk/lib/async/zone.dart, _rootHandleError; the VM's isolate ends
// with an unhandled exception). Code that runs before it (main's rest) still prints.
import 'dart:async';

Future<void> fails() async {
  await null;
  throw 'async boom';
}

void main() {
  fails();
  print('main done');
}
