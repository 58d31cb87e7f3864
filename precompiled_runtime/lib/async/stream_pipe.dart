part of dart.async;

// Streams derived from another: map, where, expand, take, skip and StreamTransformer.fromHandlers
// (the VM's _ForwardingStream, sdk/lib/async/stream_pipe.dart, in behaviour). Listening listens
// to the source; its events are handled synchronously and go to the new subscription, which
// passes pause, resume and cancel back to the source's.

abstract class _ForwardingStream<S, T> extends Stream<T> {
  final Stream<S> _source;

  _ForwardingStream(this._source);

  bool get isBroadcast => _source.isBroadcast;

  int get _initialCount => 0;

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    _ForwardingSubscription<S, T> subscription =
        _ForwardingSubscription<S, T>(this, onData, onError, onDone, cancelOnError);
    subscription._start();
    return subscription;
  }

  void _handleData(S data, _ForwardingSubscription<S, T> sink);

  void _handleError(Object error, StackTrace stackTrace, _ForwardingSubscription<S, T> sink) {
    sink._addError(error, stackTrace);
  }

  void _handleDone(_ForwardingSubscription<S, T> sink) {
    sink._close();
  }
}

// A subscription fed by a subscription to another stream (`_source`), to which it passes pause,
// resume and cancel.
abstract class _SourceSubscription<S, T> extends _Subscription<T> {
  StreamSubscription<S>? _source;

  _SourceSubscription(void Function(T data)? onData, Function? onError, void Function()? onDone, bool? cancelOnError)
      : super(onData, onError, onDone, cancelOnError) {
    _pauseHook = () {
      _source?.pause();
    };
    _resumeHook = () {
      _source?.resume();
    };
    _cancelHook = () {
      StreamSubscription<S>? source = _source;
      if (source == null) return null;
      _source = null;
      return source.cancel();
    };
  }
}

final class _ForwardingSubscription<S, T> extends _SourceSubscription<S, T> {
  final _ForwardingStream<S, T> _stream;
  int _count;  // take's and skip's per-subscription counter; skipWhile's 1 once it stopped skipping
  Object? _previous = _noPrevious;  // distinct's last delivered event

  _ForwardingSubscription(this._stream, void Function(T data)? onData, Function? onError, void Function()? onDone,
      bool? cancelOnError)
      : _count = _stream._initialCount,
        super(onData, onError, onDone, cancelOnError);

  void _start() {
    _source = _stream._source.listen((S data) => _stream._handleData(data, this),
        onError: (Object e, StackTrace s) => _stream._handleError(e, s, this),
        onDone: () => _stream._handleDone(this));
  }

  void _add(T data) {
    if (_isClosed) return;
    super._add(data);
  }

  void _addError(Object error, StackTrace? trace) {
    if (_isClosed) return;
    super._addError(error, trace);
  }
}

final class _MapStream<S, T> extends _ForwardingStream<S, T> {
  final T Function(S event) _convert;

  _MapStream(Stream<S> source, this._convert) : super(source);

  void _handleData(S data, _ForwardingSubscription<S, T> sink) {
    T output;
    try {
      output = _convert(data);
    } catch (e, s) {
      sink._addError(e, s);
      return;
    }
    sink._add(output);
  }
}

final class _WhereStream<T> extends _ForwardingStream<T, T> {
  final bool Function(T event) _test;

  _WhereStream(Stream<T> source, this._test) : super(source);

  void _handleData(T data, _ForwardingSubscription<T, T> sink) {
    bool satisfies;
    try {
      satisfies = _test(data);
    } catch (e, s) {
      sink._addError(e, s);
      return;
    }
    if (satisfies) sink._add(data);
  }
}

final class _ExpandStream<S, T> extends _ForwardingStream<S, T> {
  final Iterable<T> Function(S event) _expand;

  _ExpandStream(Stream<S> source, this._expand) : super(source);

  void _handleData(S data, _ForwardingSubscription<S, T> sink) {
    try {
      for (T value in _expand(data)) {
        sink._add(value);
      }
    } catch (e, s) {
      sink._addError(e, s);
    }
  }
}

