// An error thrown by runZonedGuarded's onError is the uncaught error of the zone runZonedGuarded
// was called in (sdk/lib/async/zone.dart: the handler runs `parentZone.runBinary(onError, ...)`
// and passes what it throws to the parent delegate; rethrowing the same error keeps it). Here
// that is the root zone, so the program ends as for any uncaught async error: "Unhandled
// exception:" and the error on stderr, exit code 255. The nested guarded zone's handler sees the
// timer's error first and rethrows it to the outer guarded zone's handler, which rethrows it to
// the root zone; the second timer never runs.
import 'dart:async';

void main() {
  runZonedGuarded(() {
    runZonedGuarded(() {
      Timer.run(() => throw StateError('from the timer'));
    }, (Object e, StackTrace s) {
      print('inner handler got $e');
      throw e;
    });
    Timer.run(() => print('never'));
  }, (Object e, StackTrace s) {
    print('outer handler got $e');
    throw e;
  });
}
