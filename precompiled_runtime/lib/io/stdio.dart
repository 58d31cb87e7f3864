part of dart.io;

// stdin, stdout and stderr (the VM's sdk/lib/io/stdio.dart): stdout is the
// runtime's buffer that print shares; stdin is read through the runtime's buffer.

external Never _exit(int code);
external void _writeStdout(String s);
external void _writeStderr(String s);

@pragma('dartc:native', 'dartrt_write_bytes_of')
external void _writeBytesOf(String latin1, bool toStderr);
@pragma('dartc:native', 'dartrt_stdout_flush')
external void _flushStdout();
@pragma('dartc:native', 'dartrt_stdio_write_failed')
external int _stdioWriteFailed(int fd);
@pragma('dartc:native', 'dartrt_io_close_stdio')
external int _closeStdio(int fd);
@pragma('dartc:native', 'dartrt_io_is_terminal')
external int _isTerminal(int fd);
@pragma('dartc:native', 'dartrt_io_terminal_size')
external int _terminalSize(int fd, bool columns);

@pragma('dartc:native', 'dartrt_stdin_read_byte')
external int _stdinReadByte();
@pragma('dartc:native', 'dartrt_stdin_read_line')
external String? _stdinReadLine(bool retainNewlines);
@pragma('dartc:native', 'dartrt_stdin_mode')
external int _stdinMode(bool lineMode);
@pragma('dartc:native', 'dartrt_stdin_set_mode')
external int _stdinSetMode(bool lineMode, bool enabled);

/// Ends the process with [code] after flushing stdout.
Never exit(int code) {
  if (code < 0 || code > 255) {
    throw ArgumentError("Exit code must be in the range 0..255: $code");
  }
  _exit(code);
}

final Stdin stdin = Stdin._();
final Stdout stdout = Stdout._(true);
final Stdout stderr = Stdout._(false);

/// Standard input: read synchronously (readLineSync, readByteSync), or as a Stream of byte
/// chunks (stdin_stream.dart).
class Stdin extends Stream<List<int>> {
  Stdin._();

  StreamSubscription<List<int>> listen(void Function(List<int> event)? onData,
          {Function? onError, void Function()? onDone, bool? cancelOnError}) =>
      (_stdinStream ??= _readStdinChunks())
          .listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);

  /// The next line without its terminator ("\n" or "\r\n"), or null at the end of input.
  String? readLineSync({Encoding encoding = systemEncoding, bool retainNewlines = false}) {
    String? bytes = _stdinReadLine(retainNewlines);
    if (bytes == null) return null;
    return _decodeBytes(bytes, encoding);
  }

  /// The next byte, or -1 at the end of input.
  int readByteSync() => _stdinReadByte();

  bool get hasTerminal => _isTerminal(0) == 1;

  bool get echoMode => _mode(false, "Error getting terminal echo mode");
  set echoMode(bool enabled) => _setMode(false, enabled, "Error setting terminal echo mode");
  bool get lineMode => _mode(true, "Error getting terminal line mode");
  set lineMode(bool enabled) => _setMode(true, enabled, "Error setting terminal line mode");

  bool _mode(bool lineMode, String message) {
    int result = _stdinMode(lineMode);
    if (result < 0) throw StdinException(message, _lastOSError());
    return result == 1;
  }

  void _setMode(bool lineMode, bool enabled, String message) {
    if (_stdinSetMode(lineMode, enabled) < 0) throw StdinException(message, _lastOSError());
  }
}

/// stdout and stderr as IOSinks. Writes are synchronous, as the VM's (its _StdConsumer writes
/// each chunk with writeFromSync), and stdout shares the runtime's buffer with print; the
/// IOSink rules around them are the VM's _StreamSinkImpl's: a write after `close` is
/// "StreamSink is closed", any call but `done` while an `addStream` runs is "StreamSink is bound
/// to a stream", after an `addError` (which ends `done` with that error) writes are dropped.
/// `close` points the descriptor at /dev/null (io_stdio_natives.cpp), so later prints vanish.
class Stdout implements IOSink {
  final bool _isStdout;
  Encoding _encoding = systemEncoding;
  bool _isClosed = false;
  bool _isBound = false;
  bool _hasError = false;
  Completer<dynamic>? _doneCompleter;

  Stdout._(this._isStdout);