final class _TakeStream<T> extends _ForwardingStream<T, T> {
  final int _takeCount;

  _TakeStream(Stream<T> source, this._takeCount) : super(source);

  int get _initialCount => _takeCount;

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    if (_takeCount == 0) {
      // Nothing to take: the source is listened to and canceled at once; done comes in a
      // microtask (as the VM's _TakeStream).
      _source.listen(null).cancel();
      return _EmptyStream<T>(false).listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
    }
    return super.listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
  }

  void _handleData(T data, _ForwardingSubscription<T, T> sink) {
    int count = sink._count;
    if (count > 0) {
      sink._add(data);
      count -= 1;
      sink._count = count;
      if (count == 0) sink._close();
    }
  }
}

final class _SkipStream<T> extends _ForwardingStream<T, T> {
  final int _skipCount;

  _SkipStream(Stream<T> source, this._skipCount) : super(source);

  int get _initialCount => _skipCount;

  void _handleData(T data, _ForwardingSubscription<T, T> sink) {
    int count = sink._count;
    if (count > 0) {
      sink._count = count - 1;
      return;
    }
    sink._add(data);
  }
}

final class _TakeWhileStream<T> extends _ForwardingStream<T, T> {
  final bool Function(T element) _test;

  _TakeWhileStream(Stream<T> source, this._test) : super(source);

  void _handleData(T data, _ForwardingSubscription<T, T> sink) {
    bool satisfies;
    try {
      satisfies = _test(data);
    } catch (e, s) {
      sink._addError(e, s);
      sink._close();
      return;
    }
    if (satisfies) {
      sink._add(data);
    } else {
      sink._close();
    }
  }
}

final class _SkipWhileStream<T> extends _ForwardingStream<T, T> {
  final bool Function(T element) _test;

  _SkipWhileStream(Stream<T> source, this._test) : super(source);

  void _handleData(T data, _ForwardingSubscription<T, T> sink) {
    if (sink._count != 0) {
      sink._add(data);
      return;
    }
    bool satisfies;
    try {
      satisfies = _test(data);
    } catch (e, s) {
      sink._addError(e, s);
      sink._count = 1;  // a test that throws counts as not matching
      return;
    }
    if (!satisfies) {
      sink._count = 1;
      sink._add(data);
    }
  }
}

// What _ForwardingSubscription._previous holds before distinct delivered anything.
const Object _noPrevious = Object();

final class _DistinctStream<T> extends _ForwardingStream<T, T> {
  final bool Function(T previous, T next)? _equals;

  _DistinctStream(Stream<T> source, this._equals) : super(source);

  void _handleData(T data, _ForwardingSubscription<T, T> sink) {
    Object? previous = sink._previous;
    if (identical(previous, _noPrevious)) {
      sink._previous = data;
      sink._add(data);
      return;
    }
    bool isEqual;
    try {
      bool Function(T previous, T next)? equals = _equals;
      isEqual = equals == null ? previous == data : equals(previous as T, data);
    } catch (e, s) {
      sink._addError(e, s);
      return;
    }
    if (!isEqual) {
      sink._add(data);
      sink._previous = data;
    }
  }
}

final class _HandleErrorStream<T> extends _ForwardingStream<T, T> {
  final Function _onError;
  final bool Function(dynamic error)? _test;

  _HandleErrorStream(Stream<T> source, this._onError, this._test) : super(source);

  void _handleData(T data, _ForwardingSubscription<T, T> sink) {
    sink._add(data);
  }

  void _handleError(Object error, StackTrace stackTrace, _ForwardingSubscription<T, T> sink) {
    bool matches = true;
    bool Function(dynamic error)? test = _test;
    if (test != null) {
      try {
        matches = test(error);
      } catch (e, s) {
        sink._addError(e, s);
        return;
      }
    }
    if (!matches) {
      sink._addError(error, stackTrace);
      return;
    }
    try {
      _callErrorHandler(_onError, error, stackTrace);
    } catch (e, s) {
      // Rethrowing the same error keeps its stack trace (the VM's _addErrorWithReplacement).
      if (identical(e, error)) {
        sink._addError(error, stackTrace);
      } else {
        sink._addError(e, s);
      }
    }
  }
}

