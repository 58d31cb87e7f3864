// runZonedGuarded (sdk/lib/async/zone.dart): a synchronous throw in the body goes to onError and
// runZonedGuarded returns null; otherwise it returns the body's value. Every asynchronous error
// no one handles inside the zone goes to onError, which runs in the zone runZonedGuarded was
// called in (here the root zone), one at a time in the order the errors arise:
// - the body's microtasks run in the queue's order: the scheduleMicrotask callback throws (the
//   VM binds it with bindCallbackGuarded), Future.error's future completes with no listener
//   (_propagateToListeners with no listeners: the future's zone's handleUncaughtError), the
//   async closure resumes after `await null` and its future completes with the thrown error and
//   no listener, the async controller delivers 7 and the listener throws (runUnaryGuarded in
//   the subscription's zone);
// - then the two zero-duration timers in creation order: the Timer callback throws (guarded),
//   then Future()'s computation throws and its future has no listener.
// The program then exits normally (0): no error reached the root zone.
import 'dart:async';

void main() {
  print('root is current: ${identical(Zone.current, Zone.root)}');

  int? r1 = runZonedGuarded<int>(() => throw StateError('sync'), (Object e, StackTrace s) => print('1 caught $e'));
  print('1 result $r1');

  int? r2 = runZonedGuarded<int>(() => 42, (Object e, StackTrace s) => print('never'));
  print('2 result $r2');

  runZonedGuarded(() {
    scheduleMicrotask(() => throw 'microtask');
    Timer(Duration.zero, () => throw 'timer');
    Future<int>.error('future');
    Future<int>(() => throw 'future computation');
    () async {
      await null;
      throw 'async function';
    }();
    var c = StreamController<int>();
    c.stream.listen((x) => throw 'listener $x');
    c.add(7);
    print('3 in a zone: ${!identical(Zone.current, Zone.root)}');
  }, (Object e, StackTrace s) {
    print('3 caught $e in the root zone: ${identical(Zone.current, Zone.root)}');
  });
  print('3 body done, back in the root zone: ${identical(Zone.current, Zone.root)}');
}
