// Timers from sdk/lib/async/timer.dart's documentation and the VM's timer_impl.dart: timers run
// in order of wake-up time (timers created earlier with a shorter or equal delay first); a
// periodic timer runs until cancelled and its `tick` counts the periods that have passed
// (skipped ones included, so only "at least" is checked here); a one-shot timer is active until
// it has run or is cancelled and its tick is 1 once it has run; a cancelled timer never runs.
// dart:io's sleep blocks the isolate. Delays are kept tiny.
import 'dart:async';
import 'dart:io';

void main() {
  var sw = Stopwatch()..start();
  sleep(Duration(milliseconds: 5));
  print('slept at least 5 ms: ${sw.elapsedMilliseconds >= 5}');
  var log = <String>[];
  Timer.run(() => log.add('zero'));
  var oneShot = Timer(Duration(milliseconds: 1), () => log.add('one-shot'));
  print('active ${oneShot.isActive} tick ${oneShot.tick}');
  var cancelled = Timer(Duration(milliseconds: 1), () => print('never'));
  cancelled.cancel();
  print('cancelled active ${cancelled.isActive}');
  var periodicRuns = 0;
  Timer.periodic(Duration(milliseconds: 2), (t) {
    periodicRuns++;
    if (t.tick >= 3) {
      t.cancel();
      log.add('periodic cancelled');
      print('periodic active after cancel: ${t.isActive}');
    }
  });
  Timer(Duration(milliseconds: 20), () {
    log.add('20 ms');
    print(log);
    print('periodic ran: ${periodicRuns >= 1 && periodicRuns <= 3}');
    print('one-shot active ${oneShot.isActive} tick ${oneShot.tick}');
  });
}
