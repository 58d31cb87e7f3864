part of dart.async;

// Streams that adapt another as a whole rather than event by event: `cast`, `asBroadcastStream`,
// `timeout` and `asyncExpand` (the VM's CastStream, _AsBroadcastStream and the controller-based
// members of sdk/lib/async/stream.dart, in behaviour).

// `cast<R>()`: each data event is cast as it arrives. A failed cast goes to the subscription's
// error handler without cancelling it (the VM's CastStreamSubscription does not route it through
// cancelOnError), or is an uncaught error when there is no handler.
final class _CastStream<S, T> extends Stream<T> {
  final Stream<S> _source;

  _CastStream(this._source);

  bool get isBroadcast => _source.isBroadcast;

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    _CastSubscription<S, T> subscription =
        _CastSubscription<S, T>(_source.listen(null, onDone: onDone, cancelOnError: cancelOnError));
    subscription.onData(onData);
    subscription.onError(onError);
    return subscription;
  }
}

final class _CastSubscription<S, T> implements StreamSubscription<T> {
  final StreamSubscription<S> _source;
  void Function(T data)? _handleData;
  Function? _handleError;

  _CastSubscription(this._source) {
    _source.onData(_onData);
  }

  Future cancel() => _source.cancel();

  void onData(void Function(T data)? handleData) {
    _handleData = handleData;
  }

  void onError(Function? handleError) {
    _source.onError(handleError);
    _handleError = handleError;
  }

  void onDone(void Function()? handleDone) {
    _source.onDone(handleDone);
  }

  void _onData(S data) {
    void Function(T data)? handleData = _handleData;
    if (handleData == null) return;
    T target;
    try {
      target = data as T;
    } catch (error, stack) {
      _deliverErrorEvent(_handleError, error, stack);
      return;
    }
    handleData(target);
  }

  void pause([Future<void>? resumeSignal]) {
    _source.pause(resumeSignal);
  }

  void resume() {
    _source.resume();
  }

  bool get isPaused => _source.isPaused;

  Future<E> asFuture<E>([E? futureValue]) => _source.asFuture<E>(futureValue);
}

// `asBroadcastStream`: the source is listened to when the first listener comes, and its events
// go to every listener through a synchronous broadcast controller. When the last listener leaves,
// `onCancel` gets a handle on the source's subscription (pause, resume, cancel); without a cancel
// through it the source stays subscribed and its events are dropped until someone listens again.
// Once the source is cancelled through the handle, or is done, a listener gets only done.
final class _AsBroadcastStream<T> extends Stream<T> {
  final Stream<T> _source;
  final void Function(StreamSubscription<T> subscription)? _onListenHandler;
  final void Function(StreamSubscription<T> subscription)? _onCancelHandler;

  _BroadcastStreamController<T>? _controller;
  StreamSubscription<T>? _subscription;

  _AsBroadcastStream(this._source, this._onListenHandler, this._onCancelHandler) {
    _BroadcastStreamController<T> controller = _BroadcastStreamController<T>(true);
    controller.onListen = _onListen;
    controller.onCancel = _onCancel;
    _controller = controller;
  }

  bool get isBroadcast => true;

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    _BroadcastStreamController<T>? controller = _controller;
    if (controller == null || controller.isClosed) {
      return _EmptyStream<T>(true).listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
    }
    _subscription ??= _source.listen(controller.add, onError: controller.addError, onDone: controller.close);
    return controller._subscribe(onData, onError, onDone, cancelOnError ?? false);
  }

  void _onListen() {
    void Function(StreamSubscription<T> subscription)? handler = _onListenHandler;
    if (handler != null) handler(_SourceSubscriptionHandle<T>(this));
  }

  void _onCancel() {
    _BroadcastStreamController<T>? controller = _controller;
    bool shutdown = controller == null || controller.isClosed;
    void Function(StreamSubscription<T> subscription)? handler = _onCancelHandler;
    if (handler != null) handler(_SourceSubscriptionHandle<T>(this));
    if (shutdown) {
      StreamSubscription<T>? subscription = _subscription;
      if (subscription != null) {
        _subscription = null;
        subscription.cancel();
      }
    }
  }

  void _cancelSource() {
    StreamSubscription<T>? subscription = _subscription;
    if (subscription == null) return;
    _subscription = null;
    _controller = null;  // no longer listenable: later listeners get only done
    subscription.cancel();
  }
}

// What asBroadcastStream's onListen and onCancel get: the source's subscription, which they may
// pause, resume or cancel but whose handlers belong to the broadcast stream.
final class _SourceSubscriptionHandle<T> implements StreamSubscription<T> {
  final _AsBroadcastStream<T> _stream;