// Stream.empty: done only, in a microtask (the VM's _DoneStreamSubscription).
final class _EmptyStream<T> extends Stream<T> {
  final bool _broadcast;

  _EmptyStream(this._broadcast);

  bool get isBroadcast => _broadcast;

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    _Subscription<T> subscription = _Subscription<T>(onData, onError, onDone, cancelOnError);
    subscription._addPending(_PendingEvent(_PendingEvent._done, null, null));
    return subscription;
  }
}

// StreamTransformer.fromHandlers.
final class _HandlerTransformer<S, T> implements StreamTransformer<S, T> {
  final void Function(S data, EventSink<T> sink)? _handleData;
  final void Function(Object error, StackTrace stackTrace, EventSink<T> sink)? _handleError;
  final void Function(EventSink<T> sink)? _handleDone;

  _HandlerTransformer(
      {void Function(S data, EventSink<T> sink)? handleData,
      void Function(Object error, StackTrace stackTrace, EventSink<T> sink)? handleError,
      void Function(EventSink<T> sink)? handleDone})
      : _handleData = handleData,
        _handleError = handleError,
        _handleDone = handleDone;

  Stream<T> bind(Stream<S> stream) => _HandlerStream<S, T>(stream, this);

  StreamTransformer<RS, RT> cast<RS, RT>() => StreamTransformer.castFrom<S, T, RS, RT>(this);
}

final class _HandlerStream<S, T> extends _ForwardingStream<S, T> {
  final _HandlerTransformer<S, T> _transformer;

  _HandlerStream(Stream<S> source, this._transformer) : super(source);

  void _handleData(S data, _ForwardingSubscription<S, T> sink) {
    void Function(S data, EventSink<T> sink)? handler = _transformer._handleData;
    try {
      if (handler == null) {
        sink._add(unsafeCast<T>(data));
      } else {
        handler(data, _HandlerSink<T>(sink));
      }
    } catch (e, s) {
      sink._addError(e, s);
    }
  }

  void _handleError(Object error, StackTrace stackTrace, _ForwardingSubscription<S, T> sink) {
    void Function(Object error, StackTrace stackTrace, EventSink<T> sink)? handler = _transformer._handleError;
    try {
      if (handler == null) {
        sink._addError(error, stackTrace);
      } else {
        handler(error, stackTrace, _HandlerSink<T>(sink));
      }
    } catch (e, s) {
      sink._addError(e, s);
    }
  }

  void _handleDone(_ForwardingSubscription<S, T> sink) {
    void Function(EventSink<T> sink)? handler = _transformer._handleDone;
    try {
      if (handler == null) {
        sink._close();
      } else {
        handler(_HandlerSink<T>(sink));
      }
    } catch (e, s) {
      sink._addError(e, s);
    }
  }
}

// The sink the handlers write to: the transformed stream's subscription.
final class _HandlerSink<T> implements EventSink<T> {
  final _Subscription<T> _subscription;

  _HandlerSink(this._subscription);

  void add(T data) {
    if (_subscription._isClosed) throw StateError("Sink is closed");
    _subscription._add(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    if (_subscription._isClosed) throw StateError("Sink is closed");
    _subscription._addError(error, stackTrace ?? _defaultTrace(error));
  }

  void close() {
    if (_subscription._isClosed) return;
    _subscription._close();
  }
}

// Stream.fromIterable: not a broadcast stream, but each listener iterates on its own, one element per microtask, delivered
// at once from that microtask; pausing stops the iteration until resumed.
final class _IterableStream<T> extends Stream<T> {
  final Iterable<T> _elements;

