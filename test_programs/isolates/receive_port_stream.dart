// ReceivePort is a single-subscription Stream of its messages (sdk/lib/isolate/isolate.dart,
// `abstract interface class ReceivePort implements Stream<dynamic>`; the VM's _ReceivePortImpl in
// sdk/lib/_internal/vm/lib/isolate_patch.dart feeds a synchronous StreamController whose onCancel
// closes the port). Expected output derived by hand from those rules:
// - `await for` over the port gets the worker's messages in order: 10 + 20 + 30 = 60; `break`
//   cancels the subscription, which closes the port (otherwise the program would not exit);
// - `first` of a port that was sent 'hello' before anyone listened: the message is buffered;
// - Stream operators work on a port: map(x * 2).take(2) of 1, 2 is [2, 4];
// - a second listen is "Bad state: Stream has already been listened to.", as for every
//   single-subscription stream.
import 'dart:async';
import 'dart:isolate';

void worker(SendPort reply) {
  for (int i = 1; i <= 3; i++) {
    reply.send(i * 10);
  }
  reply.send(null);
}

Future<void> main() async {
  var port = ReceivePort();
  await Isolate.spawn(worker, port.sendPort);
  int sum = 0;
  await for (var message in port) {
    if (message == null) break;
    sum += message as int;
  }
  print('sum $sum');

  var greeting = ReceivePort();
  greeting.sendPort.send('hello');
  print(await greeting.first);

  var numbers = ReceivePort();
  numbers.sendPort.send(1);
  numbers.sendPort.send(2);
  print(await numbers.map((x) => (x as int) * 2).take(2).toList());

  var once = ReceivePort();
  once.listen((_) {});
  try {
    once.listen((_) {});
  } on StateError catch (e) {
    print(e);
  }
  once.close();
  print(port is Stream<dynamic>);
}
