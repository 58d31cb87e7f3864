// Expected output derived by hand from the CFE's lowering of await for (try/finally that
// awaits the iterator's cancel when the loop is left early) and the VM's stream semantics: an
// exception thrown in the body cancels the subscription and propagates only after the cancel
// future (an async onCancel) completes; finally blocks inside the body run first.
import 'dart:async';

Future<void> consume(Stream<int> s) async {
  await for (var x in s) {
    print('got $x');
    if (x == 2) throw StateError('stop at $x');
  }
}

Future<void> main() async {
  var c = StreamController<int>(onCancel: () async {
    print('onCancel');
    await Future.delayed(Duration(milliseconds: 2));
    print('onCancel done');
  });
  for (int i = 1; i <= 3; i++) c.add(i);
  try {
    await consume(c.stream);
  } catch (e) {
    print('caught $e');
  }
  try {
    await for (var x in Stream.fromIterable([1, 2, 3])) {
      try {
        if (x == 2) throw 'inner $x';
      } finally {
        print('finally $x');
      }
    }
  } catch (e) {
    print('caught $e');
  }
}
