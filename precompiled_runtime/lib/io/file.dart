part of dart.io;

// File, FileMode, RandomAccessFile and Link, synchronous forms (the VM's sdk/lib/io/file.dart,
// file_impl.dart, link.dart): the same checks, messages and exception classes.

@pragma('dartc:native', 'dartrt_io_file_exists')
external int _fileExists(String path);
@pragma('dartc:native', 'dartrt_io_open')
external int _open(String path, int mode);
@pragma('dartc:native', 'dartrt_io_close')
external int _close(int fd);
@pragma('dartc:native', 'dartrt_io_read')
external String? _read(int fd, int max);
@pragma('dartc:native', 'dartrt_io_read_all')
external String? _readAll(int fd);
@pragma('dartc:native', 'dartrt_io_read_byte')
external int _readByte(int fd);
@pragma('dartc:native', 'dartrt_io_write_bytes')
external int _writeBytes(int fd, String bytes, int start, int end);
@pragma('dartc:native', 'dartrt_io_position')
external int _position(int fd);
@pragma('dartc:native', 'dartrt_io_set_position')
external int _setPosition(int fd, int position);
@pragma('dartc:native', 'dartrt_io_length')
external int _length(int fd);
@pragma('dartc:native', 'dartrt_io_truncate')
external int _truncate(int fd, int length);
@pragma('dartc:native', 'dartrt_io_flush')
external int _flush(int fd);
@pragma('dartc:native', 'dartrt_io_length_of_path')
external int _lengthOfPath(String path);
@pragma('dartc:native', 'dartrt_io_last_modified')
external int _lastModified(String path);
@pragma('dartc:native', 'dartrt_io_create_file')
external int _createFile(String path, bool exclusive);
@pragma('dartc:native', 'dartrt_io_delete_file')
external int _deleteFile(String path);
@pragma('dartc:native', 'dartrt_io_delete_link')
external int _deleteLink(String path);
@pragma('dartc:native', 'dartrt_io_copy')
external int _copy(String from, String to);
@pragma('dartc:native', 'dartrt_io_create_link')
external int _createLink(String path, String target);
@pragma('dartc:native', 'dartrt_io_link_target')
external String? _linkTarget(String path);

const int _minInt64 = -9223372036854775808;

class FileMode {
  static const FileMode read = FileMode._(0);
  static const FileMode write = FileMode._(1);
  static const FileMode append = FileMode._(2);
  static const FileMode writeOnly = FileMode._(3);
  static const FileMode writeOnlyAppend = FileMode._(4);

  final int _mode;
  const FileMode._(this._mode);
}

final class File extends FileSystemEntity with _EntityFutures, _EntityAsync, _FileFutures, _FileAsync {
  final String path;

  File(this.path);

  /// The file that a `file:` URI names (Uri.toFilePath's errors for other URIs).
  factory File.fromUri(Uri uri) => File(uri.toFilePath());

  Uri get uri => Uri.file(path);

  File get absolute => isAbsolute ? this : File(_absolutePath);

  bool existsSync() {
    int result = _fileExists(path);
    if (result < 0) _throwFileSystemError("Cannot check existence of file", path);
    return result == 1;
  }

  void createSync({bool recursive = false, bool exclusive = false}) {
    if (recursive) parent.createSync(recursive: true);
    if (_createFile(path, exclusive) < 0) _throwFileSystemError("Cannot create file", path);
  }

  void deleteSync({bool recursive = false}) {
    if (recursive) {
      Directory(path).deleteSync(recursive: true);
      return;
    }
    if (_deleteFile(path) < 0) _throwFileSystemError("Cannot delete file", path);
  }

  File renameSync(String newPath) {
    if (_rename(path, newPath, 0) < 0) _throwFileSystemError("Cannot rename file to '$newPath'", path);
    return File(newPath);
  }

  File copySync(String newPath) {
    if (_copy(path, newPath) < 0) _throwFileSystemError("Cannot copy file to '$newPath'", path);
    return File(newPath);
  }

  int lengthSync() {
    int length = _lengthOfPath(path);
    if (length < 0) _throwFileSystemError("Cannot retrieve length of file", path);
    return length;
  }

  DateTime lastModifiedSync() {
    int ms = _lastModified(path);
    if (ms == _minInt64) _throwFileSystemError("Cannot retrieve modification time", path);
    return DateTime.fromMillisecondsSinceEpoch(ms);
  }

  RandomAccessFile openSync({FileMode mode = FileMode.read}) {
    int fd = _open(path, mode._mode);
    if (fd < 0) _throwFileSystemError("Cannot open file", path);
    return RandomAccessFile._(fd, path);
  }

  // The whole file as a byte string (the natives' currency, see bytes.dart).
  String _readBytes() {
    RandomAccessFile opened = openSync();
    try {
      return opened._readRest();
    } finally {
      opened.closeSync();
    }
  }

  Uint8List readAsBytesSync() => _bytesOf(_readBytes());

  String readAsStringSync({Encoding encoding = utf8}) {
    String bytes = _readBytes();
    try {
      return _decodeBytes(bytes, encoding);
    } catch (_) {
      throw FileSystemException("Failed to decode data using encoding '${encoding.name}'", path);
    }
  }

  List<String> readAsLinesSync({Encoding encoding = utf8}) =>
      const LineSplitter().convert(readAsStringSync(encoding: encoding));

  void writeAsBytesSync(List<int> bytes, {FileMode mode = FileMode.write, bool flush = false}) {
    _writeByteString(_stringOfBytes(bytes, 0, bytes.length), mode, flush);
  }

