// Members of dart:isolate that dartc does not implement are rejected where they are used, with
// "... is not supported yet" (docs/isolates.md "Not supported yet"), never run.
import 'dart:isolate';

void main() {
  Isolate isolate = Isolate.current;
  isolate.pause();
  isolate.addOnExitListener(RawReceivePort().sendPort);
  isolate.setErrorsFatal(false);
  Isolate.spawnUri('other.dart', [], null);
}
