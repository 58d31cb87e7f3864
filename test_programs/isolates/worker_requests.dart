// A worker isolate answering requests over ports, the pattern of the dart:isolate
// documentation (sdk/lib/isolate/isolate.dart, SendPort and ReceivePort): the worker sends its
// own SendPort back first; each request carries the port to reply to; messages from one sender
// arrive in the order they were sent; closing its last receive port lets the worker end, and
// its onExit port then gets null.
import 'dart:async';
import 'dart:isolate';

void worker(SendPort ready) {
  ReceivePort requests = ReceivePort();
  ready.send(requests.sendPort);
  Map<String, int> totals = {};
  requests.listen((dynamic message) {
    if (message == 'stop') {
      requests.close();
      return;
    }
    List<Object?> request = message as List<Object?>;
    String name = request[0] as String;
    int amount = request[1] as int;
    totals[name] = (totals[name] ?? 0) + amount;
    (request[2] as SendPort).send('$name: ${totals[name]}');
  });
}

Future<String> ask(SendPort worker, String name, int amount) {
  ReceivePort reply = ReceivePort();
  worker.send(<Object?>[name, amount, reply.sendPort]);
  return reply.first.then((dynamic answer) => answer as String);
}

Future<void> main() async {
  ReceivePort ready = ReceivePort();
  ReceivePort exited = ReceivePort();
  await Isolate.spawn(worker, ready.sendPort, onExit: exited.sendPort);
  SendPort toWorker = (await ready.first) as SendPort;
  print(await ask(toWorker, 'ann', 5));
  print(await ask(toWorker, 'bob', 3));
  print(await ask(toWorker, 'ann', 10));
  // Several requests in flight at once: answered in order.
  print(await Future.wait([ask(toWorker, 'bob', 1), ask(toWorker, 'bob', 1), ask(toWorker, 'cy', 7)]));
  toWorker.send('stop');
  print('worker exited: ${await exited.first}');
}
