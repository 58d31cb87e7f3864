part of dart.async;

// The one Future implementation (the VM's _Future, sdk/lib/async/future_impl.dart, in its
// observable behaviour): listeners added to a complete future run in a microtask of their own;
// when a future completes, its listeners run at once, in the order they were added.
class _Future<T> implements Future<T> {
  static const int _incomplete = 0;
  static const int _pendingComplete = 1;  // completion scheduled or chained to another future
  static const int _hasValue = 2;
  static const int _hasError = 3;

  int _state = _incomplete;
  Object? _result;  // the value, or the error
  StackTrace? _trace;
  List<_Listener>? _listeners;
  // The zone the future was made in (zone.dart; null: the root zone): its listeners made by
  // `then` run there, and an error no listener takes is its uncaught error.
  final _CustomZone? _zone = _customZone;

  _Future();

  _Future.value(FutureOr<T>? value) {
    _asyncComplete(value);
  }

  _Future.error(Object error, StackTrace? stackTrace) {
    _asyncCompleteError(error, stackTrace);
  }

  bool get _isComplete => _state >= _hasValue;
  bool get _mayComplete => _state == _incomplete;

  Future<R> then<R>(FutureOr<R> Function(T value) onValue, {Function? onError}) {
    _Future<R> result = _Future<R>();
    _addListener(_Listener(_Listener._then, result, onValue, onError, null));
    return result;
  }

  Future<T> catchError(Function onError, {bool Function(Object error)? test}) {
    _Future<T> result = _Future<T>();
    _addListener(_Listener(_Listener._catchError, result, null, onError, test));
    return result;
  }

  Future<T> whenComplete(FutureOr<void> Function() action) {
    _Future<T> result = _Future<T>();
    _addListener(_Listener(_Listener._whenComplete, result, action, null, null));
    return result;
  }

  Future<T> timeout(Duration timeLimit, {FutureOr<T> Function()? onTimeout}) {
    if (_isComplete) return _Future<T>.value(this);
    _Future<T> result = _Future<T>();
    Timer timer = Timer(timeLimit, () {
      if (!result._mayComplete) return;
      if (onTimeout == null) {
        result._completeError(TimeoutException("Future not completed", timeLimit), StackTrace.current);
        return;
      }
      try {
        result._complete(onTimeout());
      } catch (e, s) {
        result._completeError(e, s);
      }
    });
    then<void>((T value) {
      if (timer.isActive) {
        timer.cancel();
        result._completeWithValue(value);
      }
    }, onError: (Object e, StackTrace s) {
      if (timer.isActive) {
        timer.cancel();
        result._completeError(e, s);
      }
    });
    return result;
  }

  void _addListener(_Listener listener) {
    if (_isComplete) {
      _scheduleMicrotask(() => listener._fire(this));
      return;
    }
    (_listeners ??= <_Listener>[]).add(listener);
  }

  // Whether `value` may complete this future (a T, or a future of one).
  bool _accepts(Object? value) => value is FutureOr<T>;

  // Completes now with a value or, for a future, when that future completes.
  void _complete(Object? value) {
    if (value is Future) {
      _chain(value);
    } else {
      _completeWithValue(value);
    }
  }

  // Completes in a microtask (Completer.complete, Future.value).
  void _asyncComplete(Object? value) {
    if (value is Future) {
      _chain(value);
      return;
    }
    _state = _pendingComplete;
    _scheduleMicrotask(() => _completeWithValue(value));
  }

  void _asyncCompleteError(Object error, StackTrace? trace) {
    _state = _pendingComplete;
    _scheduleMicrotask(() => _completeError(error, trace));
  }

  void _chain(Future source) {
    _state = _pendingComplete;
    if (source is _Future) {
      source._addListener(_Listener(_Listener._chain, this, null, null, null));
    } else {
      source.then<void>((Object? v) => _completeWithValue(v),
          onError: (Object e, StackTrace s) => _completeError(e, s));
    }
  }

  void _completeWithValue(Object? value) {
    _state = _hasValue;
    _result = value;
    _propagate();
  }

  void _completeError(Object error, StackTrace? trace) {
    _state = _hasError;
    _result = error;
    _trace = trace ?? _defaultTrace(error);
    if (_listeners == null) {
      // No one listens: the zone's uncaught error (the root zone reports it in a priority
      // microtask that ends the program with "Unhandled exception:").
      _zoneUncaughtError(_zone, error, _trace);
      return;
    }
    _propagate();
  }

  void _propagate() {
    List<_Listener>? listeners = _listeners;
    _listeners = null;
    if (listeners == null) return;
    for (int i = 0; i < listeners.length; i++) {
      listeners[i]._fire(this);
    }
  }
}

