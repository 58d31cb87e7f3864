// Callbacks run in the zone they were registered in (sdk/lib/async/zone.dart), seen through
// zone values (Zone.current[key] looks in the zone, then its parents; null when no zone has it).
// Order: the synchronous prints; then the microtasks in queue order: Future.value(1) completes
// (its `then` listener, registered in zone A, runs in A), A's scheduleMicrotask, the inner
// zone's, the async controller's delivery (the subscription was made in A, the event added in
// B: it runs in A), the async function's first resumption (`await null`, zone D); then the
// zero-duration timer (A); then the 1 ms Future.delayed, after which `work` resumes in D.
// Error zones: a future made in a guarded zone G that fails, listened to from the root zone,
// does not pass its error across ("Don't cross zone boundaries with errors" in the VM's
// _propagateToListeners): G's onError gets it and the root listener never runs. A runZoned zone
// inside G shares G's error zone, so a listener there gets the error.
import 'dart:async';

Future<void> work() async {
  print('work before ${Zone.current['name']}');
  await null;
  print('work after await null ${Zone.current['name']}');
  await Future<void>.delayed(const Duration(milliseconds: 1));
  print('work after delay ${Zone.current['name']}');
}

void main() {
  var c = StreamController<String>();
  runZoned(() {
    print('body ${Zone.current['name']}');
    Future<int>.value(1).then((v) => print('then ${Zone.current['name']}'));
    Timer(Duration.zero, () => print('timer ${Zone.current['name']}'));
    scheduleMicrotask(() => print('microtask ${Zone.current['name']}'));
    runZoned(() {
      print('inner ${Zone.current['name']} ${Zone.current['other']}');
      scheduleMicrotask(() => print('inner microtask ${Zone.current['name']} ${Zone.current['other']}'));
    }, zoneValues: {'other': 2});
    c.stream.listen((x) => print('listen $x ${Zone.current['name']}'));
  }, zoneValues: {'name': 'A'});
  runZoned(() => c.add('event'), zoneValues: {'name': 'B'});
  runZoned(() => work(), zoneValues: {'name': 'D'});
  print('outside ${Zone.current['name']}');

  void Function() bound =
      runZoned(() => Zone.current.bindCallback(() => print('bound ${Zone.current['name']}')),
          zoneValues: {'name': 'C'});
  bound();
  print('root run ${Zone.root.run(() => identical(Zone.current, Zone.root))}');
  print('parent of a zone is root: ${runZoned(() => identical(Zone.current.parent, Zone.root))}');
  print('root has no parent: ${Zone.root.parent == null}');

  Future<int>? failing = runZonedGuarded(() {
    runZoned(() => Future<int>.error('shared').catchError((Object e) {
          print('inner listener saw $e');
          return 0;
        }));
    return Future<int>.error('boundary');
  }, (Object e, StackTrace s) => print('G caught $e'));
  failing!.then((v) => print('never'), onError: (Object e) => print('root listener saw $e'));
  runZonedGuarded(() {
    print('same error zone: ${runZoned(() => Zone.current.inSameErrorZone(Zone.current.parent!))}');
    print('guarded zone is its error zone: ${identical(Zone.current.errorZone, Zone.current)}');
  }, (Object e, StackTrace s) {});
}
