part of dart.isolate;

/// Thrown when an isolate cannot be created.
class IsolateSpawnException implements Exception {
  final String message;
  IsolateSpawnException(this.message);
  String toString() => "IsolateSpawnException: $message";
}

/// An error of another isolate, as the text of the error and of its stack trace.
class RemoteError implements Error {
  final String _description;
  final StackTrace stackTrace;
  RemoteError(String description, String stackDescription)
      : _description = description,
        stackTrace = _RemoteStackTrace(stackDescription);
  String toString() => _description;
}

final class _RemoteStackTrace implements StackTrace {
  final String _text;
  _RemoteStackTrace(this._text);
  String toString() => _text;
}

/// An isolate: an independent worker with its own memory, reached through its [controlPort].
final class Isolate {
  static const int immediate = 0;
  static const int beforeNextEvent = 1;

  /// The isolate's control port (kill requests go there).
  final SendPort controlPort;

  Isolate(this.controlPort);

  /// The current isolate.
  static Isolate get current => Isolate(_SendPortImpl(_isolateControlPort()));

  /// Creates an isolate that runs `entryPoint(message)`; [entryPoint] and [message] are copied
  /// into it. An uncaught error in it goes to [onError] (as a list of the error's and the stack
  /// trace's texts) or is printed, and ends it; [onExit] gets `null` once it has ended.
  static Future<Isolate> spawn<T>(void Function(T message) entryPoint, T message,
      {SendPort? onExit, SendPort? onError, String? debugName}) {
    _ensureIsolateInitialized();
    int onErrorPort = onError == null ? 0 : _portId(onError);
    void Function() start = () {
      _startSpawnedIsolate(onErrorPort);
      try {
        entryPoint(message);
      } catch (e, s) {
        _reportUncaught(e, s);
      }
    };
    if (_isolateNever()) start();
    int control = _isolateSpawn(start, onExit == null ? 0 : _portId(onExit));
    if (control < 0) return Future<Isolate>.error(ArgumentError(_copyErrorText(-control)));
    return Future<Isolate>.value(Isolate(_SendPortImpl(control)));
  }

  /// Runs [computation] in a new isolate and returns its result; an error it throws comes back
  /// as the error of the returned future.
  static Future<R> run<R>(FutureOr<R> Function() computation, {String? debugName}) {
    Completer<R> result = Completer<R>();
    RawReceivePort resultPort = RawReceivePort();
    resultPort.handler = (Object? response) {
      resultPort.close();
      if (response == null) {
        // The isolate ended without sending a result (onExit's null).
        result.completeError(RemoteError("Computation ended without result", ""), StackTrace.current);
        return;
      }
      List<Object?> list = unsafeCast<List<Object?>>(response);
      if (list.length == 1) {
        result.complete(unsafeCast<R>(list[0]));
        return;
      }
      Object? error = list[0];
      Object? trace = list[1];
      if (error is String && (trace is String || trace == null)) {
        // An uncaught asynchronous error of the isolate, through onError.
        RemoteError remote = RemoteError(error, trace is String ? trace : "");
        result.completeError(remote, remote.stackTrace);
      } else {
        result.completeError(error!, unsafeCast<StackTrace>(trace));
      }
    };
    _spawnComputation<R>(computation, resultPort.sendPort).then((Isolate isolate) {},
        onError: (Object error, StackTrace stackTrace) {
      resultPort.close();
      result.completeError(error, stackTrace);
    });
    return result.future;
  }

  // Apart from `run`, so that the closure sent to the new isolate captures only the computation
  // (closures of one function share their captured variables).
  static Future<Isolate> _spawnComputation<R>(FutureOr<R> Function() computation, SendPort port) =>
      Isolate.spawn<SendPort>((SendPort port) => _runComputation<R>(computation, port), port,
          onExit: port, onError: port);

  /// Requests the isolate to end. It ends before its next event (the current one finishes
  /// first, whatever [priority] says: docs/isolates.md).
  void kill({int priority = beforeNextEvent}) {
    _isolateKill(_portId(controlPort));
  }

