part of dart.async;

// StreamController: single-subscription and broadcast, asynchronous (the default: every event
// reaches a listener in a microtask of its own) or `sync: true` (delivered at once when the
// subscription can fire). Observable behaviour of the VM's sdk/lib/async/stream_controller.dart
// and broadcast_stream_controller.dart: a single-subscription controller buffers events until
// it is listened to; a broadcast one drops them when no one listens.

/// A controller of the stream it has.
abstract interface class StreamController<T> implements StreamSink<T> {
  factory StreamController(
      {void Function()? onListen,
      void Function()? onPause,
      void Function()? onResume,
      FutureOr<void> Function()? onCancel,
      bool sync = false}) {
    _StreamController<T> controller = _StreamController<T>(sync);
    controller.onListen = onListen;
    controller.onPause = onPause;
    controller.onResume = onResume;
    controller.onCancel = onCancel;
    return controller;
  }

  factory StreamController.broadcast({void Function()? onListen, void Function()? onCancel, bool sync = false}) {
    _BroadcastStreamController<T> controller = _BroadcastStreamController<T>(sync);
    controller.onListen = onListen;
    controller.onCancel = onCancel;
    return controller;
  }

  Stream<T> get stream;
  StreamSink<T> get sink;
  bool get isClosed;
  bool get isPaused;
  bool get hasListener;

  void Function()? get onListen;
  set onListen(void Function()? onListenHandler);
  void Function()? get onPause;
  set onPause(void Function()? onPauseHandler);
  void Function()? get onResume;
  set onResume(void Function()? onResumeHandler);
  FutureOr<void> Function()? get onCancel;
  set onCancel(FutureOr<void> Function()? onCancelHandler);

  void add(T event);
  void addError(Object error, [StackTrace? stackTrace]);
  Future close();
  Future get done;
  Future addStream(Stream<T> source, {bool? cancelOnError});
}

// The controller's stream: listening subscribes to the controller.
final class _ControllerStream<T> extends Stream<T> {
  final _ControllerBase<T> _controller;

  _ControllerStream(this._controller);

  bool get isBroadcast => _controller._isBroadcast;

  StreamSubscription<T> listen(void Function(T event)? onData,
          {Function? onError, void Function()? onDone, bool? cancelOnError}) =>
      _controller._subscribe(onData, onError, onDone, cancelOnError);
}

// What a controller's `sink` is: the controller seen only as a StreamSink.
final class _StreamSinkWrapper<T> implements StreamSink<T> {
  final StreamController<T> _target;

  _StreamSinkWrapper(this._target);

  void add(T data) {
    _target.add(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _target.addError(error, stackTrace);
  }

  Future close() => _target.close();

  Future addStream(Stream<T> source) => _target.addStream(source);

  Future get done => _target.done;
}

abstract class _ControllerBase<T> implements StreamController<T> {
  final bool _sync;
  void Function()? onListen;
  void Function()? onPause;
  void Function()? onResume;
  FutureOr<void> Function()? onCancel;

  bool _closed = false;
  _Future<void>? _doneFuture;
  _ControllerStream<T>? _stream;

  _ControllerBase(this._sync);

  bool get _isBroadcast;
  StreamSubscription<T> _subscribe(void Function(T data)? onData, Function? onError, void Function()? onDone,
      bool? cancelOnError);

  Stream<T> get stream => _stream ??= _ControllerStream<T>(this);

  StreamSink<T> get sink => _StreamSinkWrapper<T>(this);

  bool get isClosed => _closed;

  Future get done => _ensureDoneFuture();

  _Future<void> _ensureDoneFuture() => _doneFuture ??= _Future<void>();

  void _completeDone() {
    _Future<void>? done = _doneFuture;
    if (done != null && done._mayComplete) done._asyncComplete(null);
  }

  // Runs a user callback; what it throws is an uncaught error.
  static void _runGuarded(void Function()? callback) {
    if (callback == null) return;
    try {
      callback();
    } catch (e, s) {
      _handleUncaughtError(e, s);
    }
  }
}

// The single-subscription controller.
final class _StreamController<T> extends _ControllerBase<T> {
  static const int _initial = 0;
  static const int _subscribed = 1;
  static const int _canceled = 2;

  int _state = _initial;
  _Subscription<T>? _subscription;
  List<_PendingEvent>? _buffered;  // events added before anyone listened

  // While `addStream` runs: its source's subscription and its future.
  StreamSubscription<T>? _addSubscription;
  _Future<void>? _addStreamFuture;

