part of dart.async;

// The StreamTransformers and the stream built from a sink mapping, with the VM's behaviour
// (sdk/lib/async/stream_transformers.dart, sdk/lib/_internal/cast.dart's CastStreamTransformer):
// Stream.eventTransformed, StreamTransformer(onListen), StreamTransformer.fromBind and
// StreamTransformer.castFrom.

// Stream.eventTransformed: per `listen`, the mapping makes a sink from the new subscription's own
// sink, and the source's events go into it.
final class _BoundSinkStream<S, T> extends Stream<T> {
  final Stream<S> _source;
  final EventSink<S> Function(EventSink<T> sink) _mapSink;

  _BoundSinkStream(this._source, this._mapSink);

  bool get isBroadcast => _source.isBroadcast;

  StreamSubscription<T> listen(void Function(T event)? onData,
          {Function? onError, void Function()? onDone, bool? cancelOnError}) =>
      _SinkTransformerSubscription<S, T>(_source, _mapSink, onData, onError, onDone, cancelOnError);
}

final class _SinkTransformerSubscription<S, T> extends _SourceSubscription<S, T> {
  late final EventSink<S> _transformerSink;

  _SinkTransformerSubscription(Stream<S> source, EventSink<S> Function(EventSink<T> sink) mapSink,
      void Function(T data)? onData, Function? onError, void Function()? onDone, bool? cancelOnError)
      : super(onData, onError, onDone, cancelOnError) {
    // The mapping first, then the source is listened to, both inside `listen`.
    _transformerSink = mapSink(_EventSinkWrapper<T>(this));
    _source = source.listen(_handleData, onError: _handleError, onDone: _handleDone);
  }

  // What the transformer's sink writes: refused once the stream is done.
  void _add(T data) {
    if (_isClosed) throw StateError("Stream is already closed");
    super._add(data);
  }

  void _addError(Object error, StackTrace? trace) {
    if (_isClosed) throw StateError("Stream is already closed");
    super._addError(error, trace);
  }

  void _close() {
    if (_isClosed) throw StateError("Stream is already closed");
    super._close();
  }

  void _handleData(S data) {
    try {
      _transformerSink.add(data);
    } catch (e, s) {
      _addError(e, s);
    }
  }

  void _handleError(Object error, StackTrace stackTrace) {
    try {
      _transformerSink.addError(error, stackTrace);
    } catch (e, s) {
      if (identical(e, error)) {
        _addError(error, stackTrace);
      } else {
        _addError(e, s);
      }
    }
  }

  void _handleDone() {
    try {
      _source = null;
      _transformerSink.close();
    } catch (e, s) {
      _addError(e, s);
    }
  }
}

// The sink the mapping gets: the new stream's subscription.
final class _EventSinkWrapper<T> implements EventSink<T> {
  final _Subscription<T> _sink;

  _EventSinkWrapper(this._sink);

  void add(T data) {
    _sink._add(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _sink._addError(error, stackTrace ?? _defaultTrace(error));
  }

  void close() {
    _sink._close();
  }
}

// StreamTransformer(onListen).
final class _SubscriptionTransformer<S, T> extends StreamTransformerBase<S, T> {
  final StreamSubscription<T> Function(Stream<S> stream, bool cancelOnError) _onListen;

  const _SubscriptionTransformer(this._onListen);

  Stream<T> bind(Stream<S> stream) => _BoundSubscriptionStream<S, T>(stream, _onListen);
}

final class _BoundSubscriptionStream<S, T> extends Stream<T> {
  final Stream<S> _source;
  final StreamSubscription<T> Function(Stream<S> stream, bool cancelOnError) _onListen;

  _BoundSubscriptionStream(this._source, this._onListen);

  bool get isBroadcast => _source.isBroadcast;

  StreamSubscription<T> listen(void Function(T event)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    StreamSubscription<T> result = _onListen(_source, cancelOnError ?? false);
    result.onData(onData);
    result.onError(onError);
    result.onDone(onDone);
    return result;
  }
}

// StreamTransformer.fromBind.
final class _BindTransformer<S, T> extends StreamTransformerBase<S, T> {
  final Stream<T> Function(Stream<S> stream) _bind;

  _BindTransformer(this._bind);

  Stream<T> bind(Stream<S> stream) => _bind(stream);
}

// StreamTransformer.castFrom and `cast`.
final class _CastStreamTransformer<SS, ST, TS, TT> extends StreamTransformerBase<TS, TT> {
  final StreamTransformer<SS, ST> _source;

  _CastStreamTransformer(this._source);

  StreamTransformer<RS, RT> cast<RS, RT>() => _CastStreamTransformer<SS, ST, RS, RT>(_source);

  Stream<TT> bind(Stream<TS> stream) => _source.bind(stream.cast<SS>()).cast<TT>();
}
