part of dart.async;

// Stream's public API (sdk/lib/async/stream.dart's), with the VM's observable behaviour: which
// events are delivered synchronously and which one per microtask (docs/async.md, "Streams").

/// A source of asynchronous data events, error events and a done event.
abstract class Stream<T> {
  Stream();

  /// For const subclasses such as [StreamView] (the VM's `Stream._internal`).
  const Stream._internal();

  /// A new [MultiStreamController] per `listen`, given to [onListen] inside that call; its events
  /// go to that listener only (stream_multi.dart). [isBroadcast] is only what the stream reports.
  factory Stream.multi(void Function(MultiStreamController<T> controller) onListen, {bool isBroadcast = false}) =>
      _MultiStream<T>(onListen, isBroadcast);

  /// [source]'s events through the sink [mapSink] makes, per `listen`, from the new stream's own
  /// sink (stream_multi.dart's _BoundSinkStream).
  factory Stream.eventTransformed(Stream<dynamic> source, EventSink<dynamic> Function(EventSink<T> sink) mapSink) =>
      _BoundSinkStream<dynamic, T>(source, mapSink);

  /// One element per microtask, then done in the next (the VM builds it on Stream.multi and
  /// `addSync` from a microtask loop); every listener gets its own iteration.
  factory Stream.fromIterable(Iterable<T> elements) => _IterableStream<T>(elements);

  /// The value, then done, each in a microtask of its own after `listen`.
  factory Stream.value(T value) {
    _StreamController<T> controller = _StreamController<T>(false);
    controller.add(value);
    controller.close();
    return controller.stream;
  }

  factory Stream.error(Object error, [StackTrace? stackTrace]) {
    _StreamController<T> controller = _StreamController<T>(false);
    controller.addError(error, stackTrace);
    controller.close();
    return controller.stream;
  }

  /// An event every [period] from a periodic timer started by `listen`, synchronously from the
  /// timer's callback. Pausing stops the timer; resuming waits out the rest of the period.
  factory Stream.periodic(Duration period, [T Function(int computationCount)? computation]) {
    _StreamController<T> controller = _StreamController<T>(true);
    Stopwatch watch = Stopwatch();
    controller.onListen = () {
      int count = 0;
      void sendEvent(Timer _) {
        watch.reset();
        if (computation == null) {
          controller.add(unsafeCast<T>(null));
          return;
        }
        T event;
        try {
          event = computation(count++);
        } catch (e, s) {
          controller.addError(e, s);
          return;
        }
        controller.add(event);
      }

      Timer timer = Timer.periodic(period, sendEvent);
      controller.onCancel = () {
        timer.cancel();
        return _nullFuture;
      };
      controller.onPause = () {
        watch.stop();
        timer.cancel();
      };
      controller.onResume = () {
        Duration elapsed = watch.elapsed;
        watch.start();
        timer = Timer(period - elapsed, () {
          timer = Timer.periodic(period, sendEvent);
          sendEvent(timer);
        });
      };
    };
    return controller.stream;
  }

  /// A stream with only a done event, delivered in a microtask after `listen`.
  factory Stream.empty({bool broadcast = true}) => _EmptyStream<T>(broadcast);