  _StreamController(bool sync) : super(sync);

  bool get _isBroadcast => false;

  bool get hasListener => _state == _subscribed;

  bool get isPaused {
    _Subscription<T>? subscription = _subscription;
    if (_state == _subscribed && subscription != null) return subscription._inputPaused;
    return _state != _canceled;
  }

  bool get _isAddingStream => _addSubscription != null;

  StateError _badEventState() {
    if (_closed) return StateError("Cannot add event after closing");
    return StateError("Cannot add event while adding a stream");
  }

  void add(T value) {
    if (_closed || _isAddingStream) throw _badEventState();
    _add(value);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    if (_closed || _isAddingStream) throw _badEventState();
    _addError(error, stackTrace ?? _defaultTrace(error));
  }

  Future close() {
    if (_closed) return _ensureDoneFuture();
    if (_isAddingStream) throw _badEventState();
    _closed = true;
    _Subscription<T>? subscription = _subscription;
    if (_state == _subscribed && subscription != null) {
      if (_sync) {
        subscription._close();
      } else {
        subscription._addPending(_PendingEvent(_PendingEvent._done, null, null));
      }
    } else if (_state == _initial) {
      (_buffered ??= <_PendingEvent>[]).add(_PendingEvent(_PendingEvent._done, null, null));
    }
    return _ensureDoneFuture();
  }

  _Future<void> _ensureDoneFuture() => _doneFuture ??= (_state == _canceled ? _nullFuture : _Future<void>());

  void _add(T value) {
    _Subscription<T>? subscription = _subscription;
    if (_state == _subscribed && subscription != null) {
      if (_sync) {
        subscription._add(value);
      } else {
        subscription._addPending(_PendingEvent(_PendingEvent._data, value, null));
      }
    } else if (_state == _initial) {
      (_buffered ??= <_PendingEvent>[]).add(_PendingEvent(_PendingEvent._data, value, null));
    }
  }

  void _addError(Object error, StackTrace? stackTrace) {
    _Subscription<T>? subscription = _subscription;
    if (_state == _subscribed && subscription != null) {
      if (_sync) {
        subscription._addError(error, stackTrace);
      } else {
        subscription._addPending(_PendingEvent(_PendingEvent._error, error, stackTrace));
      }
    } else if (_state == _initial) {
      (_buffered ??= <_PendingEvent>[]).add(_PendingEvent(_PendingEvent._error, error, stackTrace));
    }
  }

  Future addStream(Stream<T> source, {bool? cancelOnError}) {
    if (_closed || _isAddingStream) throw _badEventState();
    _Future<void> result = _Future<void>();
    if (_state == _canceled) {
      result._asyncComplete(null);
      return result;
    }
    bool stopOnError = cancelOnError ?? false;
    _addStreamFuture = result;
    void finish() {
      _addSubscription = null;
      _addStreamFuture = null;
      result._asyncComplete(null);
    }

    StreamSubscription<T> adding = source.listen(_add, onError: (Object e, StackTrace s) {
      _addError(e, s);
      if (stopOnError) finish();
    }, onDone: finish, cancelOnError: stopOnError);
    _addSubscription = adding;
    if (isPaused && _state == _subscribed) adding.pause();
    return result;
  }

  StreamSubscription<T> _subscribe(void Function(T data)? onData, Function? onError, void Function()? onDone,
      bool? cancelOnError) {
    if (_state != _initial) throw StateError("Stream has already been listened to.");
    _Subscription<T> subscription = _Subscription<T>(onData, onError, onDone, cancelOnError);
    subscription._pauseHook = _recordPause;
    subscription._resumeHook = _recordResume;
    subscription._cancelHook = _recordCancel;
    _subscription = subscription;
    _state = _subscribed;
    List<_PendingEvent>? buffered = _buffered;
    _buffered = null;
    if (buffered != null && buffered.isNotEmpty) {
      subscription._pending = buffered;
      subscription._schedule();
    }
    subscription._guardCallback(() => _ControllerBase._runGuarded(onListen));
    return subscription;
  }

  void _recordPause() {
    StreamSubscription<T>? adding = _addSubscription;
    if (adding != null) adding.pause();
    _ControllerBase._runGuarded(onPause);
  }

  void _recordResume() {
    StreamSubscription<T>? adding = _addSubscription;
    if (adding != null) adding.resume();
    _ControllerBase._runGuarded(onResume);
  }

