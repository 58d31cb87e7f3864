// Future.any, Future.forEach, Future.doWhile and unawaited, with the VM's semantics
// (sdk/lib/async/future.dart): `any` completes with the first future to complete, value or
// error, and ignores the rest; `forEach` runs the action on each element in turn, waiting for a
// future it returns before the next, and stops at the first error; `doWhile` loops
// synchronously while the action returns true itself (so synchronous actions have all run when
// it returns), waits for a returned future, and completes with an error the action throws in a
// later microtask (not at once). Expected output derived by hand from those rules.
import 'dart:async';

Future<int> later(int ms, int value) => Future.delayed(Duration(milliseconds: ms), () => value);

Future<void> main() async {
  print(await Future.any([later(40, 1), later(5, 2), later(20, 3)]));
  try {
    await Future.any([later(40, 1), Future<int>.error(StateError('first'))]);
  } catch (e) {
    print(e);
  }
  print(await Future.any([Future.value('sync value'), later(1, 0).then((_) => 'late')]));

  final log = <String>[];
  await Future.forEach([1, 2, 3], (int x) async {
    await later(3 - x, 0);
    log.add('a$x');
  });
  print(log);
  log.clear();
  final Future<void> syncEach = Future.forEach([4, 5], (int x) {
    log.add('s$x');
  });
  print(log); // both ran before forEach returned
  await syncEach;
  log.clear();
  try {
    await Future.forEach([1, 2, 3], (int x) {
      if (x == 2) throw ArgumentError('two');
      log.add('t$x');
    });
  } catch (e) {
    print('$e $log');
  }

  var n = 0;
  final Future<void> syncLoop = Future.doWhile(() => ++n < 5);
  print(n); // 5: the synchronous iterations ran at once
  await syncLoop;
  await Future.doWhile(() async => ++n < 8);
  print(n);
  var failed = false;
  final Future<void> throwing = Future.doWhile(() => throw FormatException('bad'));
  final Future<void> handled = throwing.catchError((Object e) {
    failed = true;
  });
  print(failed); // false: the error arrives in a later microtask
  await handled;
  print(failed);
  try {
    await Future.doWhile(() => Future<bool>.error('async error'));
  } catch (e) {
    print('caught $e');
  }

  unawaited(later(1, 1));
  print('end');
}
