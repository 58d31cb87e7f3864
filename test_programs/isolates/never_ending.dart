// A spawned isolate that never ends does not keep the program alive: the process ends when
// the main isolate has nothing left to do (dart:isolate's Isolate documentation; the VM's
// dart_api "main isolate exit" shuts the others down). Here the child keeps a receive port
// open forever and a periodic timer running; main ends after hearing from it once.
import 'dart:async';
import 'dart:isolate';

void forever(SendPort toMain) {
  ReceivePort never = ReceivePort(); // never closed
  never.listen((dynamic _) {});
  int ticks = 0;
  Timer.periodic(Duration(milliseconds: 1), (Timer t) {
    ticks++;
  });
  toMain.send('child running');
}

Future<void> main() async {
  ReceivePort port = ReceivePort();
  await Isolate.spawn(forever, port.sendPort);
  print(await port.first);
  print('main done');
}
