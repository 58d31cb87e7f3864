part of dart.async;

// The one subscription implementation (the VM's _BufferingStreamSubscription in its observable
// behaviour, sdk/lib/async/stream_impl.dart). An event is delivered at once when the
// subscription can fire (not paused, not inside one of its own callbacks, nothing buffered);
// otherwise it is buffered, and buffered events are delivered one per microtask while the
// subscription is not paused. What owns the subscription (a controller, a forwarding stream)
// hears about pause, resume and cancel through _onPause/_onResume/_onCancel.

// A buffered event: data, error or done.
final class _PendingEvent {
  static const int _data = 0;
  static const int _error = 1;
  static const int _done = 2;

  final int _kind;
  final Object? _value;  // the data, or the error
  final StackTrace? _trace;

  _PendingEvent(this._kind, this._value, this._trace);
}

// Gives an error event to a subscription's error handler (`(error)` or `(error, stackTrace)`);
// without one, or when the handler throws, it is an uncaught error.
void _deliverErrorEvent(Function? handler, Object error, StackTrace? stack) {
  if (handler == null) {
    _handleUncaughtError(error, stack);
    return;
  }
  try {
    _callErrorHandler(handler, error, stack);
  } catch (e, s) {
    _handleUncaughtError(e, s);
  }
}

class _Subscription<T> implements StreamSubscription<T> {
  Function? _onDataHandler;
  Function? _onErrorHandler;
  Function? _onDoneHandler;
  bool _cancelOnError;

  int _pauseCount = 0;
  bool _inputPaused = false;  // the source was told to pause (until the buffer drains)
  bool _isCanceled = false;
  bool _isClosed = false;  // done received
  bool _inCallback = false;
  bool _waitsForCancel = false;

  List<_PendingEvent>? _pending;
  int _pendingHead = 0;
  bool _scheduled = false;  // the next buffered event is to be delivered in a microtask
  bool _eventScheduled = false;  // that microtask is queued (pause and resume reuse it, as the VM)

  Future<void>? _cancelFuture;

  // The zone `listen` was called in (zone.dart; null: the root zone): the handlers run there and
  // what they throw, or an error with no onError, is its uncaught error.
  final _CustomZone? _zone = _customZone;

  // The owner's hooks; null: nothing to tell.
  void Function()? _pauseHook;
  void Function()? _resumeHook;
  Future<void>? Function()? _cancelHook;

  _Subscription(void Function(T data)? onData, Function? onError, void Function()? onDone, bool? cancelOnError)
      : _onDataHandler = onData,
        _onErrorHandler = onError,
        _onDoneHandler = onDone,
        _cancelOnError = cancelOnError ?? false;

  // --- StreamSubscription ---

  void onData(void Function(T data)? handleData) {
    _onDataHandler = handleData;
  }

  void onError(Function? handleError) {
    _onErrorHandler = handleError;
  }

  void onDone(void Function()? handleDone) {
    _onDoneHandler = handleDone;
  }

  bool get isPaused => _pauseCount > 0;

  Future<E> asFuture<E>([E? futureValue]) {
    // The VM's: a null futureValue is only accepted where E admits null.
    if (futureValue == null && futureValue is! E) throw ArgumentError.notNull("futureValue");
    E resultValue = futureValue as E;
    _Future<E> result = _Future<E>();
    _onDoneHandler = () {
      result._complete(resultValue);
    };
    _onErrorHandler = (Object error, StackTrace stackTrace) {
      _cancelAndError(this, result, error, stackTrace);
    };
    return result;
  }

  bool get _hasPending => _pending != null && _pendingHead < _pending!.length;

  void pause([Future<void>? resumeSignal]) {
    if (_isCanceled) return;
    bool wasPaused = _pauseCount > 0;
    bool wasInputPaused = _inputPaused;
    _pauseCount++;
    _inputPaused = true;
    if (resumeSignal != null) resumeSignal.whenComplete(resume);
    if (!wasPaused) _scheduled = false;
    if (!wasInputPaused && !_inCallback) _guardCallback(_pauseHook);
  }

  void resume() {
    if (_isCanceled) return;
    if (_pauseCount == 0) return;
    _pauseCount--;
    if (_pauseCount > 0) return;
    if (_hasPending) {
      _schedule();
    } else {
      _inputPaused = false;
      if (!_inCallback) _guardCallback(_resumeHook);
    }
  }

  Future<void> cancel() {
    _waitsForCancel = false;
    if (!_isCanceled) _cancel();
    return _cancelFuture ?? _nullFuture;
  }

  void _cancel() {
    _isCanceled = true;
    _scheduled = false;
    if (!_inCallback) _pending = null;
    Future<void>? Function()? hook = _cancelHook;
    _cancelFuture = hook == null ? null : hook();
  }

  // --- Events from the owner ---

  bool get _canFire => _pauseCount == 0 && !_inCallback && !_hasPending;

  void _add(T data) {
    if (_isCanceled) return;
    if (_canFire) {
      _sendData(data);
    } else {
      _addPending(_PendingEvent(_PendingEvent._data, data, null));
    }
  }

