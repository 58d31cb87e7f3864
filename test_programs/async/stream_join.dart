// Expected output derived by hand from the VM's sdk/lib/async/stream.dart (Stream.join): each
// data event is written with StringBuffer.write (its toString), the separator between two
// events only; done completes the future with the text. The subscription is made with
// cancelOnError: true, so the first error event completes the future with that error and the
// source is cancelled (its onCancel runs; later events are never seen). An element whose
// toString throws cancels the subscription and completes the future with what was thrown.
import 'dart:async';

class Bad {
  String toString() => throw StateError('bad toString');
}

void main() async {
  print('[${await Stream.fromIterable([1, 2, 3]).join()}]');
  print('[${await Stream.fromIterable(['a', 'b', 'c']).join(', ')}]');
  print('[${await Stream<int>.empty().join('-')}]');
  print('[${await Stream.value(7).join('-')}]');
  print('[${await Stream.fromIterable([null, 1.5, true, [1, 2]]).join('|')}]');

  var c = StreamController<int>(onCancel: () => print('source cancelled'));
  c.add(1);
  c.add(2);
  c.addError(FormatException('broken'));
  c.add(3);
  c.close();
  try {
    print(await c.stream.join(','));
  } on FormatException catch (e) {
    print('caught $e');
  }

  var d = StreamController<Object>(onCancel: () => print('second source cancelled'));
  d.add('ok');
  d.add(Bad());
  d.add('never');
  d.close();
  try {
    print(await d.stream.join(' '));
  } on StateError catch (e) {
    print('caught $e');
  }

  var b = StreamController<String>.broadcast();
  var joined = b.stream.join('+');
  b.add('x');
  b.add('y');
  await b.close();
  print(await joined);
}