  bool get isBroadcast => false;

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError});

  Stream<S> map<S>(S Function(T event) convert) => _MapStream<T, S>(this, convert);

  Stream<T> where(bool Function(T event) test) => _WhereStream<T>(this, test);

  Stream<S> expand<S>(Iterable<S> Function(T element) convert) => _ExpandStream<T, S>(this, convert);

  Stream<T> take(int count) => _TakeStream<T>(this, count);

  /// The events while [test] holds; the first that fails it (or a test that throws: its error
  /// first) ends the stream.
  Stream<T> takeWhile(bool Function(T element) test) => _TakeWhileStream<T>(this, test);

  /// The events from the first that fails [test] on (a test that throws counts as failing,
  /// after its error event).
  Stream<T> skipWhile(bool Function(T element) test) => _SkipWhileStream<T>(this, test);

  /// Each event that differs from the one delivered before it (`==`, or [equals]).
  Stream<T> distinct([bool Function(T previous, T next)? equals]) => _DistinctStream<T>(this, equals);

  /// The future's value or error as the only event, then done (the VM's: the future is listened
  /// to at once, and a synchronous controller buffers the event until `listen`).
  factory Stream.fromFuture(Future<T> future) {
    StreamController<T> controller = StreamController<T>(sync: true);
    future.then((T value) {
      controller.add(value);
      controller.close();
    }, onError: (Object error, StackTrace stackTrace) {
      controller.addError(error, stackTrace);
      controller.close();
    });
    return controller.stream;
  }

  /// Each future's value or error as it completes, then done after the last; done in a
  /// microtask when there are none.
  factory Stream.fromFutures(Iterable<Future<T>> futures) {
    StreamController<T> controller = StreamController<T>(sync: true);
    int count = 0;
    void onValue(T value) {
      if (!controller.isClosed) {
        controller.add(value);
        if (--count == 0) controller.close();
      }
    }

    void onError(Object error, StackTrace stack) {
      if (!controller.isClosed) {
        controller.addError(error, stack);
        if (--count == 0) controller.close();
      }
    }

    for (Future<T> future in futures) {
      count++;
      future.then(onValue, onError: onError);
    }
    if (count == 0) scheduleMicrotask(controller.close);
    return controller.stream;
  }

  /// [convert]'s results in order: a future result pauses the source until it completes (the
  /// VM's asyncMap: an error from the future or from [convert] is an error event).
  Stream<E> asyncMap<E>(FutureOr<E> Function(T event) convert) {
    StreamController<E> controller = _syncControllerLike<E>(this);
    controller.onListen = () {
      StreamSubscription<T> subscription = listen(null, onError: controller.addError, onDone: controller.close);
      void add(E value) {
        controller.add(value);
      }

      subscription.onData((T event) {
        FutureOr<E> converted;
        try {
          converted = convert(event);
        } catch (e, s) {
          controller.addError(e, s);
          return;
        }
        if (converted is Future<E>) {
          subscription.pause();
          converted.then(add, onError: controller.addError).whenComplete(subscription.resume);
        } else {
          controller.add(converted);
        }
      });
      controller.onCancel = subscription.cancel;
      _forwardPauseResume(this, controller, subscription.pause, subscription.resume);
    };
    return controller.stream;
  }

  /// The events of the stream [convert] gives for each event, in order: the source is paused
  /// while one plays (`addStream`); a null result adds nothing, what [convert] throws is an
  /// error event.
  Stream<E> asyncExpand<E>(Stream<E>? Function(T event) convert) => _asyncExpandStream<T, E>(this, convert);

  /// The same events; when none comes within [timeLimit] (from `listen`, or from the last data
  /// or error event), a `TimeoutException("No stream event", timeLimit)` error event, or
  /// [onTimeout] with a sink that adds to the stream during that call. Pausing stops the clock.
  Stream<T> timeout(Duration timeLimit, {void Function(EventSink<T> sink)? onTimeout}) =>
      _timeoutStream<T>(this, timeLimit, onTimeout);

  /// A broadcast stream of this one's events, listened to on the first `listen`.
  Stream<T> asBroadcastStream(
          {void Function(StreamSubscription<T> subscription)? onListen,
          void Function(StreamSubscription<T> subscription)? onCancel}) =>
      _AsBroadcastStream<T>(this, onListen, onCancel);

  /// The same events seen as [R]s: each data event is cast as it is delivered.
  Stream<R> cast<R>() => _CastStream<T, R>(this);

  static Stream<T> castFrom<S, T>(Stream<S> source) => _CastStream<S, T>(source);

  /// Adds this stream to [streamConsumer], then closes it; the future is `close`'s.
  Future pipe(StreamConsumer<T> streamConsumer) =>
      streamConsumer.addStream(this).then((_) => streamConsumer.close());

  Stream<T> skip(int count) {
    if (count < 0) throw RangeError.range(count, 0, null, "count");
    return _SkipStream<T>(this, count);
  }

  /// Error events that pass [test] go to [onError] (`(error)` or `(error, stackTrace)`) instead
  /// of the listener; what it throws becomes the error event.
  Stream<T> handleError(Function onError, {bool Function(dynamic error)? test}) =>
      _HandleErrorStream<T>(this, onError, test);

  Stream<S> transform<S>(StreamTransformer<T, S> streamTransformer) => streamTransformer.bind(this);

  Future<T> get first {
    _Future<T> future = _Future<T>();
    late StreamSubscription<T> subscription;
    subscription = listen((T value) {
      _cancelAndValue(subscription, future, value);
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      _completeWithNoElement(future);
    }, cancelOnError: true);
    return future;
  }

  Future<T> get last => _matchAtDone(null, null, false);

  Future<List<T>> toList() {
    List<T> result = <T>[];
    return _collectInto<List<T>>(result, (T data) {
      result.add(data);
    });
  }

  // toList and toSet: [add] puts each event into [collection], which completes the future at
  // done; the first error completes it instead.
  Future<C> _collectInto<C>(C collection, void Function(T data) add) {
    _Future<C> future = _Future<C>();
    listen(add, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._complete(collection);
    }, cancelOnError: true);
    return future;
  }

  /// The events in a Set (`{}`: insertion order, `==`), at done; the first error instead.
  Future<Set<T>> toSet() {
    Set<T> result = <T>{};
    return _collectInto<Set<T>>(result, (T data) {
      result.add(data);
    });
  }

  Future<S> fold<S>(S initialValue, S Function(S previous, T element) combine) {
    _Future<S> future = _Future<S>();
    S value = initialValue;
    late StreamSubscription<T> subscription;
    subscription = listen((T element) {
      try {
        value = combine(value, element);
      } catch (e, s) {
        _cancelAndError(subscription, future, e, s);
      }
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._complete(value);
    }, cancelOnError: true);
    return future;
  }

  Future<int> get length {
    _Future<int> future = _Future<int>();
    int count = 0;
    listen((T _) {
      count++;
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._complete(count);
    }, cancelOnError: true);
    return future;
  }

  Future<bool> get isEmpty {
    _Future<bool> future = _Future<bool>();
    late StreamSubscription<T> subscription;
    subscription = listen((T _) {
      _cancelAndValue(subscription, future, false);
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._complete(true);
    }, cancelOnError: true);
    return future;
  }

  /// The events' `toString`s, with [separator] between them, at done; the first error event,
  /// or what an element's `toString` throws (the subscription is then cancelled), completes
  /// the future with that error instead (the VM's `Stream.join`).
  Future<String> join([String separator = ""]) {
    _Future<String> future = _Future<String>();
    StringBuffer buffer = StringBuffer();
    bool first = true;
    late StreamSubscription<T> subscription;
    subscription = listen((T element) {
      if (!first) buffer.write(separator);
      first = false;
      try {
        buffer.write(element);
      } catch (e, s) {
        _cancelAndError(subscription, future, e, s);
      }
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._complete(buffer.toString());
    }, cancelOnError: true);
    return future;
  }

  /// Discards the events; completes with [futureValue] at done, or with the first error.
  Future<E> drain<E>([E? futureValue]) {
    _Future<E> future = _Future<E>();
    listen(null, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._complete(futureValue);
    }, cancelOnError: true);
    return future;
  }

  /// Whether some event satisfies [test]; the first that does cancels the subscription.
  Future<bool> any(bool Function(T element) test) => _matchOrDone(test, true);

  /// Whether every event satisfies [test]; the first that does not cancels the subscription.
  Future<bool> every(bool Function(T element) test) => _matchOrDone(test, false);

  Future<bool> contains(Object? needle) => _matchOrDone((T element) => element == needle, true);

  // any/every/contains: completes with `found` at the first event whose test gives `found`,
  // with !found at done; an error event or a throwing test completes with that error.
  Future<bool> _matchOrDone(bool Function(T element) test, bool found) {
    _Future<bool> future = _Future<bool>();
    late StreamSubscription<T> subscription;
    subscription = listen((T element) {
      bool? result = _testOrCancel(test, element, subscription, future);
      if (result == found) _cancelAndValue(subscription, future, found);
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._complete(!found);
    }, cancelOnError: true);
    return future;
  }

  /// The event at [index]; an IndexError (with the number of events as its length) when the
  /// stream ends first.
  Future<T> elementAt(int index) {
    RangeError.checkNotNegative(index, "index");
    _Future<T> future = _Future<T>();
    int elementIndex = 0;
    late StreamSubscription<T> subscription;
    subscription = listen((T value) {
      if (index == elementIndex) {
        _cancelAndValue(subscription, future, value);
        return;
      }
      elementIndex += 1;
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._completeError(IndexError.withLength(index, elementIndex, indexable: this, name: "index"), StackTrace.empty);
    }, cancelOnError: true);
    return future;
  }

  /// The events combined pairwise from the first; "No element" for an empty stream.
  Future<T> reduce(T Function(T previous, T element) combine) {
    _Future<T> future = _Future<T>();
    bool seenFirst = false;
    late T value;
    late StreamSubscription<T> subscription;
    subscription = listen((T element) {
      if (!seenFirst) {
        value = element;
        seenFirst = true;
        return;
      }
      try {
        value = combine(value, element);
      } catch (e, s) {
        _cancelAndError(subscription, future, e, s);
      }
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      if (seenFirst) {
        future._complete(value);
      } else {
        _completeWithNoElement(future);
      }
    }, cancelOnError: true);
    return future;
  }

  /// The only event; "No element" for none, "Too many elements" at a second (which cancels).
  Future<T> get single => _matchAtDone(null, null, true);

  /// The first event that satisfies [test], else [orElse]'s value, else "No element".
  Future<T> firstWhere(bool Function(T element) test, {T Function()? orElse}) {
    _Future<T> future = _Future<T>();
    late StreamSubscription<T> subscription;
    subscription = listen((T value) {
      if (_testOrCancel(test, value, subscription, future) == true) _cancelAndValue(subscription, future, value);
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      _completeWithOrElse(future, orElse);
    }, cancelOnError: true);
    return future;
  }

  /// The last event that satisfies [test], else [orElse]'s value, else "No element".
  Future<T> lastWhere(bool Function(T element) test, {T Function()? orElse}) => _matchAtDone(test, orElse, false);

  /// The only event that satisfies [test]: "Too many elements" at a second match (which
  /// cancels), else [orElse]'s value or "No element" when none matched.
  Future<T> singleWhere(bool Function(T element) test, {T Function()? orElse}) => _matchAtDone(test, orElse, true);

  // lastWhere, singleWhere and single (no test): the last matching event at done, or with
  // `single` "Too many elements" at a second match; else orElse's value or "No element".
  Future<T> _matchAtDone(bool Function(T element)? test, T Function()? orElse, bool single) {
    _Future<T> future = _Future<T>();
    late T result;
    bool foundResult = false;
    late StreamSubscription<T> subscription;
    subscription = listen((T value) {
      if (test != null && _testOrCancel(test, value, subscription, future) != true) return;
      if (single && foundResult) {
        try {
          throw IterableElementError.tooMany();
        } catch (e, s) {
          _cancelAndError(subscription, future, e, s);
        }
        return;
      }
      foundResult = true;
      result = value;
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      if (foundResult) {
        future._complete(result);
      } else {
        _completeWithOrElse(future, orElse);
      }
    }, cancelOnError: true);
    return future;
  }

  Future<void> forEach(void Function(T element) action) {
    _Future<void> future = _Future<void>();
    late StreamSubscription<T> subscription;
    subscription = listen((T element) {
      try {
        action(element);
      } catch (e, s) {
        _cancelAndError(subscription, future, e, s);
      }
    }, onError: (Object e, StackTrace s) {
      future._completeError(e, s);
    }, onDone: () {
      future._complete(null);
    }, cancelOnError: true);
    return future;
  }
}

