// dart:io for dartc: the parts command-line programs use (stdout, stderr, exit, Platform).
library dart.io;

/// Ends the process with [code] after flushing stdout.
Never exit(int code) {
  if (code < 0 || code > 255) {
    throw ArgumentError("Exit code must be in the range 0..255: $code");
  }
  _exit(code);
}

external Never _exit(int code);
external void _writeStdout(String s);
external void _writeStderr(String s);
external int _numberOfProcessors();

@pragma('dartc:native', 'dartrt_write_bytes_of')
external void _writeBytesOf(String latin1, bool toStderr);

final Stdout stdout = Stdout._(true);
final Stdout stderr = Stdout._(false);

/// stdout and stderr: synchronous, buffered like the VM's (print and stdout share the buffer).
class Stdout implements StringSink {
  final bool _isStdout;
  Stdout._(this._isStdout);

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
    List<int> bytes = List<int>.filled(data.length, 0);
    for (int i = 0; i < data.length; i++) {
      bytes[i] = data[i] & 0xFF;
    }
    _writeBytesOf(String.fromCharCodes(bytes), !_isStdout);
  }

  bool get hasTerminal => false;
}

abstract final class Platform {
  static int get numberOfProcessors => _numberOfProcessors();
  static String get operatingSystem => "linux";
  static bool get isLinux => true;
  static bool get isMacOS => false;
  static bool get isWindows => false;
  static bool get isAndroid => false;
  static bool get isIOS => false;
  static bool get isFuchsia => false;
  static String get pathSeparator => "/";
  static String get lineTerminator => "\n";
}

/// Blocks the isolate for [duration] (timers and microtasks wait too), as the VM's sleep.
void sleep(Duration duration) {
  // Whole milliseconds, as the VM's sleep (sdk/lib/_internal/vm/bin/io_patch's sleep).
  int milliseconds = duration.inMilliseconds;
  if (milliseconds < 0) {
    throw ArgumentError("sleep: duration cannot be negative");
  }
  _sleepMicros(milliseconds * 1000);
}

@pragma('dartc:native', 'dartrt_sleep_micros')
external void _sleepMicros(int micros);
