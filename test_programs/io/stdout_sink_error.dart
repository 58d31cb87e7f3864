// stdout.addError. Expected output derived from the VM's sdk/lib/io/io_sink.dart
// (_StreamSinkImpl) over stdio.dart's _StdConsumer: the error reaches the consumer, which ends
// its addStream with it (cancelOnError), so `done` completes with the error; later writes go to
// a cancelled subscription and are dropped; addStream and close return `done`; stdout is not
// closed (the consumer's close is never called), so print still works.
import 'dart:async';
import 'dart:io';

Future<void> main() async {
  print('before');
  stdout.addError(StateError('sink error'));
  try {
    await stdout.done;
  } catch (e) {
    print('done: $e');
  }
  stdout.write('dropped\n');
  print('print still works');
  try {
    await stdout.addStream(Stream<List<int>>.value(<int>[65, 10]));
  } catch (e) {
    print('addStream: $e');
  }
  try {
    await stdout.close();
  } catch (e) {
    print('close: $e');
  }
  print('after close');
}
