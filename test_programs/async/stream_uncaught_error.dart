// An error event that reaches a subscription without an onError handler is an uncaught error
// (the VM's _BufferingStreamSubscription uses the zone's handleUncaughtError as its default
// error handler; the root zone reports it in a priority microtask): "Unhandled exception:" and
// the error on stderr, exit code 255. Data before the error is delivered; nothing after it is.
import 'dart:async';

Stream<int> numbers() async* {
  yield 1;
  throw StateError('from the generator');
}

void main() {
  var c = StreamController<int>();
  c.stream.listen((x) => print('controller $x'));
  c.add(1);
  c.addError(ArgumentError('from the controller'));
  c.add(2);
  numbers().listen((x) => print('generator $x'));
}