  int get _fd => _isStdout ? 1 : 2;

  Encoding get encoding => _encoding;
  set encoding(Encoding value) {
    _encoding = value;
  }

  // The checks of the VM's add (closed first, then bound); false: drop the write.
  bool _canWrite() {
    if (_isClosed) throw StateError("StreamSink is closed");
    if (_isBound) throw StateError("StreamSink is bound to a stream");
    return !_hasError;
  }

  void write(Object? object) {
    String s = object is String ? object : object.toString();
    if (s.isEmpty || !_canWrite()) return;
    if (_encoding is SystemEncoding || _encoding is Utf8Codec) {
      if (_isStdout) {
        _writeStdout(s);
      } else {
        _writeStderr(s);
      }
      _checkWritten();
    } else {
      _writeBytes(_encoding.encode(s));
    }
  }

  void writeln([Object? object = ""]) {
    write(object);
    write("\n");
  }

  void writeAll(Iterable<dynamic> objects, [String separator = ""]) {
    _writeAllTo(this, objects, separator);
  }

  void writeCharCode(int charCode) {
    write(String.fromCharCode(charCode));
  }

  /// Writes the bytes (each value's low 8 bits) as they are, without encoding.
  void add(List<int> data) {
    if (_canWrite()) _writeBytes(data);
  }

  void _writeBytes(List<int> data) {
    if (_hasError) return;
    _writeBytesOf(_stringOfBytes(data, 0, data.length), !_isStdout);
    _checkWritten();
  }

  // The runtime writes stdout's buffer when it is full (stderr at once) and records a failed
  // write (a reader that has gone: SIGPIPE is ignored, as in the VM). The sink then ends as the
  // VM's does when its _StdConsumer's writeFromSync throws: `done` completes with the
  // FileSystemException (an uncaught error unless someone listens), later writes are dropped.
  void _checkWritten() {
    if (_stdioWriteFailed(_fd) < 0) {
      _fail(FileSystemException("writeFrom failed", "", _lastOSError()), StackTrace.current);
    }
  }

  void _fail(Object error, StackTrace? stackTrace) {
    _hasError = true;
    (_doneCompleter ??= Completer<dynamic>()).completeError(error, stackTrace);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    if (!_canWrite()) return;
    _fail(error, stackTrace);
  }

  /// Writes each chunk of [stream] as it comes; the future completes when the stream is done,
  /// or with its first error (which ends the adding).
  Future addStream(Stream<List<int>> stream) {
    if (_isBound) throw StateError("StreamSink is already bound to a stream");
    if (_hasError) return done;
    _isBound = true;
    Completer<dynamic> completer = Completer<dynamic>();
    stream.listen(_writeBytes, onError: (Object error, StackTrace stackTrace) {
      completer.completeError(error, stackTrace);
    }, onDone: () {
      completer.complete();
    }, cancelOnError: true);
    return completer.future.whenComplete(() {
      _isBound = false;
    });
  }

  /// Writes the buffered output now; the future completes later (writes are synchronous).
  Future flush() {
    if (_isBound) throw StateError("StreamSink is bound to a stream");
    _flushStdout();
    if (!_hasError) _checkWritten();
    return Future<dynamic>.value(this);
  }

  /// Flushes, then points the descriptor at /dev/null; `done` completes with null.
  Future close() {
    if (_isBound) throw StateError("StreamSink is bound to a stream");
    // After an addError the VM never reaches its consumer's close: the descriptor stays open.
    if (!_isClosed) {
      _isClosed = true;
      if (!_hasError) {
        Completer<dynamic> completer = _doneCompleter ??= Completer<dynamic>();
        if (_closeStdio(_fd) < 0) {
          completer.completeError(StdoutException("Cannot close", _lastOSError()));
        } else {
          completer.complete(null);
        }
      }
    }
    return done;
  }

  Future get done => (_doneCompleter ??= Completer<dynamic>()).future;

  bool get hasTerminal => _isTerminal(_fd) == 1;

  int get terminalColumns => _terminalSize_(true);
  int get terminalLines => _terminalSize_(false);

  int _terminalSize_(bool columns) {
    int size = _terminalSize(_fd, columns);
    if (size < 0) throw StdoutException("Could not get terminal size", _lastOSError());
    return size;
  }
}