  Future<void>? _recordCancel() {
    Future<void>? result;
    StreamSubscription<T>? adding = _addSubscription;
    if (adding != null) {
      _Future<void> addDone = _addStreamFuture!;
      _addSubscription = null;
      _addStreamFuture = null;
      Future<void> canceled = adding.cancel();
      result = canceled.whenComplete(() => addDone._asyncComplete(null));
    }
    _subscription = null;
    _state = _canceled;
    FutureOr<void> Function()? cancelHandler = onCancel;
    if (cancelHandler != null) {
      if (result == null) {
        try {
          Object? cancelResult = cancelHandler();
          if (cancelResult is Future<void>) result = cancelResult;
        } catch (e, s) {
          _Future<void> failed = _Future<void>();
          failed._asyncCompleteError(e, s);
          result = failed;
        }
      } else {
        result = result.whenComplete(cancelHandler);
      }
    }
    if (result != null) {
      result = result.whenComplete(_completeDone);
    } else {
      _completeDone();
    }
    return result;
  }
}

// The broadcast controller: any number of listeners, each with its own subscription; events
// added while no one listens are lost.
final class _BroadcastStreamController<T> extends _ControllerBase<T> {
  List<_Subscription<T>> _subscriptions = <_Subscription<T>>[];
  bool _firing = false;
  bool _addingStream = false;

  _BroadcastStreamController(bool sync) : super(sync);

  bool get _isBroadcast => true;

  bool get hasListener => _subscriptions.isNotEmpty;

  bool get isPaused => false;

  void add(T data) {
    _checkMayAdd();
    _sendData(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _checkMayAdd();
    StackTrace? trace = stackTrace ?? _defaultTrace(error);
    for (_Subscription<T> s in _subscriptions.toList()) {
      if (_sync) {
        s._addError(error, trace);
      } else {
        s._addPending(_PendingEvent(_PendingEvent._error, error, trace));
      }
    }
  }

  void _checkMayAdd() {
    if (_closed) throw StateError("Cannot add new events after calling close");
    if (_addingStream) throw StateError("Cannot add new events while doing an addStream");
  }

  void _sendData(T data) {
    if (_subscriptions.isEmpty) return;
    _firing = true;
    for (_Subscription<T> s in _subscriptions.toList()) {
      if (_sync) {
        s._add(data);
      } else {
        s._addPending(_PendingEvent(_PendingEvent._data, data, null));
      }
    }
    _firing = false;
    if (_subscriptions.isEmpty) _callOnCancel();
  }

  Future close() {
    if (_closed) return _ensureDoneFuture();
    if (_addingStream) throw StateError("Cannot add new events while doing an addStream");
    _closed = true;
    _Future<void> done = _ensureDoneFuture();
    if (_subscriptions.isEmpty) {
      if (done._mayComplete) done._asyncComplete(null);
    } else {
      for (_Subscription<T> s in _subscriptions.toList()) {
        if (_sync) {
          s._close();
        } else {
          s._addPending(_PendingEvent(_PendingEvent._done, null, null));
        }
      }
    }
    return done;
  }

  Future addStream(Stream<T> source, {bool? cancelOnError}) {
    _checkMayAdd();
    _addingStream = true;
    _Future<void> result = _Future<void>();
    bool stopOnError = cancelOnError ?? false;
    void finish() {
      _addingStream = false;
      result._asyncComplete(null);
    }

    source.listen(_sendData, onError: (Object e, StackTrace s) {
      _addingStream = false;
      addError(e, s);
      _addingStream = !stopOnError;
      if (stopOnError) result._asyncComplete(null);
    }, onDone: finish, cancelOnError: stopOnError);
    return result;
  }

  StreamSubscription<T> _subscribe(void Function(T data)? onData, Function? onError, void Function()? onDone,
      bool? cancelOnError) {
    if (_closed) {
      // Only done, in a microtask (the VM's _DoneStreamSubscription).
      return _EmptyStream<T>(true).listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
    }
    _Subscription<T> subscription = _Subscription<T>(onData, onError, onDone, cancelOnError);
    subscription._cancelHook = () {
      _subscriptions.remove(subscription);
      if (_subscriptions.isEmpty && !_firing) _callOnCancel();
      return null;
    };
    _subscriptions.add(subscription);
    if (_subscriptions.length == 1) _ControllerBase._runGuarded(onListen);
    return subscription;
  }

  void _callOnCancel() {
    if (_closed) _completeDone();
    FutureOr<void> Function()? handler = onCancel;
    if (handler == null) return;
    try {
      handler();
    } catch (e, s) {
      _handleUncaughtError(e, s);
    }
  }
}
