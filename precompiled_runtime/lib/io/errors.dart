part of dart.io;

// The exceptions of dart:io (the VM's sdk/lib/io/common.dart and file.dart) and the natives'
// error protocol: a native that fails returns -1 or null and records errno (src/io_common.h).

@pragma('dartc:native', 'dartrt_io_errno')
external int _ioErrno();
@pragma('dartc:native', 'dartrt_io_error_message')
external String _ioErrorMessage(int code);

/// The OSError of the last failed native.
OSError _lastOSError() {
  int code = _ioErrno();
  return OSError(_ioErrorMessage(code), code);
}

/// A native returned null: an OS error, or (errno 0) a string too big to allocate.
Never _throwIfOutOfMemory() {
  throw const OutOfMemoryError();
}

/// Throws the FileSystemException (or subclass) for the last failed native.
Never _throwFileSystemError(String message, String path) {
  if (_ioErrno() == 0) _throwIfOutOfMemory();
  throw FileSystemException._fromOSError(_lastOSError(), message, path);
}

abstract class IOException implements Exception {
  String toString() => "IOException";
}

class OSError implements Exception {
  static const int noErrorCode = -1;

  final String message;
  final int errorCode;

  const OSError([this.message = "", this.errorCode = noErrorCode]);

  String toString() {
    StringBuffer sb = StringBuffer("OS Error");
    if (message.isNotEmpty) {
      sb.write(": ");
      sb.write(message);
      if (errorCode != noErrorCode) {
        sb.write(", errno = ");
        sb.write(errorCode.toString());
      }
    } else if (errorCode != noErrorCode) {
      sb.write(": errno = ");
      sb.write(errorCode.toString());
    }
    return sb.toString();
  }
}

class FileSystemException implements IOException {
  final String message;
  final String? path;
  final OSError? osError;

  const FileSystemException([this.message = "", this.path = "", this.osError]);

  /// The subclass for the error's errno, as the VM picks it on Linux.
  factory FileSystemException._fromOSError(OSError error, String message, String path) {
    switch (error.errorCode) {
      case 1: // EPERM
      case 13: // EACCES
        return PathAccessException(path, error, message);
      case 17: // EEXIST
        return PathExistsException(path, error, message);
      case 2: // ENOENT
        return PathNotFoundException(path, error, message);
    }
    return FileSystemException(message, path, error);
  }

  String _toStringHelper(String className) {
    StringBuffer sb = StringBuffer(className);
    String? path = this.path;
    OSError? osError = this.osError;
    if (message.isNotEmpty) {
      sb.write(": $message");
      if (path != null) sb.write(", path = '$path'");
      if (osError != null) sb.write(" ($osError)");
    } else if (osError != null) {
      sb.write(": $osError");
      if (path != null) sb.write(", path = '$path'");
    } else if (path != null) {
      sb.write(": $path");
    }
    return sb.toString();
  }

  String toString() => _toStringHelper("FileSystemException");
}

class PathAccessException extends FileSystemException {
  const PathAccessException(String path, OSError osError, [String message = ""]) : super(message, path, osError);
  String toString() => _toStringHelper("PathAccessException");
}

class PathExistsException extends FileSystemException {
  const PathExistsException(String path, OSError osError, [String message = ""]) : super(message, path, osError);
  String toString() => _toStringHelper("PathExistsException");
}

class PathNotFoundException extends FileSystemException {
  const PathNotFoundException(String path, OSError osError, [String message = ""]) : super(message, path, osError);
  String toString() => _toStringHelper("PathNotFoundException");
}

class StdinException implements IOException {
  final String message;
  final OSError? osError;
  const StdinException(this.message, [this.osError]);
  String toString() => "StdinException: $message${osError == null ? "" : ", $osError"}";
}

class StdoutException implements IOException {
  final String message;
  final OSError? osError;
  const StdoutException(this.message, [this.osError]);
  String toString() => "StdoutException: $message${osError == null ? "" : ", $osError"}";
}

class ProcessException implements IOException {
  final String executable;
  final List<String> arguments;
  final String message;
  final int errorCode;

  const ProcessException(this.executable, this.arguments, [this.message = "", this.errorCode = 0]);

  String toString() {
    String args = arguments.join(' ');
    return "ProcessException: $message\n  Command: $executable $args";
  }
}

/// What dartc does not provide yet (the Future and Stream forms need an event loop).
Never _unsupported(String what) => throw UnsupportedError("'$what' is not supported yet by dartc");
