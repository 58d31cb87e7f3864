// Errors and endings of spawned isolates, from the Isolate documentation
// (sdk/lib/isolate/isolate.dart: spawn's onError and onExit, Isolate.exit, kill) and the VM:
//  - an uncaught error ends the isolate (errorsAreFatal is true by default) and is sent to
//    onError as a two-element list: the error's toString() and the stack trace's;
//  - onExit then gets its message (null);
//  - Isolate.exit sends its message and ends the isolate at once (nothing after it runs);
//  - kill ends an isolate before its next event;
//  - without onError the error is printed to stderr ("Unhandled exception:" and the error)
//    and only that isolate ends: main goes on and exits with 0.
import 'dart:async';
import 'dart:isolate';

void failing(int n) {
  if (n > 0) throw FormatException('bad input $n');
}

void failingLater(int n) {
  Timer(Duration(milliseconds: 1), () => throw StateError('timer failed $n'));
}

void exiting(SendPort port) {
  Isolate.exit(port, <String>['last words']);
}

void idle(SendPort port) {
  ReceivePort r = ReceivePort();
  r.listen((dynamic _) {});
  port.send('idle ready');
}

Future<void> main() async {
  ReceivePort errors = ReceivePort();
  ReceivePort exits = ReceivePort();
  await Isolate.spawn(failing, 3, onError: errors.sendPort, onExit: exits.sendPort);
  List<Object?> error = (await errors.first) as List<Object?>;
  print('error: ${error[0]} (${error.length} parts, trace is ${error[1].runtimeType})');
  print('exit: ${await exits.first}');

  ReceivePort errors2 = ReceivePort();
  await Isolate.spawn(failingLater, 4, onError: errors2.sendPort);
  print('later: ${((await errors2.first) as List<Object?>)[0]}');

  ReceivePort last = ReceivePort();
  await Isolate.spawn(exiting, last.sendPort);
  print('exit message: ${await last.first}');

  ReceivePort ready = ReceivePort();
  ReceivePort killed = ReceivePort();
  Isolate isolate = await Isolate.spawn(idle, ready.sendPort, onExit: killed.sendPort);
  print(await ready.first);
  isolate.kill();
  print('killed: ${await killed.first}');

  ReceivePort exits2 = ReceivePort();
  await Isolate.spawn(failing, 5, onExit: exits2.sendPort);
  print('printed error, exit: ${await exits2.first}');
  print('main done');
}