  /// Ends the current isolate at once, after sending [message] to [finalMessagePort]: a spawned
  /// isolate's heap is handed over to the receiver, no copy (docs/isolates.md); main copies.
  static Never exit([SendPort? finalMessagePort, Object? message]) {
    _ensureIsolateInitialized();
    int status = _isolateExit(finalMessagePort == null ? 0 : _portId(finalMessagePort), message);
    throw ArgumentError.value(_copyErrorText(status));
  }

  @pragma('dartc:unsupported', "spawning an isolate from a URI needs a second program")
  static Future<Isolate> spawnUri(Object uri, List<String> args, Object? message) => throw UnsupportedError("spawnUri");
  @pragma('dartc:unsupported', "pausing isolates is not implemented")
  Object pause([Object? resumeCapability]) => throw UnsupportedError("pause");
  @pragma('dartc:unsupported', "pausing isolates is not implemented")
  void resume(Object resumeCapability) => throw UnsupportedError("resume");
  @pragma('dartc:unsupported', "use Isolate.spawn's onExit")
  void addOnExitListener(SendPort responsePort, {Object? response}) => throw UnsupportedError("addOnExitListener");
  @pragma('dartc:unsupported', "use Isolate.spawn's onExit")
  void removeOnExitListener(SendPort responsePort) => throw UnsupportedError("removeOnExitListener");
  @pragma('dartc:unsupported', "use Isolate.spawn's onError")
  void addErrorListener(SendPort port) => throw UnsupportedError("addErrorListener");
  @pragma('dartc:unsupported', "use Isolate.spawn's onError")
  void removeErrorListener(SendPort port) => throw UnsupportedError("removeErrorListener");
  @pragma('dartc:unsupported', "errors are always fatal to an isolate in dartc")
  void setErrorsFatal(bool errorsAreFatal) => throw UnsupportedError("setErrorsFatal");
  @pragma('dartc:unsupported', "ping is not implemented")
  void ping(SendPort responsePort, {Object? response, int priority = immediate}) => throw UnsupportedError("ping");
}

// First thing in a spawned isolate: its per-isolate setup, the rehash of the start message's
// hash tables, and where its uncaught errors go.
void _startSpawnedIsolate(int onErrorPort) {
  _ensureIsolateInitialized();
  _rehashCopiedTables();
  if (onErrorPort != 0) {
    void Function(String, Object?) reporter = (String text, Object? trace) {
      _SendPortImpl(onErrorPort).send(<Object?>[text, trace == null ? null : trace.toString()]);
    };
    if (_isolateNever()) reporter(_className(null), _isolateTakeReceived());
    _isolateSetErrorReporter(reporter);
  }
}

// An error that escaped a spawned isolate's entry point: reported like one escaping main, which
// in a spawned isolate ends only that isolate (the runtime's dartrt_unhandled_exception).
void _reportUncaught(Object error, StackTrace trace) => reportUnhandledError(error, trace);

// Isolate.run's side in the new isolate: the result, or the error and its stack trace, go back
// through Isolate.exit (an error that cannot be sent goes back as a RemoteError).
void _runComputation<R>(FutureOr<R> Function() computation, SendPort port) {
  FutureOr<R> result;
  try {
    result = computation();
  } catch (e, s) {
    _exitWithError(port, e, s);
  }
  if (result is Future<R>) {
    result.then((R value) => _exitWithValue(port, value), onError: (Object e, StackTrace s) => _exitWithError(port, e, s));
  } else {
    _exitWithValue(port, result);
  }
}

void _exitWithValue(SendPort port, Object? value) {
  try {
    Isolate.exit(port, <Object?>[value]);
  } catch (e, s) {
    _exitWithError(port, e, s);
  }
}

Never _exitWithError(SendPort port, Object error, StackTrace trace) {
  try {
    Isolate.exit(port, <Object?>[error, trace]);
  } catch (_) {
    Isolate.exit(port, <Object?>[RemoteError(error.toString(), trace.toString()), trace]);
  }
}