/// A subscription on events from a [Stream].
abstract interface class StreamSubscription<T> {
  Future<void> cancel();
  void onData(void Function(T data)? handleData);
  void onError(Function? handleError);
  void onDone(void Function()? handleDone);
  void pause([Future<void>? resumeSignal]);
  void resume();
  bool get isPaused;

  /// A future of [futureValue] at done, or of the first error (the subscription is then
  /// cancelled first); it replaces the onDone and onError handlers.
  Future<E> asFuture<E>([E? futureValue]);
}

/// A destination for data and error events, and a close.
abstract interface class EventSink<T> implements Sink<T> {
  void add(T event);
  void addError(Object error, [StackTrace? stackTrace]);
  void close();
}

/// Where a whole stream can be sent (sdk/lib/async/stream.dart's StreamConsumer): dart:io's
/// IOSink writes through one.
abstract interface class StreamConsumer<S> {
  Future addStream(Stream<S> stream);
  Future close();
}

/// A sink that also takes whole streams and tells when it is done.
abstract interface class StreamSink<S> implements EventSink<S>, StreamConsumer<S> {
  Future addStream(Stream<S> stream);
  Future close();
  Future get done;
}

/// Transforms one stream into another (sdk/lib/async/stream.dart's StreamTransformer).
abstract interface class StreamTransformer<S, T> {
  /// The handlers get every event of the source stream with a sink into the new stream; a
  /// missing handler forwards the event unchanged.
  factory StreamTransformer.fromHandlers(
      {void Function(S data, EventSink<T> sink)? handleData,
      void Function(Object error, StackTrace stackTrace, EventSink<T> sink)? handleError,
      void Function(EventSink<T> sink)? handleDone}) = _HandlerTransformer<S, T>;

