// Zones are per isolate, like every static (docs/async.md "Zones", docs/isolates.md). A worker
// runs runZonedGuarded: Future.error's future fails in a microtask with no listener and the
// zero-duration timer throws after the microtasks, so its onError sends those two texts in that
// order; the worker then has nothing left and ends quietly. In main, inside a guarded zone with a
// zone value, the future of Isolate.run is made in that zone, so the async closure resumes there
// (the zone value is seen) although the result arrives through a port handler run by the root
// zone's event loop; the second Isolate.run's error (the computation's own error, copied back)
// fails the closure's future, which has no listener: the zone's onError gets it, running in the
// root zone.
import 'dart:async';
import 'dart:isolate';

void worker(SendPort port) {
  runZonedGuarded(() {
    Timer.run(() => throw StateError('from the worker timer'));
    Future<int>.error('from a worker future');
  }, (Object e, StackTrace s) {
    port.send('worker zone caught $e');
  });
}

// Static functions for Isolate.run: a closure made inside main's zone code would capture main's
// context (with `done`'s future: unsendable, as in the VM).
int answer() => 6 * 7;
int fail() => throw ArgumentError('bad');

Future<void> main() async {
  var port = ReceivePort();
  await Isolate.spawn(worker, port.sendPort);
  await for (var message in port.take(2)) {
    print(message);
  }

  var done = Completer<void>();
  runZonedGuarded(() async {
    var v = await Isolate.run(answer);
    print('run in the zone: $v ${Zone.current['who']}');
    await Isolate.run(fail);
    print('never');
  }, (Object e, StackTrace s) {
    print('main zone caught $e in the root zone: ${identical(Zone.current, Zone.root)}');
    done.complete();
  }, zoneValues: {'who': 'main'});
  await done.future;
  print('done');
}
