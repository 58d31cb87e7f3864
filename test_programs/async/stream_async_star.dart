// Expected output derived by hand from the Dart VM's stream semantics (sdk/lib/async/stream_impl.dart,
// stream_controller.dart, broadcast_stream_controller.dart, stream_pipe.dart, and
// sdk/lib/_internal/vm/lib/async_patch.dart for async*), as written in docs/async.md "Streams":
// an async* body starts in a microtask after listen; each yield delivers at once and resumes
// in a microtask; yield* resumes once its stream is done; when the listener cancels during a
// yield the yield returns (finally blocks run); an error escaping the body is the last event;
// await for pulls through a StreamIterator (break cancels, waiting for the cancel future).
// Several async* functions in one program: regression for the ramp's frame stores that LLVM's
// DSE deleted (llvm.coro.begin is noalias; codegen/src/coroutines.cpp).
import 'dart:async';

Stream<int> count(int n) async* {
  for (int i = 1; i <= n; i++) {
    print('yield $i');
    yield i;
  }
  print('count end');
}

Stream<int> forever() async* {
  int i = 0;
  try {
    while (true) {
      yield i++;
    }
  } finally {
    print('forever finally');
  }
}

Stream<String> nested() async* {
  yield 'start';
  yield* count(2).map((x) => 'n$x');
  await Future.delayed(Duration(milliseconds: 1));
  yield 'end';
}

Stream<int> failing() async* {
  yield 1;
  throw StateError('bad');
}

Future<void> main() async {
  var s = count(3);
  print('created');
  s.listen((x) => print('got $x'), onDone: () => print('done'));
  await Future.delayed(Duration(milliseconds: 5));
  print(await forever().take(3).toList());
  await for (var x in nested()) {
    print('for $x');
  }
  try {
    await for (var x in failing()) {
      print('failing $x');
    }
  } catch (e) {
    print('caught $e');
  }
  int total = 0;
  await for (var x in forever()) {
    total += x;
    if (x == 4) break;
  }
  print('total $total');
  var closure = () async* {
    yield 'c1';
    yield 'c2';
  };
  print(await closure().toList());
}
