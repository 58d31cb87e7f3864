// Errors in async code, from the language specification (17.33: `await e` throws the error of
// the future e completes with; an exception escaping an async body completes its future with
// that error) and the VM's async_patch.dart: a `try` around `await` catches the awaited future's
// error, `finally` runs before the function's future completes, and `on T catch` matches by type.
import 'dart:async';

Future<int> failsLater() async {
  await null;
  throw StateError('nope');
}

Future<int> failsAtOnce() async => throw ArgumentError('at once');

Future<String> withFinally(List<String> log) async {
  try {
    log.add('try');
    await null;
    return 'returned';
  } finally {
    log.add('finally');
  }
}

Future<int> rethrows() async {
  try {
    return await failsLater();
  } catch (e) {
    print('rethrowing $e');
    rethrow;
  }
}

void main() async {
  try {
    await failsLater();
    print('not reached');
  } catch (e) {
    print('caught: $e');
  } finally {
    print('finally 1');
  }
  try {
    await Future<int>.error(ArgumentError('bad'));
  } on StateError {
    print('wrong clause');
  } on ArgumentError catch (e) {
    print('caught by type: ${e.message}');
  }
  try {
    await failsAtOnce();
  } catch (e) {
    print('caught: $e');
  }
  var log = <String>[];
  var result = await withFinally(log);
  print('$result $log');
  try {
    await rethrows();
  } catch (e) {
    print('caught again: $e');
  }
  var f = failsLater();
  f.catchError((Object e) {
    print('catchError: $e');
    return 0;
  });
  await Future.delayed(Duration.zero);
  for (var i = 0; i < 3; i++) {
    try {
      if (i == 1) await Future.error('error $i');
      print('iteration $i ok');
    } catch (e) {
      print('iteration $i: $e');
    }
  }
  print('main end');
}