  _IterableStream(this._elements);

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    _Subscription<T> subscription = _Subscription<T>(onData, onError, onDone, cancelOnError);
    Iterator<T> iterator;
    try {
      iterator = _elements.iterator;
    } catch (e, s) {
      subscription._addError(e, s);
      subscription._close();
      return subscription;
    }
    bool isScheduled = true;
    void next() {
      if (subscription._isCanceled || subscription._inputPaused) {
        isScheduled = false;
        return;
      }
      bool hasNext;
      try {
        hasNext = iterator.moveNext();
      } catch (e, s) {
        subscription._addError(e, s);
        subscription._close();
        return;
      }
      if (!hasNext) {
        subscription._close();
        return;
      }
      T value;
      try {
        value = iterator.current;
      } catch (e, s) {
        subscription._addError(e, s);
        subscription._close();
        return;
      }
      subscription._add(value);
      if (!subscription._isCanceled && !subscription._inputPaused) {
        _scheduleMicrotask(next);
      } else {
        isScheduled = false;
      }
    }

    subscription._resumeHook = () {
      if (!isScheduled) {
        isScheduled = true;
        _scheduleMicrotask(next);
      }
    };
    _scheduleMicrotask(next);
    return subscription;
  }
}

// StreamIterator, and what `await for` lowers to (sdk/lib/async/stream_impl.dart's
// _StreamIterator in behaviour): the first moveNext listens; a data event completes the
// pending moveNext future at once and pauses the subscription unless moveNext was called again
// meanwhile.
final class _StreamIterator<T> implements StreamIterator<T> {
  StreamSubscription<T>? _subscription;
  Stream<T>? _stream;  // before the first moveNext
  _Future<bool>? _moveNextFuture;  // while waiting for an event
  Object? _current;
  bool _hasValue = false;

  _StreamIterator(Stream<T> stream) : _stream = stream;

  T get current => _hasValue ? unsafeCast<T>(_current) : unsafeCast<T>(null);

  // Whether `await for` must cancel on leaving the loop early.
  bool get _isListening => _subscription != null;

  Future<bool> moveNext() {
    StreamSubscription<T>? subscription = _subscription;
    if (subscription != null) {
      if (_hasValue) {
        _Future<bool> future = _Future<bool>();
        _moveNextFuture = future;
        _hasValue = false;
        _current = null;
        subscription.resume();
        return future;
      }
      throw StateError("Already waiting for next.");
    }
    Stream<T>? stream = _stream;
    if (stream != null) {
      _stream = null;
      _Future<bool> future = _Future<bool>();
      _moveNextFuture = future;
      _subscription = stream.listen(_onData, onError: _onError, onDone: _onDone, cancelOnError: true);
      return future;
    }
    _Future<bool> done = _Future<bool>();
    done._completeWithValue(false);
    return done;
  }

  Future cancel() {
    StreamSubscription<T>? subscription = _subscription;
    _stream = null;
    if (subscription != null) {
      _subscription = null;
      if (!_hasValue) {
        _Future<bool>? waiting = _moveNextFuture;
        _moveNextFuture = null;
        if (waiting != null) waiting._asyncComplete(false);
      } else {
        _hasValue = false;
        _current = null;
      }
      return subscription.cancel();
    }
    return _nullFuture;
  }

  void _onData(T data) {
    if (_subscription == null) return;
    _Future<bool> future = _moveNextFuture!;
    _moveNextFuture = null;
    _current = data;
    _hasValue = true;
    future._complete(true);
    if (_hasValue) _subscription?.pause();
  }

  void _onError(Object error, StackTrace stackTrace) {
    StreamSubscription<T>? subscription = _subscription;
    _Future<bool>? future = _moveNextFuture;
    _subscription = null;
    _moveNextFuture = null;
    if (future == null) return;
    if (subscription != null) {
      future._completeError(error, stackTrace);
    } else {
      future._asyncCompleteError(error, stackTrace);
    }
  }

  void _onDone() {
    StreamSubscription<T>? subscription = _subscription;
    _Future<bool>? future = _moveNextFuture;
    _subscription = null;
    _moveNextFuture = null;
    if (future == null) return;
    if (subscription != null) {
      future._completeWithValue(false);
    } else {
      future._asyncComplete(false);
    }
  }
}
