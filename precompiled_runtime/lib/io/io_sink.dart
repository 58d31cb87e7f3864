part of dart.io;

// IOSink and the sink behind File.openWrite, with the VM's state rules (sdk/lib/io/io_sink.dart's
// _StreamSinkImpl and _IOSinkImpl, file_impl.dart's _FileStreamConsumer; docs/io.md):
//
// - Writes go into a synchronous StreamController that is handed to the target once, with
//   `addStream`, the first time something is written; `flush` closes that controller and waits
//   for the target to have taken everything, after which the next write starts a new one.
// - `addStream` of the sink first lets the pending controller finish, then gives the target
//   the new stream; meanwhile the sink is "bound" and every other call is a StateError.
// - `close` finishes the controller and then closes the target; `done` (the same future that
//   `close` returns) completes with the target's close value, or with the first error.
// Texts: "StreamSink is closed", "StreamSink is bound to a stream", "StreamSink is already
// bound to a stream".

/// A sink of bytes that also takes text ([write]), encoded with [encoding].
abstract interface class IOSink implements StreamSink<List<int>>, StringSink {
  factory IOSink(StreamConsumer<List<int>> target, {Encoding encoding = utf8}) =>
      _IOSinkImpl(target, encoding);

  Encoding get encoding;
  set encoding(Encoding value);

  void add(List<int> data);
  void write(Object? object);
  void writeAll(Iterable<dynamic> objects, [String separator = ""]);
  void writeln([Object? object = ""]);
  void writeCharCode(int charCode);
  void addError(Object error, [StackTrace? stackTrace]);
  Future addStream(Stream<List<int>> stream);
  Future flush();
  Future close();
  Future get done;
}

class _StreamSinkImpl<T> implements StreamSink<T> {
  final StreamConsumer<T> _target;
  final Completer<dynamic> _doneCompleter = Completer<dynamic>();
  // The events written since the last flush, and the future of the target's addStream of them
  // when an addStream or flush of the sink waits for it.
  StreamController<T>? _controllerInstance;
  Completer<dynamic>? _controllerCompleter;
  bool _isClosed = false;
  bool _isBound = false;
  bool _hasError = false;

  _StreamSinkImpl(this._target);

  void add(T data) {
    if (_isClosed) throw StateError("StreamSink is closed");
    _controller.add(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    if (_isClosed) throw StateError("StreamSink is closed");
    _controller.addError(error, stackTrace);
  }

  Future addStream(Stream<T> stream) {
    if (_isBound) throw StateError("StreamSink is already bound to a stream");
    if (_hasError) return done;
    _isBound = true;
    Completer<dynamic>? pending = _controllerCompleter;
    Future<dynamic> future = pending == null
        ? _target.addStream(stream)
        : pending.future.then((_) => _target.addStream(stream));
    _controllerInstance?.close();
    return future.whenComplete(() {
      _isBound = false;
    });
  }

  Future flush() {
    if (_isBound) throw StateError("StreamSink is bound to a stream");
    StreamController<T>? controller = _controllerInstance;
    if (controller == null) return Future<dynamic>.value(this);
    // Closing the controller ends the target's addStream once it has taken every event.
    _isBound = true;
    Future<dynamic> future = _controllerCompleter!.future;
    controller.close();
    return future.whenComplete(() {
      _isBound = false;
    });
  }

  Future close() {
    if (_isBound) throw StateError("StreamSink is bound to a stream");
    if (!_isClosed) {
      _isClosed = true;
      StreamController<T>? controller = _controllerInstance;
      if (controller != null) {
        controller.close();
      } else {
        _closeTarget();
      }
    }
    return done;
  }

  void _closeTarget() {
    _target.close().then(_completeDoneValue, onError: _completeDoneError);
  }

  Future get done => _doneCompleter.future;

  void _completeDoneValue(dynamic value) {
    if (!_doneCompleter.isCompleted) _doneCompleter.complete(value);
  }

  void _completeDoneError(Object error, StackTrace? stackTrace) {
    if (!_doneCompleter.isCompleted) {
      _hasError = true;
      _doneCompleter.completeError(error, stackTrace);
    }
  }

  StreamController<T> get _controller {
    if (_isBound) throw StateError("StreamSink is bound to a stream");
    if (_isClosed) throw StateError("StreamSink is closed");
    StreamController<T>? existing = _controllerInstance;
    if (existing != null) return existing;
    StreamController<T> controller = StreamController<T>(sync: true);
    _controllerInstance = controller;
    _controllerCompleter = Completer<dynamic>();
    _target.addStream(controller.stream).then((_) {
      if (_isBound) {
        // An addStream or flush of the sink waits for this one: let it go on.
        _controllerCompleter!.complete(this);
        _controllerCompleter = null;
        _controllerInstance = null;
      } else {
        // The controller was closed by close(): now the target.
        _closeTarget();
      }
    }, onError: (Object error, StackTrace stackTrace) {
      if (_isBound) {
        _controllerCompleter!.completeError(error, stackTrace);
        _controllerCompleter = null;
        _controllerInstance = null;
      } else {
        // The target failed (and is not to be closed again): that is the sink's end.
        _completeDoneError(error, stackTrace);
      }
    });
    return controller;
  }
}

class _IOSinkImpl extends _StreamSinkImpl<List<int>> implements IOSink {
  Encoding _encoding;

