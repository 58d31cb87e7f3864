// Message copy semantics, from the SendPort.send documentation (sdk/lib/isolate/isolate.dart):
// the receiver gets a copy of the object graph (lists, maps, sets, typed data, instances of
// user classes, closures; cycles and sharing preserved), so mutating what it received does not
// change the sender's objects; a SendPort arrives equal to the original; objects that cannot
// be sent are rejected with an ArgumentError whose text is the VM's
// ("Illegal argument in isolate message : (object is a ReceivePort)", runtime/vm/message_snapshot.cc).
// Keys hashed by identity still work in a received map (the VM rehashes maps on receipt).
import 'dart:async';
import 'dart:isolate';
import 'dart:typed_data';

class Node {
  final String name;
  Node? next;
  List<Node> children = [];
  Node(this.name);
}

class Key {
  final int id;
  Key(this.id);
}

int Function(int) makeAdder(int base, List<int> captured) => (int x) => x + base + captured.length;

Future<Object?> roundTrip(Object? message) {
  ReceivePort port = ReceivePort();
  port.sendPort.send(message);
  return port.first;
}

void echo(SendPort reply) {
  ReceivePort inbox = ReceivePort();
  reply.send(inbox.sendPort);
  inbox.listen((dynamic message) {
    List<Object?> request = message as List<Object?>;
    List<int> list = request[0] as List<int>;
    list.add(99); // the receiver's copy only
    (request[1] as SendPort).send(list);
    inbox.close();
  });
}

Future<void> main() async {
  // Mutating a received list does not change the sender's.
  List<int> mine = [1, 2, 3];
  List<int> theirs = (await roundTrip(mine)) as List<int>;
  theirs.add(4);
  print('mine $mine theirs $theirs ${identical(mine, theirs)}');

  // The same across isolates.
  ReceivePort port = ReceivePort();
  await Isolate.spawn(echo, port.sendPort);
  int step = 0;
  Completer<void> workerDone = Completer<void>();
  port.listen((dynamic message) {
    if (step++ == 0) {
      (message as SendPort).send(<Object?>[mine, port.sendPort]);
    } else {
      print('worker returned $message, mine is still $mine');
      port.close();
      workerDone.complete();
    }
  });
  await workerDone.future;

  // Cycles and sharing.
  Node a = Node('a');
  Node b = Node('b');
  a.next = b;
  b.next = a;
  a.children = [b, b];
  Node a2 = (await roundTrip(a)) as Node;
  print('cycle ${identical(a2.next!.next, a2)} shared ${identical(a2.children[0], a2.children[1])} '
      'same as next ${identical(a2.children[0], a2.next)} new ${!identical(a2, a)}');
  List<Object?> selfList = [1];
  selfList.add(selfList);
  List<Object?> selfCopy = (await roundTrip(selfList)) as List<Object?>;
  print('self-containing list ${identical(selfCopy[1], selfCopy)}');

  // Many kinds of values.
  Object? values = await roundTrip(<Object?>[
    null, true, 42, -7, 1 << 62, 3.25, 'text', 'wïth ünicode €', [1.5, 2.5], {'k': 'v', 'n': [1]},
    {1, 2, 3}, Uint8List.fromList([1, 2, 255]), Float64List.fromList([0.5, -1.0]), (1, name: 'r'),
    BigInt.parse('123456789012345678901234567890'),
  ]);
  print(values);

  // Identity-hashed keys and elements still work after the copy.
  Key k1 = Key(1);
  Map<Key, String> byKey = {k1: 'one', Key(2): 'two'};
  Map<Key, String> byKey2 = (await roundTrip(byKey)) as Map<Key, String>;
  Key k1copy = byKey2.keys.first;
  print('identity map ${byKey2[k1copy]} ${byKey2.length} ${byKey2.containsKey(k1)}');
  Set<Key> keys = {k1, Key(3)};
  Set<Key> keys2 = (await roundTrip(keys)) as Set<Key>;
  print('identity set ${keys2.contains(keys2.first)} ${keys2.contains(k1)}');

  // A closure and its captured variables.
  // (Made in a function of its own: a closure's context holds the variables captured by every
  // closure of its scope, and main's include ports, which cannot be sent, in the VM too.)
  List<int> captured = [1];
  int Function(int) add = makeAdder(10, captured);
  dynamic add2 = await roundTrip(add);
  captured.add(2);
  print('closure ${add(1)} ${add2(1)}');

  // SendPorts stay equal.
  ReceivePort p = ReceivePort();
  SendPort sp = (await roundTrip(p.sendPort)) as SendPort;
  print('sendPort equal ${sp == p.sendPort} ${sp.hashCode == p.sendPort.hashCode}');
  p.close();

  // What cannot be sent.
  ReceivePort q = ReceivePort();
  try {
    q.sendPort.send(<Object?>[1, q]);
  } catch (e) {
    print(e);
  }
  try {
    q.sendPort.send(Future<int>.value(1));
  } on ArgumentError catch (e) {
    print((e.message as String).substring(0, 60));
  }
  q.close();
}