  /// `bind` gives a stream whose `listen` calls [onListen] with the source and cancelOnError
  /// and sets the listener's handlers on the subscription it returns.
  const factory StreamTransformer(StreamSubscription<T> Function(Stream<S> stream, bool cancelOnError) onListen) =
      _SubscriptionTransformer<S, T>;

  /// `bind` is [bind].
  factory StreamTransformer.fromBind(Stream<T> Function(Stream<S> stream) bind) = _BindTransformer<S, T>;

  /// [source] seen as a transformer from TS to TT: the stream it binds is cast to SS, its result
  /// to TT.
  static StreamTransformer<TS, TT> castFrom<SS, ST, TS, TT>(StreamTransformer<SS, ST> source) =>
      _CastStreamTransformer<SS, ST, TS, TT>(source);

  Stream<T> bind(Stream<S> stream);

  StreamTransformer<RS, RT> cast<RS, RT>();
}

/// A base class for StreamTransformer implementations (sdk/lib/async/stream.dart).
abstract class StreamTransformerBase<S, T> implements StreamTransformer<S, T> {
  const StreamTransformerBase();

  StreamTransformer<RS, RT> cast<RS, RT>() => StreamTransformer.castFrom<S, T, RS, RT>(this);
}

/// A stream that forwards `listen`, `isBroadcast` and `asBroadcastStream` to another
/// (sdk/lib/async/stream.dart's StreamView), the base of wrappers such as package:http's
/// ByteStream.
class StreamView<T> extends Stream<T> {
  final Stream<T> _stream;

