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

final Stdout stdout = Stdout._(true);
final Stdout stderr = Stdout._(false);

class Stdout {
  final bool _isStdout;
  Stdout._(this._isStdout);

  void write(Object? object) {
    String s = object.toString();
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

  void writeCharCode(int charCode) {
    write(String.fromCharCode(charCode));
  }
}

abstract final class Platform {
  static int get numberOfProcessors => _numberOfProcessors();
}
