// Many isolates: 1,000 spawned and joined one after another (each sends its result, then
// ends, and its onExit message arrives after its last message, as the VM's shutdown does:
// runtime/vm/isolate.cc sends the exit message when the isolate is gone), then 8 running at
// once. Each isolate has its own statics: every one sees the top-level `visits` start at 0.
import 'dart:async';
import 'dart:isolate';

int visits = 0;

void child(List<Object?> args) {
  visits++;
  int n = args[0] as int;
  (args[1] as SendPort).send(n * 2 + visits);
}

void spinner(List<Object?> args) {
  int n = args[0] as int;
  int sum = 0;
  for (int i = 0; i < 200000; i++) {
    sum = (sum + i * n) % 1000003;
  }
  (args[1] as SendPort).send(<int>[n, sum]);
}

Future<void> main() async {
  int total = 0;
  for (int i = 0; i < 1000; i++) {
    ReceivePort results = ReceivePort();
    ReceivePort exits = ReceivePort();
    await Isolate.spawn(child, <Object?>[i, results.sendPort], onExit: exits.sendPort);
    total += (await results.first) as int;
    await exits.first;
  }
  print('sequential: $total');

  ReceivePort results = ReceivePort();
  for (int i = 1; i <= 8; i++) {
    await Isolate.spawn(spinner, <Object?>[i, results.sendPort]);
  }
  Map<int, int> sums = {};
  Completer<void> done = Completer<void>();
  results.listen((dynamic message) {
    List<int> pair = message as List<int>;
    sums[pair[0]] = pair[1];
    if (sums.length == 8) {
      results.close();
      done.complete();
    }
  });
  await done.future;
  List<int> keys = sums.keys.toList()..sort();
  print('parallel: ${[for (int k in keys) sums[k]]}');
  print('visits in main: $visits');
}
