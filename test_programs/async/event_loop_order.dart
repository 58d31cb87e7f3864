// The order in which the Dart VM runs microtasks, futures and timers. Derived from the SDK's
// documented semantics and sources: scheduleMicrotask appends to the microtask queue
// (sdk/lib/async/schedule_microtask.dart); Future.value completes in a microtask and runs the
// listeners that are waiting at that moment (sdk/lib/async/future_impl.dart, _asyncComplete and
// _propagateToListeners); Future(), Timer.run and Future.delayed(Duration.zero) are zero-duration
// timers, run in creation order after the microtask queue is empty; the VM drains the
// microtask queue again after every timer callback (sdk/lib/_internal/vm/lib/timer_impl.dart,
// _runTimers calls _runPendingImmediateCallback after each callback).
import 'dart:async';

void main() {
  print('main 1');
  Timer.run(() => print('timer A'));
  Future.delayed(Duration.zero, () => print('Future.delayed zero'));
  scheduleMicrotask(() => print('microtask 1'));
  Future.value(1).then((v) => print('Future.value then $v'));
  Future(() => print('Future() computation'));
  Future.microtask(() => print('Future.microtask'));
  scheduleMicrotask(() {
    print('microtask 2');
    scheduleMicrotask(() => print('microtask 3, scheduled by microtask 2'));
    Timer.run(() => print('timer B, scheduled by microtask 2'));
  });
  Timer.run(() {
    print('timer C');
    scheduleMicrotask(() => print('microtask scheduled by timer C'));
  });
  Timer.run(() => print('timer D'));
  Future.value(2).then((v) {
    print('then $v');
    return v + 1;
  }).then((v) => print('chained then $v'));
  print('main 2');
}
