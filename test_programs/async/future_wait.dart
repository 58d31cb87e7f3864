// Future.wait and Future.timeout from sdk/lib/async/future.dart's documentation and the VM's
// future_impl.dart: Future.wait gives the values in the order of the futures (not of
// completion); with eagerError false (the default) the first error is reported once every
// future has completed; an empty list gives an empty list. Future.value / Future.error complete
// in one microtask each, in creation order, which fixes the order of the first three lines.
// timeout without onTimeout completes with TimeoutException("Future not completed", limit),
// whose toString is "TimeoutException after <duration>: <message>". Timers that are created
// first and have the shorter delay run first (timer_impl.dart orders by wake-up time, then
// creation), so the order does not depend on how fast the program runs.
import 'dart:async';

void main() {
  Completer<int>().future.timeout(Duration(milliseconds: 1)).catchError((e) {
    print('timeout: $e');
    return 0;
  });
  Completer<int>().future.timeout(Duration(milliseconds: 1), onTimeout: () => 99).then((v) => print('onTimeout: $v'));
  Future.wait<int>([
    Future.delayed(Duration(milliseconds: 10), () => 1),
    Future.value(2),
    Future(() => 3),
  ]).then((values) => print('values: $values'));
  Future.wait<int>([Future.value(1), Future.error('e1'), Future.error('e2')])
      .then((values) => print('not reached'), onError: (e) => print('wait error: $e'));
  Future.wait(<Future<int>>[]).then((values) => print('empty: $values'));
  Future.value(10).timeout(Duration(milliseconds: 50)).then((v) => print('in time: $v'));
}
