// The order of microtasks, port messages and timers, from the VM's event model
// (sdk/lib/_internal/vm/lib/isolate_patch.dart and timer_impl.dart, sdk/lib/async/schedule_microtask.dart):
//  - each port message is one event of the isolate's message queue; after its handler returns
//    the microtask queue is drained completely (_RawReceivePort._handleMessage ends with
//    _runPendingImmediateCallback), before the next message;
//  - microtasks scheduled by main run before any message or timer (main is itself an event);
//  - messages are delivered in the order they were sent, from one sender;
//  - a timer of 50 ms fires when its wake-up message arrives, after every message sent
//    before it came due (here: all of them, sent at once by main);
//  - a message sent from inside a handler or a timer callback comes after the microtasks that
//    callback scheduled;
//  - the program ends when no receive port is open and no timer is pending.
import 'dart:async';
import 'dart:isolate';

void main() {
  RawReceivePort port = RawReceivePort();
  int count = 0;
  port.handler = (Object? message) {
    print('message $message');
    scheduleMicrotask(() => print('  microtask after message $message'));
    count++;
    if (count == 3) port.sendPort.send('from handler');
    if (count == 4) port.close();
  };
  port.sendPort.send(1);
  port.sendPort.send(2);
  port.sendPort.send(3);
  scheduleMicrotask(() => print('microtask 1'));
  Timer(Duration(milliseconds: 50), () {
    print('timer');
    RawReceivePort late = RawReceivePort();
    late.handler = (Object? message) {
      print('late $message');
      late.close();
    };
    late.sendPort.send('after timer');
    scheduleMicrotask(() => print('  microtask after timer'));
  });
  scheduleMicrotask(() => print('microtask 2'));
  print('main done');
}
