// Spawn-and-exit latency: isolates spawned one after another, each ending at once; the time
// from Isolate.spawn until its onExit message has arrived, averaged (docs/benchmarks.md).
import 'dart:isolate';

void child(int _) {}

Future<void> main(List<String> args) async {
  int n = args.isEmpty ? 2000 : int.parse(args[0]);
  for (int round = 0; round < 2; round++) {
    Stopwatch watch = Stopwatch()..start();
    for (int i = 0; i < n; i++) {
      ReceivePort exit = ReceivePort();
      await Isolate.spawn(child, i, onExit: exit.sendPort);
      await exit.first;
    }
    if (round == 1) print('spawn+exit: ${(watch.elapsedMicroseconds / n).toStringAsFixed(1)} us per isolate ($n isolates)');
  }
}
