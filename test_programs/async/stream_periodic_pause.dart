// Expected output derived by hand from the Dart VM's stream semantics (sdk/lib/async/stream_impl.dart,
// stream_controller.dart, broadcast_stream_controller.dart, stream_pipe.dart, and
// sdk/lib/_internal/vm/lib/async_patch.dart for async*), as written in docs/async.md "Streams":
// Stream.periodic emits from a periodic timer (computation of the tick count); a transformer
// from handlers forwards synchronously; a paused subscription keeps an async* body suspended
// at its yield until resumed (onResume schedules it); a cancel while the body awaits takes
// effect at the next yield, and the cancel future completes when the body has returned.
import 'dart:async';

Stream<int> numbers() async* {
  for (int i = 1; i <= 4; i++) {
    print('generating $i');
    yield i;
  }
  print('generator done');
}

Future<void> main() async {
  var ticks = await Stream<int>.periodic(Duration(milliseconds: 2), (n) => n * n).take(4).toList();
  print('periodic $ticks');
  var doubled = StreamTransformer<int, String>.fromHandlers(handleData: (int x, EventSink<String> sink) {
    sink.add('<$x>');
    if (x.isEven) sink.add('even');
  }, handleDone: (EventSink<String> sink) {
    sink.add('end');
    sink.close();
  });
  print(await Stream.fromIterable([1, 2, 3]).transform(doubled).toList());

  // A paused subscription on an async* stream: the generator stays suspended at its yield.
  late StreamSubscription<int> sub;
  sub = numbers().listen((x) {
    print('got $x');
    if (x == 2) {
      sub.pause();
      print('paused');
      Timer(Duration(milliseconds: 3), () {
        print('resume');
        sub.resume();
      });
    }
  }, onDone: () => print('done'));
  await Future.delayed(Duration(milliseconds: 20));
  // Cancel while the generator waits in an await: it goes on to the next yield, which returns.
  var s2 = slow().listen((x) => print('slow $x'));
  await Future.delayed(Duration(milliseconds: 1));
  print('cancel');
  await s2.cancel();
  print('canceled');
}

Stream<int> slow() async* {
  try {
    yield 1;
    print('waiting');
    await Future.delayed(Duration(milliseconds: 5));
    print('after wait');
    yield 2;
    print('never');
  } finally {
    print('slow finally');
  }
}