  void writeAsStringSync(String contents,
      {FileMode mode = FileMode.write, Encoding encoding = utf8, bool flush = false}) {
    _writeByteString(_encodeText(contents, encoding), mode, flush);
  }

  void _writeByteString(String bytes, FileMode mode, bool flush) {
    RandomAccessFile opened = openSync(mode: mode);
    try {
      opened._writeByteString(bytes, 0, bytes.length);
      if (flush) opened.flushSync();
    } finally {
      opened.closeSync();
    }
  }

  String toString() => "File: '$path'";
}

/// An open file (File.openSync), read and written synchronously.
final class RandomAccessFile with _RandomAccessFileAsync, _RandomAccessFileLocks {
  final String path;
  int _fd;

  RandomAccessFile._(this._fd, this.path);

  void _checkAvailable() {
    if (_asyncPending) throw FileSystemException("An async operation is currently pending", path);
    if (_fd < 0 || _closeRequested) throw FileSystemException("File closed", path);
  }

  void closeSync() {
    _checkAvailable();
    int result = _close(_fd);
    _fd = -1;
    if (result < 0) throw FileSystemException("Cannot close file", path);
  }

  int readByteSync() {
    _checkAvailable();
    int result = _readByte(_fd);
    if (result < -1) throw FileSystemException("readByte failed", path, _lastOSError());
    return result;
  }

  Uint8List readSync(int count) {
    _checkAvailable();
    if (count < 0) throw ArgumentError(count);
    String? bytes = _read(_fd, count);
    if (bytes == null) _readFailed();
    return _bytesOf(bytes);
  }

  String _readRest() {
    _checkAvailable();
    String? bytes = _readAll(_fd);
    if (bytes == null) _readFailed();
    return bytes;
  }

  Never _readFailed([String message = "readSync failed"]) {
    if (_ioErrno() == 0) _throwIfOutOfMemory();
    throw FileSystemException(message, path, _lastOSError());
  }

  int readIntoSync(List<int> buffer, [int start = 0, int? end]) {
    _checkAvailable();
    int stop = RangeError.checkValidRange(start, end, buffer.length);
    String? bytes = _read(_fd, stop - start);
    if (bytes == null) _readFailed("readInto failed");
    for (int i = 0; i < bytes.length; i++) {
      buffer[start + i] = bytes.codeUnitAt(i);
    }
    return bytes.length;
  }

  RandomAccessFile writeByteSync(int value) {
    _checkAvailable();
    String byte = String.fromCharCode(value & 0xFF);
    if (_writeBytes(_fd, byte, 0, 1) < 0) throw FileSystemException("writeByte failed", path, _lastOSError());
    return this;
  }

  void writeFromSync(List<int> buffer, [int start = 0, int? end]) {
    _checkAvailable();
    int stop = RangeError.checkValidRange(start, end, buffer.length);
    if (start == stop) return;
    String bytes = _stringOfBytes(buffer, start, stop);
    _writeByteString(bytes, 0, bytes.length);
  }

  void _writeByteString(String bytes, int start, int end) {
    _checkAvailable();
    if (_writeBytes(_fd, bytes, start, end) < 0) throw FileSystemException("writeFrom failed", path, _lastOSError());
  }

  void writeStringSync(String string, {Encoding encoding = utf8}) {
    String bytes = _encodeText(string, encoding);
    _writeByteString(bytes, 0, bytes.length);
  }

  int positionSync() {
    _checkAvailable();
    int result = _position(_fd);
    if (result < 0) throw FileSystemException("position failed", path, _lastOSError());
    return result;
  }

  void setPositionSync(int position) {
    _checkAvailable();
    if (_setPosition(_fd, position) < 0) throw FileSystemException("setPosition failed", path, _lastOSError());
  }

  void truncateSync(int length) {
    _checkAvailable();
    if (_truncate(_fd, length) < 0) throw FileSystemException("truncate failed", path, _lastOSError());
  }

  int lengthSync() {
    _checkAvailable();
    int result = _length(_fd);
    if (result < 0) throw FileSystemException("length failed", path, _lastOSError());
    return result;
  }

  void flushSync() {
    _checkAvailable();
    if (_flush(_fd) < 0) throw FileSystemException("flush failed", path, _lastOSError());
  }

  String toString() => "RandomAccessFile: '$path'";
}

final class Link extends FileSystemEntity with _EntityFutures, _EntityAsync, _LinkAsync {
  final String path;

  Link(this.path);

  factory Link.fromUri(Uri uri) => Link(uri.toFilePath());

  Uri get uri => Uri.file(path);

  Link get absolute => isAbsolute ? this : Link(_absolutePath);

  bool existsSync() => _entityType(path, false) == 2;

  void createSync(String target, {bool recursive = false}) {
    if (recursive) parent.createSync(recursive: true);
    if (_createLink(path, target) < 0) {
      _throwFileSystemError("Cannot create link to target '$target'", path);
    }
  }

  String targetSync() => _linkTarget(path) ?? _throwFileSystemError("Cannot get target of link", path);

  void deleteSync({bool recursive = false}) {
    if (recursive) {
      Directory(path).deleteSync(recursive: true);
      return;
    }
    if (_deleteLink(path) < 0) _throwFileSystemError("Cannot delete link", path);
  }

  Link renameSync(String newPath) {
    if (_rename(path, newPath, 2) < 0) _throwFileSystemError("Cannot rename link to '$newPath'", path);
    return Link(newPath);
  }

  String toString() => "Link: '$path'";
}