  _SourceSubscriptionHandle(this._stream);

  static UnsupportedError _handlersFixed() =>
      UnsupportedError("Cannot change handlers of asBroadcastStream source subscription.");

  void onData(void Function(T data)? handleData) {
    throw _handlersFixed();
  }

  void onError(Function? handleError) {
    throw _handlersFixed();
  }

  void onDone(void Function()? handleDone) {
    throw _handlersFixed();
  }

  void pause([Future<void>? resumeSignal]) {
    _stream._subscription?.pause(resumeSignal);
  }

  void resume() {
    _stream._subscription?.resume();
  }

  Future cancel() {
    _stream._cancelSource();
    return _nullFuture;
  }

  bool get isPaused => _stream._subscription?.isPaused ?? false;

  Future<E> asFuture<E>([E? futureValue]) {
    throw _handlersFixed();
  }
}

// The EventSink that `timeout`'s onTimeout gets: the stream's controller, only during the call.
final class _TimeoutSink<T> implements EventSink<T> {
  EventSink<T>? _sink;

  EventSink<T> _ensureSink() {
    EventSink<T>? sink = _sink;
    if (sink == null) throw StateError("Sink not available");
    return sink;
  }

  void add(T data) {
    _ensureSink().add(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _ensureSink().addError(error, stackTrace);
  }

  void close() {
    _ensureSink().close();
  }
}

// A synchronous controller of the source's kind (broadcast or not), as the VM's controller-based
// Stream members use.
StreamController<E> _syncControllerLike<E>(Stream<Object?> source) =>
    source.isBroadcast ? StreamController<E>.broadcast(sync: true) : StreamController<E>(sync: true);

// Passes the controller's pause and resume to the source's subscription (a broadcast controller
// has none to pass).
void _forwardPauseResume(Stream<Object?> source, StreamController<Object?> controller,
    void Function() pause, void Function() resume) {
  if (source.isBroadcast) return;
  controller
    ..onPause = pause
    ..onResume = resume;
}

Stream<T> _timeoutStream<T>(Stream<T> source, Duration timeLimit, void Function(EventSink<T> sink)? onTimeout) {
  StreamController<T> controller = _syncControllerLike<T>(source);
  void Function() timeoutCallback;
  if (onTimeout == null) {
    timeoutCallback = () {
      controller.addError(TimeoutException("No stream event", timeLimit), null);
    };
  } else {
    void Function(EventSink<T> sink) handler = onTimeout;
    _TimeoutSink<T> sink = _TimeoutSink<T>();
    timeoutCallback = () {
      sink._sink = controller;  // valid only during the call
      try {
        handler(sink);
      } catch (e, s) {
        _handleUncaughtError(e, s);
      }
      sink._sink = null;
    };
  }
  controller.onListen = () {
    Timer timer = Timer(timeLimit, timeoutCallback);
    StreamSubscription<T> subscription = source.listen(null);
    // Each data or error event starts the time limit again; the timer is made before the event
    // goes on, because the listener may close the stream and cancel it (the VM's order).
    subscription
      ..onData((T event) {
        timer.cancel();
        timer = Timer(timeLimit, timeoutCallback);
        controller.add(event);
      })
      ..onError((Object error, StackTrace stackTrace) {
        timer.cancel();
        timer = Timer(timeLimit, timeoutCallback);
        controller.addError(error, stackTrace);
      })
      ..onDone(() {
        timer.cancel();
        controller.close();
      });
    controller.onCancel = () {
      timer.cancel();
      return subscription.cancel();
    };
    _forwardPauseResume(source, controller, () {
      timer.cancel();
      subscription.pause();
    }, () {
      subscription.resume();
      timer = Timer(timeLimit, timeoutCallback);
    });
  };
  return controller.stream;
}

Stream<E> _asyncExpandStream<T, E>(Stream<T> source, Stream<E>? Function(T event) convert) {
  StreamController<E> controller = _syncControllerLike<E>(source);
  controller.onListen = () {
    StreamSubscription<T> subscription = source.listen(null, onError: controller.addError, onDone: controller.close);
    subscription.onData((T event) {
      Stream<E>? expanded;
      try {
        expanded = convert(event);
      } catch (e, s) {
        controller.addError(e, s);
        return;
      }
      if (expanded != null) {
        subscription.pause();
        controller.addStream(expanded).whenComplete(subscription.resume);
      }
    });
    controller.onCancel = subscription.cancel;
    _forwardPauseResume(source, controller, subscription.pause, subscription.resume);
  };
  return controller.stream;
}
