part of dart.isolate;

// Ports: a receive port is an id in the runtime's process-wide port map, owned by this isolate;
// a SendPort is just that id, so it copies like any small object and works from any isolate.

// This isolate's open receive ports, by id.
final Map<int, _RawReceivePortImpl> _openPorts = <int, _RawReceivePortImpl>{};

/// Sends messages to its [ReceivePort]s.
abstract interface class SendPort {
  /// Sends an asynchronous [message] through this send port, to its corresponding
  /// [ReceivePort]. The message is copied into the receiving isolate.
  void send(Object? message);
  bool operator ==(Object other);
  int get hashCode;
}

final class _SendPortImpl implements SendPort {
  final int _id;
  _SendPortImpl(this._id);

  void send(Object? message) {
    _ensureIsolateInitialized();
    int status = _isolateSend(_id, message);
    if (status != 0) throw ArgumentError(_copyErrorText(status));
  }

  bool operator ==(Object other) => other is _SendPortImpl && other._id == _id;
  int get hashCode => _id;
}

int _portId(SendPort port) => unsafeCast<_SendPortImpl>(port)._id;

/// A low-level asynchronous message receiver: messages go to [handler] one per event.
abstract interface class RawReceivePort {
  factory RawReceivePort([Function? handler, String debugName = '']) => _RawReceivePortImpl(handler);
  set handler(Function? newHandler);
  void close();
  SendPort get sendPort;
  bool get keepIsolateAlive;
  set keepIsolateAlive(bool keepIsolateAlive);
}

bool _receivePortsRegistered = false;

final class _RawReceivePortImpl implements RawReceivePort {
  final int _id;
  Function? _handler;
  bool _closed = false;
  bool _keepAlive = true;

  _RawReceivePortImpl(this._handler) : _id = _isolatePortOpen(true) {
    _ensureIsolateInitialized();
    if (!_receivePortsRegistered) {
      _receivePortsRegistered = true;
      _isolateRegisterUnsendable(this, 1);
    }
    _openPorts[_id] = this;
  }

  set handler(Function? newHandler) {
    _handler = newHandler;
  }

  void close() {
    if (_closed) return;
    _closed = true;
    _openPorts.remove(_id);
    _isolatePortClose(_id, _keepAlive);
  }

  SendPort get sendPort => _SendPortImpl(_id);

  bool get keepIsolateAlive => _keepAlive;
  set keepIsolateAlive(bool keepIsolateAlive) {
    if (keepIsolateAlive == _keepAlive) return;
    _keepAlive = keepIsolateAlive;
    if (!_closed) _isolatePortKeepAlive(keepIsolateAlive);
  }

  void _deliver(Object? message) {
    Function? handler = _handler;
    if (handler == null) return;
    (handler as dynamic)(message);
  }
}

/// Together with [SendPort], the only means of communication between isolates. Not a Stream
/// in dartc yet: it has Stream's [listen] and [first] (docs/isolates.md).
abstract interface class ReceivePort {
  factory ReceivePort([String debugName = '']) => _ReceivePortImpl(RawReceivePort());
  factory ReceivePort.fromRawReceivePort(RawReceivePort rawPort) => _ReceivePortImpl(rawPort);

  /// Listens to the messages of this port; cancelling the subscription closes the port.
  /// May be called once.
  ReceivePortSubscription listen(void Function(dynamic message)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError});

  /// The first message; the port is closed once it has arrived.
  Future<dynamic> get first;

  /// Closes the port: no more messages arrive, and a listener gets its `onDone`.
  void close();

  SendPort get sendPort;
}

/// What [ReceivePort.listen] returns (a StreamSubscription once ReceivePort is a Stream).
abstract interface class ReceivePortSubscription {
  Future<void> cancel();
  void onData(void Function(dynamic data)? handleData);
  void onDone(void Function()? handleDone);
}

final class _ReceivePortImpl implements ReceivePort {
  final RawReceivePort _raw;
  bool _listened = false;
  bool _closed = false;
  _ReceivePortSubscriptionImpl? _subscription;
  // Messages that came before anyone listened: delivered after `listen`, in a microtask, as a
  // single-subscription stream delivers what it buffered.
  List<Object?>? _buffer;

  _ReceivePortImpl(this._raw) {
    _raw.handler = _receive;
    if (!_receivePortsRegistered2) {
      _receivePortsRegistered2 = true;
      _isolateRegisterUnsendable(this, 1);
    }
  }

  void _receive(dynamic message) {
    _ReceivePortSubscriptionImpl? subscription = _subscription;
    if (subscription != null && _buffer == null) {
      subscription._data(message);
    } else {
      (_buffer ??= <Object?>[]).add(message);
    }
  }

  ReceivePortSubscription listen(void Function(dynamic message)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    if (_listened) throw StateError("Stream has already been listened to.");
    _listened = true;
    _ReceivePortSubscriptionImpl subscription = _ReceivePortSubscriptionImpl(this, onData, onDone);
    _subscription = subscription;
    if (_buffer != null || _closed) scheduleMicrotask(_flush);
    return subscription;
  }

  void _flush() {
    List<Object?>? buffer = _buffer;
    _buffer = null;
    if (buffer != null) {
      for (int i = 0; i < buffer.length; i++) {
        _ReceivePortSubscriptionImpl? subscription = _subscription;
        if (subscription == null) return;
        subscription._data(buffer[i]);
      }
    }
    if (_closed) _subscription?._done();
  }

  Future<dynamic> get first {
    Completer<dynamic> completer = Completer<dynamic>.sync();
    late ReceivePortSubscription subscription;
    subscription = listen((dynamic message) {
      subscription.cancel();
      completer.complete(message);
    }, onDone: () {
      if (!completer.isCompleted) completer.completeError(StateError("No element"));
    });
    return completer.future;
  }

  void close() {
    if (_closed) return;
    _closed = true;
    _raw.close();
    if (_buffer == null) _subscription?._done();
  }

  SendPort get sendPort => _raw.sendPort;
}

bool _receivePortsRegistered2 = false;

final class _ReceivePortSubscriptionImpl implements ReceivePortSubscription {
  _ReceivePortImpl? _port;
  void Function(dynamic)? _onData;
  void Function()? _onDone;

  _ReceivePortSubscriptionImpl(this._port, this._onData, this._onDone);

  void _data(Object? message) {
    void Function(dynamic)? onData = _onData;
    if (onData != null) onData(message);
  }

  void _done() {
    _ReceivePortImpl? port = _port;
    if (port == null) return;
    _port = null;
    port._subscription = null;
    void Function()? onDone = _onDone;
    if (onDone != null) onDone();
  }

  Future<void> cancel() {
    _ReceivePortImpl? port = _port;
    if (port != null) {
      _port = null;
      port._subscription = null;
      port._closed = true;
      port._raw.close();
    }
    return Future<void>.value();
  }

  void onData(void Function(dynamic data)? handleData) {
    _onData = handleData;
  }

  void onDone(void Function()? handleDone) {
    _onDone = handleDone;
  }
}
