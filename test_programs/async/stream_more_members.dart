// Expected output derived by hand from the VM's sdk/lib/async/stream.dart and stream_pipe.dart:
// length/isEmpty/drain complete at done (isEmpty cancels at the first event), Stream.empty and a
// broadcast stream listened to after close deliver only done, in a microtask; handleError
// takes the errors its test accepts and forwards the others; take(0) is done at once.
import 'dart:async';

void main() async {
  print(await Stream.fromIterable([1, 2, 3]).length);
  print(await Stream.fromIterable([1, 2, 3]).isEmpty);
  print(await Stream<int>.empty().isEmpty);
  print(await Stream<int>.empty().toList());
  print(Stream<int>.empty().isBroadcast);
  print(await Stream.fromIterable([1, 2]).drain<String>('drained'));
  var c = StreamController<int>();
  c.add(1);
  c.addError(StateError('handled'));
  c.addError(ArgumentError('passed on'));
  c.add(2);
  c.close();
  c.stream.handleError((Object e) => print('handler: $e'), test: (e) => e is StateError).listen(
      (x) => print('data $x'),
      onError: (Object e) => print('listener: $e'),
      onDone: () => print('done'));
  var b = StreamController<int>.broadcast();
  b.close();
  b.stream.listen(print, onDone: () => print('late listener done'));
  print(await Stream.fromIterable([5]).take(0).toList());
}
