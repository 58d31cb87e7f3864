part of dart.async;

// Stream.multi: a stream that makes a new controller for every listener (the VM's _MultiStream
// and _MultiStreamController, sdk/lib/async/stream_impl.dart, in behaviour). The controller is
// an asynchronous single-subscription controller already listened to when the stream's
// `onListen` gets it: `add` delivers in a microtask, `addSync` at once when the subscription can
// fire (not inside `listen` itself, nor in one of its callbacks: then the event waits its turn
// like any other).

/// The controller a [Stream.multi] stream gives each listener: a [StreamController] whose
/// `stream` is not available, with synchronous variants of `add`, `addError` and `close`.
abstract interface class MultiStreamController<T> implements StreamController<T> {
  void addSync(T value);
  void addErrorSync(Object error, [StackTrace? stackTrace]);
  void closeSync();
}

final class _MultiStream<T> extends Stream<T> {
  final bool isBroadcast;
  final void Function(MultiStreamController<T> controller) _onListen;

  _MultiStream(this._onListen, this.isBroadcast);

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    _MultiStreamController<T> controller = _MultiStreamController<T>();
    // Run by _subscribe once the subscription exists, inside its guard (as the VM does).
    controller.onListen = () {
      _onListen(controller);
    };
    return controller._subscribe(onData, onError, onDone, cancelOnError ?? false);
  }
}

final class _MultiStreamController<T> extends _StreamController<T> implements MultiStreamController<T> {
  _MultiStreamController() : super(false);

  bool get _mayAddEvent => !_closed && !_isAddingStream;

  void addSync(T value) {
    if (!_mayAddEvent) throw _badEventState();
    if (hasListener) _subscription!._add(value);
  }

  void addErrorSync(Object error, [StackTrace? stackTrace]) {
    if (!_mayAddEvent) throw _badEventState();
    if (hasListener) _subscription!._addError(error, stackTrace ?? StackTrace.empty);
  }

  void closeSync() {
    if (_closed) return;
    if (!_mayAddEvent) throw _badEventState();
    _closed = true;
    if (hasListener) _subscription!._close();
  }

  Stream<T> get stream => throw UnsupportedError("Not available");
}
