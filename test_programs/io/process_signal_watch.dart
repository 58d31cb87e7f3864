// ProcessSignal.watch, with the program sending the signals to itself (Process.killPid(pid, ..)),
// so nothing depends on timing. Expected output derived from the VM's sdk/lib/io/process.dart and
// _SignalController (runtime/bin/process_patch.dart): watch() is a broadcast stream of the
// signal, delivered instead of its default action while listened to; the handler is removed when
// the last listener cancels, after which the program can end; signals other than SIGHUP, SIGINT,
// SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH and SIGQUIT throw SignalException "Listening for signal
// <name> is not supported"; ProcessSignal's toString is its name.
import 'dart:async';
import 'dart:io';

Future<void> main() async {
  int count = 0;
  late StreamSubscription<ProcessSignal> subscription;
  Completer<void> done = Completer<void>();
  subscription = ProcessSignal.sigusr1.watch().listen((ProcessSignal signal) {
    count++;
    print('got $signal ($count)');
    if (count < 3) {
      Process.killPid(pid, ProcessSignal.sigusr1);
    } else {
      subscription.cancel();
      done.complete();
    }
  });
  print(ProcessSignal.sigusr1.watch().isBroadcast);
  print(Process.killPid(pid, ProcessSignal.sigusr1));
  await done.future;

  Future<ProcessSignal> first = ProcessSignal.sigint.watch().first;
  Process.killPid(pid, ProcessSignal.sigint);
  print('first: ${await first}');

  try {
    ProcessSignal.sigkill.watch();
  } on SignalException catch (e) {
    print(e);
  }
  print('end');
}
