part of dart.async;

// Zones, as far as runZonedGuarded needs (docs/async.md, "Zones"); the observable behaviour is
// the VM's sdk/lib/async/zone.dart: a callback runs in the zone it was registered in (microtasks,
// timers, future listeners, stream subscriptions), and an error no one handles goes to the
// nearest enclosing zone with an error handler, else to the root zone (the program ends).
//
// The running zone is `_customZone`, null while the root zone runs: the fast path (no zone
// anywhere) pays one load and a null test where callbacks are registered and run, and a future
// stores one more word.

_CustomZone? _customZone;

/// An asynchronous dynamic extent (sdk/lib/async/zone.dart's API, without ZoneSpecification).
abstract final class Zone {
  const Zone._();

  static const Zone root = _rootZone;

  static Zone get current => _customZone ?? _rootZone;

  // The zone as `_customZone` stores it (null: the root zone).
  _CustomZone? get _self;

  Zone? get parent;

  /// The zone whose error handler gets this zone's uncaught errors.
  Zone get errorZone;

  bool inSameErrorZone(Zone otherZone) => identical(errorZone, otherZone.errorZone);

  dynamic operator [](Object? key);

  void handleUncaughtError(Object error, StackTrace stackTrace) {
    _zoneUncaughtError(_self, error, stackTrace);
  }

  R run<R>(R Function() action) {
    _CustomZone? zone = _self;
    _CustomZone? outer = _customZone;
    if (identical(zone, outer)) return action();
    _customZone = zone;
    try {
      return action();
    } finally {
      _customZone = outer;
    }
  }

  R runUnary<R, T>(R Function(T argument) action, T argument) => run<R>(() => action(argument));

  R runBinary<R, T1, T2>(R Function(T1 argument1, T2 argument2) action, T1 argument1, T2 argument2) =>
      run<R>(() => action(argument1, argument2));

  void runGuarded(void Function() action) {
    _runGuardedIn(_self, action);
  }

  void runUnaryGuarded<T>(void Function(T argument) action, T argument) {
    _runGuardedIn(_self, () => action(argument));
  }

  R Function() registerCallback<R>(R Function() callback) => callback;

  R Function() bindCallback<R>(R Function() callback) => () => run<R>(callback);

  R Function(T) bindUnaryCallback<R, T>(R Function(T argument) callback) =>
      (T argument) => runUnary<R, T>(callback, argument);

  void Function() bindCallbackGuarded(void Function() callback) => () => runGuarded(callback);

  void Function(T) bindUnaryCallbackGuarded<T>(void Function(T argument) callback) =>
      (T argument) => runUnaryGuarded<T>(callback, argument);

  void scheduleMicrotask(void Function() callback) {
    run<void>(() => _scheduleMicrotask(callback));
  }

  Timer createTimer(Duration duration, void Function() callback) =>
      run<Timer>(() => Timer(duration, callback));

  Timer createPeriodicTimer(Duration period, void Function(Timer timer) callback) =>
      run<Timer>(() => Timer.periodic(period, callback));
}

final class _RootZone extends Zone {
  const _RootZone() : super._();

  _CustomZone? get _self => null;
  Zone? get parent => null;
  Zone get errorZone => this;
  dynamic operator [](Object? key) => null;
}

const Zone _rootZone = _RootZone();

// A zone made by runZoned or runZonedGuarded.
final class _CustomZone extends Zone {
  final _CustomZone? _parent;  // null: the root zone
  // runZonedGuarded's onError; null for runZoned (errors go to the parent's error zone).
  final void Function(Object error, StackTrace stack)? _onError;
  // The parent's error zone, the nearest zone with an error handler (null: the root zone).
  final _CustomZone? _outerErrorZone;
  final Map<Object?, Object?>? _values;

  _CustomZone(_CustomZone? parent, void Function(Object, StackTrace)? onError, this._values)
      : _parent = parent,
        _onError = onError,
        _outerErrorZone = parent?._handlerZone,
        super._();

  _CustomZone? get _self => this;
  Zone? get parent => _parent ?? _rootZone;
  Zone get errorZone => _handlerZone ?? _rootZone;

  dynamic operator [](Object? key) {
    for (_CustomZone? zone = this; zone != null; zone = zone._parent) {
      Map<Object?, Object?>? values = zone._values;
      if (values != null && values.containsKey(key)) return values[key];
    }
    return null;
  }

  // The nearest zone with an error handler, this one included (null: the root zone).
  _CustomZone? get _handlerZone => _onError != null ? this : _outerErrorZone;

  // runZonedGuarded's handler: onError runs in the zone runZonedGuarded was called in; what it
  // throws is that zone's uncaught error (the original trace when it rethrows the same error).
  void _callOnError(Object error, StackTrace trace) {
    _CustomZone? outer = _customZone;
    _customZone = _parent;
    try {
      _onError!(error, trace);
    } catch (e, s) {
      _customZone = outer;
      if (identical(e, error)) {
        _zoneUncaughtError(_parent, error, trace);
      } else {
        _zoneUncaughtError(_parent, e, s);
      }
      return;
    }
    _customZone = outer;
  }
}

// The error zone of a zone as `_customZone` stores it (null: the root zone).
_CustomZone? _errorZoneOf(_CustomZone? zone) => zone?._handlerZone;

// An error no handler takes, in `zone`: its error zone's onError, or the root zone's report.
void _zoneUncaughtError(_CustomZone? zone, Object error, StackTrace? trace) {
  _CustomZone? handler = zone?._handlerZone;
  if (handler == null) {
    StackTrace? s = trace ?? _defaultTrace(error);
    _schedulePriorityMicrotask(() => _reportUncaughtError(error, s));
    return;
  }
  handler._callOnError(error, trace ?? _defaultTrace(error) ?? StackTrace.current);
}

// Runs `action` in `zone`; what it throws is the zone's uncaught error.
void _runGuardedIn(_CustomZone? zone, void Function() action) {
  _CustomZone? outer = _customZone;
  _customZone = zone;
  try {
    action();
  } catch (e, s) {
    _customZone = outer;
    _zoneUncaughtError(zone, e, s);
    return;
  }
  _customZone = outer;
}

/// Runs [body] in a new zone (with [zoneValues], read by `Zone.current[key]`).
R runZoned<R>(R Function() body, {Map<Object?, Object?>? zoneValues}) {
  return _CustomZone(_customZone, null, zoneValues).run<R>(body);
}

/// Runs [body] in a new zone whose uncaught errors, synchronous or asynchronous, go to
/// [onError]; returns [body]'s result, or null when it threw.
R? runZonedGuarded<R>(R Function() body, void Function(Object error, StackTrace stack) onError,
    {Map<Object?, Object?>? zoneValues}) {
  _CustomZone zone = _CustomZone(_customZone, onError, zoneValues);
  try {
    return zone.run<R>(body);
  } catch (e, s) {
    onError(e, s);
  }
  return null;
}