  const StreamView(Stream<T> stream)
      : _stream = stream,
        super._internal();

  bool get isBroadcast => _stream.isBroadcast;

  Stream<T> asBroadcastStream(
          {void Function(StreamSubscription<T> subscription)? onListen,
          void Function(StreamSubscription<T> subscription)? onCancel}) =>
      _stream.asBroadcastStream(onListen: onListen, onCancel: onCancel);

  StreamSubscription<T> listen(void Function(T value)? onData,
          {Function? onError, void Function()? onDone, bool? cancelOnError}) =>
      _stream.listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
}

/// Pulls a stream's events one at a time (what `await for` uses).
abstract interface class StreamIterator<T> {
  factory StreamIterator(Stream<T> stream) => _StreamIterator<T>(stream);
  Future<bool> moveNext();
  T get current;
  Future cancel();
}

// A completed future of null: what `cancel` returns when there was nothing to wait for. Code
// that gets it back may finish at once instead of waiting (the VM's Future._nullFuture).
final _Future<void> _nullFuture = _completedNullFuture();

_Future<void> _completedNullFuture() {
  _Future<void> future = _Future<void>();
  future._completeWithValue(null);
  return future;
}

void _cancelAndValue(StreamSubscription subscription, _Future future, Object? value) {
  Future<void> cancelFuture = subscription.cancel();
  if (!identical(cancelFuture, _nullFuture)) {
    cancelFuture.whenComplete(() => future._complete(value));
  } else {
    future._complete(value);
  }
}

void _cancelAndError(StreamSubscription subscription, _Future future, Object error, StackTrace trace) {
  Future<void> cancelFuture = subscription.cancel();
  if (!identical(cancelFuture, _nullFuture)) {
    cancelFuture.whenComplete(() => future._completeError(error, trace));
  } else {
    future._completeError(error, trace);
  }
}

// test(value), or null once what the test threw has cancelled the subscription and completed
// `future` (the query members' callbacks: the VM's _runUserCode with _cancelAndErrorClosure).
bool? _testOrCancel<T>(bool Function(T element) test, T value, StreamSubscription subscription, _Future future) {
  try {
    return test(value);
  } catch (e, s) {
    _cancelAndError(subscription, future, e, s);
    return null;
  }
}

// orElse's value, or what it throws, or "No element" without it (firstWhere and its kin at done).
void _completeWithOrElse<T>(_Future<T> future, T Function()? orElse) {
  if (orElse == null) {
    _completeWithNoElement(future);
    return;
  }
  T value;
  try {
    value = orElse();
  } catch (e, s) {
    future._completeError(e, s);
    return;
  }
  future._complete(value);
}

void _completeWithNoElement(_Future future) {
  try {
    throw IterableElementError.noElement();
  } catch (e, s) {
    future._completeError(e, s);
  }
}

// An error no handler takes, in the running zone (zone.dart): its error handler, or the root
// zone's report (a priority microtask that ends the program with "Unhandled exception:").
void _handleUncaughtError(Object error, StackTrace? trace) {
  _zoneUncaughtError(_customZone, error, trace);
}
