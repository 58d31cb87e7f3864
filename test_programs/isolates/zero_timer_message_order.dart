// Zero-duration timers against port messages, in the VM's order (sdk/lib/_internal/vm/lib/
// timer_impl.dart: a zero-duration timer is queued as a message to the isolate's timer port
// when it is made, `_notifyZeroHandler`; port messages are queued when sent; the isolate takes
// its queue in order, draining the microtasks after each event). So a message sent before
// `Timer.run` is handled before that timer's callback, and one sent after it, after it.
// Expected output derived by hand from that model:
//   main's microtask first (main is itself an event), then, in queue order: message 'before',
//   timer A, message 'between', timer B, message 'after'; each event's microtask right after it.
import 'dart:async';
import 'dart:isolate';

void main() {
  RawReceivePort port = RawReceivePort();
  int count = 0;
  port.handler = (Object? message) {
    print('message $message');
    scheduleMicrotask(() => print('  microtask after message $message'));
    if (++count == 3) port.close();
  };
  port.sendPort.send('before');
  Timer.run(() {
    print('timer A');
    scheduleMicrotask(() => print('  microtask after timer A'));
  });
  port.sendPort.send('between');
  Timer(Duration.zero, () => print('timer B'));
  port.sendPort.send('after');
  scheduleMicrotask(() => print('microtask in main'));
}