  void _addError(Object error, StackTrace? trace) {
    if (_isCanceled) return;
    if (_canFire) {
      _sendError(error, trace);
    } else {
      _addPending(_PendingEvent(_PendingEvent._error, error, trace));
    }
  }

  void _close() {
    if (_isCanceled) return;
    _isClosed = true;
    if (_canFire) {
      _sendDone();
    } else {
      _addPending(_PendingEvent(_PendingEvent._done, null, null));
    }
  }

  // Buffers an event, to be delivered in a microtask of its own (async controllers always do).
  void _addPending(_PendingEvent event) {
    List<_PendingEvent> pending = _pending ??= <_PendingEvent>[];
    bool hadPending = _pendingHead < pending.length;
    pending.add(event);
    if (!hadPending && _pauseCount == 0) _schedule();
  }

  void _schedule() {
    if (_scheduled) return;
    _scheduled = true;
    if (_eventScheduled) return;
    _eventScheduled = true;
    _scheduleMicrotask(_deliverNext);
  }

  void _deliverNext() {
    _eventScheduled = false;
    if (!_scheduled) return;  // paused or canceled since
    _scheduled = false;
    if (_isCanceled || _pauseCount > 0) return;
    List<_PendingEvent>? pending = _pending;
    if (pending == null || _pendingHead >= pending.length) return;
    _PendingEvent event = pending[_pendingHead];
    _pendingHead++;
    if (_pendingHead == pending.length) {
      _pending = null;
      _pendingHead = 0;
    }
    switch (event._kind) {
      case _PendingEvent._data:
        _sendData(unsafeCast<T>(event._value));
      case _PendingEvent._error:
        _sendError(event._value!, event._trace);
      default:
        _sendDone();
    }
  }

  // --- Delivery ---

  void _sendData(T data) {
    bool wasInputPaused = _inputPaused;
    _inCallback = true;
    Function? handler = _onDataHandler;
    if (handler != null) {
      _CustomZone? outer = _customZone;
      _customZone = _zone;
      try {
        dynamic h = handler;
        h(data);
      } catch (e, s) {
        _handleUncaughtError(e, s);
      }
      _customZone = outer;
    }
    _inCallback = false;
    _checkState(wasInputPaused);
  }

  void _sendError(Object error, StackTrace? trace) {
    bool wasInputPaused = _inputPaused;
    StackTrace? stack = trace ?? _defaultTrace(error);
    void sendError() {
      if (_isCanceled && !_waitsForCancel) return;
      _inCallback = true;
      Function? handler = _onErrorHandler;
      _CustomZone? outer = _customZone;
      _customZone = _zone;
      _deliverErrorEvent(handler, error, stack);
      _customZone = outer;
      _inCallback = false;
    }

    if (_cancelOnError) {
      _waitsForCancel = true;
      _cancel();
      Future<void>? cancelFuture = _cancelFuture;
      if (cancelFuture != null && !identical(cancelFuture, _nullFuture)) {
        cancelFuture.whenComplete(sendError);
      } else {
        sendError();
      }
    } else {
      sendError();
      _checkState(wasInputPaused);
    }
  }

  void _sendDone() {
    void sendDone() {
      if (!_waitsForCancel) return;
      _isCanceled = true;
      _isClosed = true;
      _inCallback = true;
      Function? handler = _onDoneHandler;
      if (handler != null) {
        _CustomZone? outer = _customZone;
        _customZone = _zone;
        try {
          dynamic h = handler;
          h();
        } catch (e, s) {
          _handleUncaughtError(e, s);
        }
        _customZone = outer;
      }
      _inCallback = false;
    }

    _cancel();
    _waitsForCancel = true;
    Future<void>? cancelFuture = _cancelFuture;
    if (cancelFuture != null && !identical(cancelFuture, _nullFuture)) {
      cancelFuture.whenComplete(sendDone);
    } else {
      sendDone();
    }
  }

  // Runs an owner callback (onListen, onPause, ...) as one of the subscription's own, then
  // reports pause-state changes made meanwhile.
  void _guardCallback(void Function()? callback) {
    if (callback == null) return;
    bool wasInputPaused = _inputPaused;
    _inCallback = true;
    try {
      callback();
    } catch (e, s) {
      _handleUncaughtError(e, s);
    }
    _inCallback = false;
    _checkState(wasInputPaused);
  }

  // After a callback: the buffer may have drained (the source may resume), the callback may
  // have paused or resumed; tell the owner, then keep delivering buffered events.
  void _checkState(bool wasInputPaused) {
    if (!_hasPending && _inputPaused && _pauseCount == 0) _inputPaused = false;
    while (true) {
      if (_isCanceled) {
        _pending = null;
        _pendingHead = 0;
        return;
      }
      bool isInputPaused = _inputPaused;
      if (wasInputPaused == isInputPaused) break;
      _inCallback = true;
      void Function()? hook = isInputPaused ? _pauseHook : _resumeHook;
      if (hook != null) {
        try {
          hook();
        } catch (e, s) {
          _handleUncaughtError(e, s);
        }
      }
      _inCallback = false;
      wasInputPaused = isInputPaused;
    }
    if (_hasPending && _pauseCount == 0) _schedule();
  }
}
