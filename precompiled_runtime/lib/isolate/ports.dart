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
  // The port's id: dart:io's Process.start hands it to the runtime this way.
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

/// Together with [SendPort], the only means of communication between isolates: a
/// single-subscription Stream of the messages sent to [sendPort].
abstract interface class ReceivePort implements Stream<dynamic> {
  factory ReceivePort([String debugName = '']) => _ReceivePortImpl(RawReceivePort());
  factory ReceivePort.fromRawReceivePort(RawReceivePort rawPort) => _ReceivePortImpl(rawPort);

  /// Listens to the messages of this port; cancelling the subscription closes the port.
  /// May be called once.
  StreamSubscription<dynamic> listen(void Function(dynamic message)? onData,
      {Function? onError, void Function()? onDone, bool? cancelOnError});

  /// Closes the port: no more messages arrive, and a listener gets its `onDone`.
  void close();

  SendPort get sendPort;
}

// As the VM's: a synchronous single-subscription controller that the raw port's handler feeds.
// Messages that come before anyone listens are buffered by the controller and delivered after
// `listen`; cancelling (also what `first` does once it has its message) closes the port.
final class _ReceivePortImpl extends Stream<dynamic> implements ReceivePort {
  final RawReceivePort _raw;
  late final StreamController<dynamic> _controller;

  _ReceivePortImpl(this._raw) {
    _controller = StreamController<dynamic>(onCancel: close, sync: true);
    _raw.handler = _controller.add;
    if (!_receivePortsRegistered2) {
      _receivePortsRegistered2 = true;
      _isolateRegisterUnsendable(this, 1);
    }
  }

  StreamSubscription<dynamic> listen(void Function(dynamic message)? onData,
          {Function? onError, void Function()? onDone, bool? cancelOnError}) =>
      _controller.stream.listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);

  void close() {
    _raw.close();
    _controller.close();
  }

  SendPort get sendPort => _raw.sendPort;
}

bool _receivePortsRegistered2 = false;
