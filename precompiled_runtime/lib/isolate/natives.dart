part of dart.isolate;

// The runtime's side of dart:isolate (precompiled_runtime/src/isolate_threads.cpp). Natives never
// throw: the Dart side turns their status codes into the VM's errors.

@pragma('dartc:native', 'dartrt_isolate_port_open')
external int _isolatePortOpen(bool keepAlive);
@pragma('dartc:native', 'dartrt_isolate_port_close')
external void _isolatePortClose(int port, bool keepAlive);
@pragma('dartc:native', 'dartrt_isolate_port_keep_alive')
external void _isolatePortKeepAlive(bool keepAlive);
@pragma('dartc:native', 'dartrt_isolate_send')
external int _isolateSend(int port, Object? message);
@pragma('dartc:native', 'dartrt_isolate_set_message_handler')
external void _isolateSetMessageHandler(void Function(int) handler);
@pragma('dartc:native', 'dartrt_isolate_take_received')
external Object? _isolateTakeReceived();
@pragma('dartc:native', 'dartrt_isolate_next_copied_table')
external Object? _isolateNextCopiedTable();
@pragma('dartc:native', 'dartrt_isolate_register_unsendable')
external void _isolateRegisterUnsendable(Object example, int status);
@pragma('dartc:native', 'dartrt_isolate_register_hash_table')
external void _isolateRegisterHashTable(Object example);
@pragma('dartc:native', 'dartrt_isolate_spawn')
external int _isolateSpawn(void Function() start, int onExitPort);
@pragma('dartc:native', 'dartrt_isolate_control_port')
external int _isolateControlPort();
@pragma('dartc:native', 'dartrt_isolate_is_main')
external bool _isolateIsMain();
@pragma('dartc:native', 'dartrt_isolate_set_error_reporter')
external void _isolateSetErrorReporter(void Function(String, Object?) reporter);
@pragma('dartc:native', 'dartrt_isolate_kill')
external void _isolateKill(int controlPort);
@pragma('dartc:native', 'dartrt_isolate_exit')
external int _isolateExit(int port, Object? message);
// Always false, but type-flow analysis cannot know: guards the direct calls that stand for the
// runtime's calls of closures it was handed (so their parameters are seen to take any value).
@pragma('dartc:native', 'dartrt_isolate_never')
external bool _isolateNever();

// An intrinsic shared with dart:core (codegen/src/intrinsics.cpp).
external String _className(Object? value);

// What the runtime's copy statuses (CopyStatus in src/isolate_messages.h) mean, in the VM's words.
String _copyErrorText(int status) {
  if (status == 1) return "Illegal argument in isolate message : (object is a ReceivePort)";
  return "Illegal argument in isolate message: object is unsendable - Library:'dart:async' Class: _Future "
      "(see restrictions listed at `SendPort.send()` documentation for more information)";
}

// Per isolate (statics are): registers what the copy must know, and the message handler.
bool _isolateInitialized = false;

void _ensureIsolateInitialized() {
  if (_isolateInitialized) return;
  _isolateInitialized = true;
  _isolateRegisterUnsendable(Completer<void>().future, 2);
  // Hash tables whose copies must be rehashed: the ones behind Map(), HashMap(), Set(),
  // HashSet() (identity and custom-equality tables are their subclasses).
  _isolateRegisterHashTable(<Object?, Object?>{});
  _isolateRegisterHashTable(HashMap<Object?, Object?>());
  _isolateRegisterHashTable(<Object?>{});
  _isolateRegisterHashTable(HashSet<Object?>());
  _isolateSetMessageHandler(_handleMessage);
  if (_isolateNever()) _handleMessage(_isolateControlPort());
  // Ports need the event loop: scheduling anything makes type-flow analysis keep it (and
  // codegen run it after main, docs/async.md). An empty microtask is invisible.
  scheduleMicrotask(_nothing);
}

void _nothing() {}

// The event loop's delivery of a message (dart:async's event_loop.dart): to the port's handler,
// if the port is still open.
void _handleMessage(int port) {
  Object? message = _isolateTakeReceived();
  _rehashCopiedTables();
  _RawReceivePortImpl? receiver = _openPorts[port];
  if (receiver == null) return;
  receiver._deliver(message);
}

void _rehashCopiedTables() {
  while (true) {
    Object? table = _isolateNextCopiedTable();
    if (table == null) return;
    (table as dynamic)._rehashAfterCopy();
  }
}
