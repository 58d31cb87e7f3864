// A future completed with an error and no listener reports it as uncaught (the VM's
// future_impl.dart, _propagateToListeners with no listeners calls the zone's
// handleUncaughtError): "Unhandled exception:" and the error on stderr, exit code 255. The
// microtask queued before it still runs; the timer after it never does.
import 'dart:async';

void main() {
  scheduleMicrotask(() => print('microtask before'));
  Future.value(1).then((v) => throw StateError('from then $v'));
  Timer(Duration(milliseconds: 1), () => print('never printed'));
  print('main done');
}
