// Completer semantics from sdk/lib/async/future.dart's documentation and the VM's
// future_impl.dart: Completer() completes its future in a microtask (_AsyncCompleter), so
// listeners run after the current code; Completer.sync() runs them inside complete();
// completing twice throws StateError("Future already completed") (its toString adds
// "Bad state: "); isCompleted is true from the call to complete on.
import 'dart:async';

void main() {
  var c = Completer<String>();
  print(c.isCompleted);
  c.future.then((v) => print('then: $v'));
  c.complete('hello');
  print(c.isCompleted);
  try {
    c.complete('again');
  } catch (e) {
    print(e);
  }
  try {
    c.completeError('x');
  } catch (e) {
    print(e);
  }
  var s = Completer<int>.sync();
  s.future.then((v) => print('sync then: $v'));
  s.complete(7);
  print('after sync complete');
  var e = Completer<int>();
  e.future.catchError((err) {
    print('caught: $err');
    return 0;
  });
  e.completeError(StateError('bad'));
  var t = Completer<int>();
  t.future.then((v) => print('never'), onError: (Object err, StackTrace st) => print('onError with trace: $err'));
  t.completeError('with trace');
  print('main done');
}
