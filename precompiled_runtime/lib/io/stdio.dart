part of dart.io;

// stdin, stdout and stderr (the VM's sdk/lib/io/stdio.dart), synchronous: stdout is the
// runtime's buffer that print shares; stdin is read through the runtime's buffer.

external Never _exit(int code);
external void _writeStdout(String s);
external void _writeStderr(String s);

@pragma('dartc:native', 'dartrt_write_bytes_of')
external void _writeBytesOf(String latin1, bool toStderr);
@pragma('dartc:native', 'dartrt_stdout_flush')
external void _flushStdout();
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

/// Standard input, read synchronously (the Stream interface needs an event loop).
class Stdin with _StdinListen, _StdinStream {
  Stdin._();

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

/// stdout and stderr: synchronous, buffered like the VM's (print and stdout share the buffer).
class Stdout with _StdoutStream implements StringSink {
  final bool _isStdout;
  Stdout._(this._isStdout);

  int get _fd => _isStdout ? 1 : 2;

  void write(Object? object) {
    String s = object is String ? object : object.toString();
    if (_isStdout) {
      _writeStdout(s);
    } else {
      _writeStderr(s);
    }
  }

  void writeln([Object? object = ""]) {
    write(object);
    write("\n");
  }

  void writeAll(Iterable<dynamic> objects, [String separator = ""]) {
    Iterator<dynamic> iterator = objects.iterator;
    if (!iterator.moveNext()) return;
    if (separator.isEmpty) {
      do {
        write(iterator.current);
      } while (iterator.moveNext());
    } else {
      write(iterator.current);
      while (iterator.moveNext()) {
        write(separator);
        write(iterator.current);
      }
    }
  }

  void writeCharCode(int charCode) {
    write(String.fromCharCode(charCode));
  }

  /// Writes the bytes (each value's low 8 bits) as they are, without encoding.
  void add(List<int> data) {
    _writeBytesOf(_stringOfBytes(data, 0, data.length), !_isStdout);
  }

  /// Writes the buffered output now (synchronous here; the VM's returns a Future).
  void flush() => _flushStdout();

  Encoding get encoding => systemEncoding;

  bool get hasTerminal => _isTerminal(_fd) == 1;

  int get terminalColumns => _terminalSize_(true);
  int get terminalLines => _terminalSize_(false);

  int _terminalSize_(bool columns) {
    int size = _terminalSize(_fd, columns);
    if (size < 0) throw StdoutException("Could not get terminal size", _lastOSError());
    return size;
  }
}
