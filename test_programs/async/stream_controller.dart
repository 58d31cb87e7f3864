// Expected output derived by hand from the Dart VM's stream semantics (sdk/lib/async/stream_impl.dart,
// stream_controller.dart, broadcast_stream_controller.dart, stream_pipe.dart, and
// sdk/lib/_internal/vm/lib/async_patch.dart for async*), as written in docs/async.md "Streams":
// a single-subscription async controller buffers events until listened to, delivers each in
// a microtask of its own, calls onListen synchronously in listen and onPause after the data
// callback that paused; a resume with buffered events keeps the input paused (no onResume);
// the done event calls onCancel, then onDone; close's future completes in a microtask after.
import 'dart:async';

void main() {
  var c = StreamController<int>(
      onListen: () => print('onListen'),
      onPause: () => print('onPause'),
      onResume: () => print('onResume'),
      onCancel: () => print('onCancel'));
  c.add(1);
  c.add(2);
  print('hasListener ${c.hasListener} isPaused ${c.isPaused}');
  late StreamSubscription<int> sub;
  sub = c.stream.listen((x) {
    print('data $x');
    if (x == 2) {
      sub.pause();
      print('paused ${sub.isPaused} ${c.isPaused}');
      Timer(Duration.zero, () {
        print('resuming');
        sub.resume();
      });
    }
  }, onError: (Object e) => print('error $e'), onDone: () => print('done'));
  print('hasListener ${c.hasListener}');
  c.addError('oops');
  c.add(3);
  c.close().then((_) => print('close future'));
  c.done.then((_) => print('done future'));
  try {
    c.add(4);
  } catch (e) {
    print(e);
  }
  try {
    c.stream.listen(print);
  } catch (e) {
    print(e);
  }
  scheduleMicrotask(() => print('microtask'));
}
