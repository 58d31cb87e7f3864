// Expected output derived by hand from the Dart VM's stream semantics (sdk/lib/async/stream_impl.dart,
// stream_controller.dart, broadcast_stream_controller.dart, stream_pipe.dart, and
// sdk/lib/_internal/vm/lib/async_patch.dart for async*), as written in docs/async.md "Streams":
// Stream.fromIterable delivers one element per microtask (so it interleaves with other
// microtasks), derived streams (where/map/expand/skip/take) forward synchronously, first/last/
// toList/fold/forEach complete when the done event arrives, errors end the collecting futures.
import 'dart:async';

void main() async {
  var s = Stream.fromIterable([1, 2, 3]);
  s.listen((x) => print('a$x'), onDone: () => print('a done'));
  scheduleMicrotask(() => print('m1'));
  print(await Stream.fromIterable([1, 2, 3, 4, 5, 6]).where((x) => x.isEven).map((x) => x * 10).toList());
  print(await Stream.fromIterable([1, 2, 3]).expand((x) => [x, x]).skip(1).take(4).toList());
  print(await Stream.fromIterable(['x', 'y']).first);
  print(await Stream.fromIterable(['x', 'y']).last);
  print(await Stream.fromIterable([1, 2, 3]).fold<int>(0, (a, b) => a + b));
  await Stream.fromIterable([7, 8]).forEach((x) => print('each $x'));
  print(await Stream.value(42).toList());
  try {
    await Stream<int>.error(StateError('boom')).toList();
  } catch (e) {
    print('caught $e');
  }
  try {
    await Stream<int>.fromIterable([]).first;
  } catch (e) {
    print('first: $e');
  }
  Stream.fromIterable([1, 2]).listen(print, onError: (e) => print('err $e'), onDone: () => print('done 2'));
}
