// Small-message throughput between two isolates (docs/benchmarks.md):
//  - round trips: main sends an int, the echo isolate sends it back, main sends the next one;
//  - pipelined: main sends a window of messages ahead, the echo isolate answers each; the
//    figure counts messages both ways.
import 'dart:async';
import 'dart:isolate';

void echo(SendPort toMain) {
  ReceivePort inbox = ReceivePort();
  toMain.send(inbox.sendPort);
  inbox.listen((dynamic message) {
    if (message == -1) {
      inbox.close();
      return;
    }
    toMain.send(message);
  });
}

Future<void> main(List<String> args) async {
  int n = args.isEmpty ? 200000 : int.parse(args[0]);
  ReceivePort fromEcho = ReceivePort();
  await Isolate.spawn(echo, fromEcho.sendPort);
  late SendPort toEcho;
  int received = 0;
  int sent = 0;
  int window = 0;
  Completer<void>? phase;
  Stopwatch watch = Stopwatch();
  fromEcho.listen((dynamic message) {
    if (message is SendPort) {
      toEcho = message;
      phase!.complete();
      return;
    }
    received++;
    if (received == n) {
      phase!.complete();
      return;
    }
    if (window == 0) {
      toEcho.send(received);
    } else if (sent < n) {
      toEcho.send(sent++);
    }
  });
  phase = Completer<void>();
  await phase!.future;
  for (int w in <int>[0, 0, 100, 100]) {
    window = w;
    received = 0;
    phase = Completer<void>();
    watch
      ..reset()
      ..start();
    if (w == 0) {
      toEcho.send(0);
    } else {
      for (sent = 0; sent < w; sent++) {
        toEcho.send(sent);
      }
    }
    await phase!.future;
    double seconds = watch.elapsedMicroseconds / 1e6;
    if (w == 0) {
      print('round trips: ${(n / seconds).round()} per second (${(seconds * 1e6 / n).toStringAsFixed(2)} us each)');
    } else {
      print('pipelined (window $w): ${(2 * n / seconds).round()} messages per second');
    }
  }
  toEcho.send(-1);
  fromEcho.close();
}
