// Expected output derived by hand from the Dart VM's stream semantics (sdk/lib/async/stream_impl.dart,
// stream_controller.dart, broadcast_stream_controller.dart, stream_pipe.dart, and
// sdk/lib/_internal/vm/lib/async_patch.dart for async*), as written in docs/async.md "Streams":
// a broadcast controller drops events without listeners, queues each event per listener; the
// last listener leaving calls onCancel and completes the done future; a sync controller
// delivers inside add.
import 'dart:async';

void main() {
  var c = StreamController<String>.broadcast(onListen: () => print('onListen'), onCancel: () => print('onCancel'));
  c.add('lost');
  var a = c.stream.listen((x) => print('a $x'), onDone: () => print('a done'));
  c.stream.listen((x) => print('b $x'), onDone: () => print('b done'));
  print('broadcast ${c.stream.isBroadcast} hasListener ${c.hasListener}');
  c.add('one');
  c.add('two');
  scheduleMicrotask(() {
    a.cancel();
    c.add('three');
    c.close().then((_) => print('closed'));
  });
  var s = StreamController<int>(sync: true);
  s.stream.listen((x) => print('sync $x'));
  s.add(1);
  print('after sync add');
}