  _IOSinkImpl(StreamConsumer<List<int>> target, this._encoding) : super(target);

  Encoding get encoding => _encoding;

  set encoding(Encoding value) {
    _encoding = value;
  }

  void write(Object? object) {
    String string = '$object';
    if (string.isEmpty) return;
    add(_encoding.encode(string));
  }

  void writeAll(Iterable<dynamic> objects, [String separator = ""]) {
    _writeAllTo(this, objects, separator);
  }

  void writeln([Object? object = ""]) {
    write(object);
    write("\n");
  }

  void writeCharCode(int charCode) {
    write(String.fromCharCode(charCode));
  }
}

// StringSink.writeAll's rule, shared by IOSink and Stdout: the separator only between objects.
void _writeAllTo(StringSink sink, Iterable<dynamic> objects, String separator) {
  Iterator<dynamic> iterator = objects.iterator;
  if (!iterator.moveNext()) return;
  if (separator.isEmpty) {
    do {
      sink.write(iterator.current);
    } while (iterator.moveNext());
  } else {
    sink.write(iterator.current);
    while (iterator.moveNext()) {
      sink.write(separator);
      sink.write(iterator.current);
    }
  }
}

/// File.openWrite's target: the file is opened at once (File.open), each chunk is written with
/// RandomAccessFile.writeFrom while the source is paused, and close closes the file and
/// gives the File. An error closes the file and ends the addStream with it.
final class _FileStreamConsumer implements StreamConsumer<List<int>> {
  final File _file;
  final Future<RandomAccessFile> _openFuture;

  _FileStreamConsumer(File file, FileMode mode)
      : _file = file,
        _openFuture = file.open(mode: mode);

  Future<File?> addStream(Stream<List<int>> stream) {
    Completer<File?> completer = Completer<File?>.sync();
    _openFuture.then((RandomAccessFile opened) {
      late StreamSubscription<List<int>> subscription;
      void fail(Object error, StackTrace stackTrace) {
        subscription.cancel();
        opened.close();
        completer.completeError(error, stackTrace);
      }

      subscription = stream.listen((List<int> data) {
        subscription.pause();
        try {
          opened.writeFrom(data, 0, data.length).then((_) => subscription.resume(), onError: fail);
        } catch (error, stackTrace) {
          fail(error, stackTrace);
        }
      }, onDone: () {
        completer.complete(_file);
      }, onError: fail, cancelOnError: true);
    }).catchError((Object error, StackTrace stackTrace) {
      completer.completeError(error, stackTrace);
    });
    return completer.future;
  }

  Future<File?> close() => _openFuture.then((RandomAccessFile opened) => opened.close()).then((_) => _file);
}
