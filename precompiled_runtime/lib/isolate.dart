// dart:isolate for dartc (docs/isolates.md): Isolate (spawn, run, exit, kill, current),
// SendPort, ReceivePort, RawReceivePort, RemoteError, IsolateSpawnException. An isolate is an OS
// thread with its own heap and statics; messages are deep-copied by the runtime
// (precompiled_runtime/src/message_copy.cpp). Observable behaviour (error texts, the messages of
// onError and onExit, Isolate.run's errors) follows the VM's sdk/lib/isolate and
// sdk/lib/_internal/vm/lib/isolate_patch.dart; the code is dartc's own. ReceivePort is a
// single-subscription Stream, as in the VM.
library dart.isolate;

import 'dart:async';
import 'dart:collection' show HashMap, HashSet;
import 'dart:_internal' show unsafeCast, reportUnhandledError;

part 'isolate/ports.dart';
part 'isolate/isolate.dart';
part 'isolate/natives.dart';