// The stack trace of an error completed without one (the SDK's AsyncError.defaultStackTrace).
StackTrace? _defaultTrace(Object error) => error is Error ? error.stackTrace : null;

void _reportUncaughtError(Object error, StackTrace? trace) => reportUnhandledError(error, trace);

// Whether a closure takes exactly two positional arguments (an error handler that wants the
// stack trace too), since function types can't be tested with `is` yet.
external bool _takesTwoArguments(Function f);

Object? _callErrorHandler(Function handler, Object error, StackTrace? trace) {
  dynamic h = handler;
  if (_takesTwoArguments(handler)) return h(error, trace ?? StackTrace.current);
  return h(error);
}

// What runs when a future completes: one class for every kind of listener, told apart by `_kind`.
final class _Listener {
  static const int _then = 0;
  static const int _catchError = 1;
  static const int _whenComplete = 2;
  static const int _chain = 3;
  static const int _await = 4;

  final int _kind;
  final _Future _result;  // the future this listener completes (the awaiting function for _await)
  final Function? _callback;  // onValue, or whenComplete's action
  final Function? _errorCallback;
  final Function? _test;

  _Listener(this._kind, this._result, this._callback, this._errorCallback, this._test);

  // Runs the listener in the zone of the future it completes (the zone `then` was called in),
  // as the VM's _propagateToListeners. An error does not cross into another error zone: it is
  // the uncaught error of the zone it arose in, and this listener never runs.
  void _fire(_Future source) {
    _CustomZone? zone = _result._zone;
    _CustomZone? outer = _customZone;
    if (source._state == _Future._hasError &&
        _kind != _chain &&
        !identical(_errorZoneOf(source._zone), _errorZoneOf(zone))) {
      _zoneUncaughtError(source._zone, source._result!, source._trace);
      return;
    }
    if (identical(zone, outer)) {
      _fireInZone(source);
      return;
    }
    _customZone = zone;
    try {
      _fireInZone(source);
    } finally {
      _customZone = outer;
    }
  }

  void _fireInZone(_Future source) {
    bool failed = source._state == _Future._hasError;
    Object? value = source._result;
    StackTrace? trace = source._trace;
    switch (_kind) {
      case _chain:
        if (failed) {
          _result._completeError(value!, trace);
        } else {
          _result._completeWithValue(value);
        }
        return;
      case _await:
        unsafeCast<_AsyncFuture>(_result)._resumeWith(failed, value, trace);
        return;
      case _then:
        if (!failed) {
          try {
            dynamic onValue = _callback;
            _result._complete(onValue(value));
          } catch (e, s) {
            _result._completeError(e, s);
          }
          return;
        }
        if (_errorCallback == null) {
          _result._completeError(value!, trace);
          return;
        }
        _handleError(value!, trace);
        return;
      case _catchError:
        if (!failed) {
          _result._completeWithValue(value);
          return;
        }
        Function? test = _test;
        if (test != null) {
          bool matches;
          try {
            dynamic t = test;
            matches = t(value) as bool;
          } catch (e, s) {
            _result._completeError(e, s);
            return;
          }
          if (!matches) {
            _result._completeError(value!, trace);
            return;
          }
        }
        _handleError(value!, trace);
        return;
      case _whenComplete:
        Object? actionResult;
        try {
          dynamic action = _callback;
          actionResult = action();
        } catch (e, s) {
          _result._completeError(e, s);
          return;
        }
        void finish() {
          if (failed) {
            _result._completeError(value!, trace);
          } else {
            _result._completeWithValue(value);
          }
        }
        if (actionResult is Future) {
          actionResult.then<void>((Object? _) => finish(),
              onError: (Object e, StackTrace s) => _result._completeError(e, s));
        } else {
          finish();
        }
        return;
    }
  }

  void _handleError(Object error, StackTrace? trace) {
    Object? handled;
    try {
      handled = _callErrorHandler(_errorCallback!, error, trace);
    } catch (e, s) {
      // Rethrowing the same error keeps its original stack trace (as the VM does).
      if (identical(e, error)) {
        _result._completeError(error, trace);
      } else {
        _result._completeError(e, s);
      }
      return;
    }
    // The handler is only a Function, so what it returns is checked here, as the VM's
    // _FutureListener.handleError casts it to FutureOr<T>: a future is never completed with a
    // value of another type (a Future<Never> from `then((v) { throw e; })` must never hold one).
    if (!_result._accepts(handled)) {
      _result._completeError(
          ArgumentError(
              _kind == _then
                  ? "The error handler of Future.then must return a value of the returned future's type"
                  : "The error handler of Future.catchError must return a value of the future's type",
              "onError"),
          StackTrace.current);
      return;
    }
    _result._complete(handled);
  }
}
