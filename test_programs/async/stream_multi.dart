// Stream.multi and MultiStreamController with the VM's semantics (sdk/lib/async/stream_impl.dart
// _MultiStream/_MultiStreamController, on the asynchronous single-subscription controller of
// stream_controller.dart and _BufferingStreamSubscription).
//
// Expected output derived by hand from those sources:
// - every listen makes a new controller and calls onListen inside `listen`, after the
//   subscription exists (hasListener is true there); isBroadcast is only the flag given;
// - `add` always buffers (one event per microtask, so two listeners interleave); `addSync`
//   delivers at once when the subscription can fire, but inside onListen (the subscription is
//   in a callback) or behind buffered events it is buffered in order like the rest;
// - `closeSync` sends done at once when it can fire; afterwards `addSync` throws
//   "Bad state: Cannot add event after closing"; `stream` throws
//   "Unsupported operation: Not available";
// - `addErrorSync` without a stack trace passes StackTrace.empty;
// - onPause/onResume/onCancel set on the controller are called: a resume while an event is
//   still buffered calls onResume only after that event is delivered;
// - what onListen throws is an uncaught error of the zone `listen` runs in, reported before
//   `listen` returns.
import 'dart:async';

Future<void> settle() => Future.delayed(Duration.zero);

Future<void> perListener() async {
  var listens = 0;
  var stream = Stream<int>.multi((MultiStreamController<int> controller) {
    var id = ++listens;
    print('onListen $id, hasListener ${controller.hasListener}');
    controller.add(id * 10);
    controller.addSync(id * 10 + 1);
    controller.close();
  });
  print('isBroadcast ${stream.isBroadcast}');
  stream.listen((int x) => print('a $x'), onDone: () => print('a done'));
  stream.listen((int x) => print('b $x'), onDone: () => print('b done'));
  print('listened twice');
  await settle();
  print('broadcast flag ${Stream<int>.multi((c) {}, isBroadcast: true).isBroadcast}');
}

Future<void> syncDelivery() async {
  late MultiStreamController<String> saved;
  var stream = Stream<String>.multi((MultiStreamController<String> c) {
    saved = c;
  });
  stream.listen((String s) => print('got $s'),
      onError: (Object e, StackTrace s) => print('error $e, empty trace ${'$s' == ''}'),
      onDone: () => print('done'));
  print('before addSync');
  saved.addSync('one');
  print('after addSync');
  saved.add('two');
  saved.addErrorSync('bad');
  print('after add and addErrorSync');
  await settle();
  saved.closeSync();
  print('after closeSync, isClosed ${saved.isClosed}');
  saved.closeSync();
  try {
    saved.addSync('three');
  } catch (e) {
    print(e);
  }
  try {
    saved.stream;
  } catch (e) {
    print(e);
  }
  await settle();
}

Future<void> pauseAndCancel() async {
  var stream = Stream<int>.multi((MultiStreamController<int> c) {
    c.onPause = () => print('onPause');
    c.onResume = () => print('onResume');
    c.onCancel = () {
      print('onCancel');
    };
    c.addSync(1);
  });
  var sub = stream.listen((int x) => print('data $x'));
  sub.pause();
  print('paused ${sub.isPaused}');
  sub.resume();
  print('resumed');
  await settle();
  await sub.cancel();
  print('cancelled');
}

void throwingOnListen() {
  runZonedGuarded(() {
    Stream<int>.multi((MultiStreamController<int> c) => throw 'boom').listen((int x) {});
    print('listen returned');
  }, (Object e, StackTrace s) => print('uncaught $e'));
}

Future<void> main() async {
  await perListener();
  print('--');
  await syncDelivery();
  print('--');
  await pauseAndCancel();
  print('--');
  throwingOnListen();
  await settle();
}
