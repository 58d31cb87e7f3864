// runZonedGuarded needs zones, which dartc does not have yet: it is rejected at compile time
// with a "not supported yet" message at the call (docs/async.md), never run without its handler.
import 'dart:async';

void main() {
  runZonedGuarded(() {
    throw StateError('in the zone');
  }, (Object error, StackTrace stack) => print('handled $error'));
}
