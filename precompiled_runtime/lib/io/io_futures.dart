part of dart.io;

// dart:io's Future and Stream forms of files, directories and processes (docs/io.md, "The
// Future and Stream forms"). The VM runs each operation on its I/O thread pool and completes
// the future when the result comes back to the event loop, so it never completes before the
// caller's current code and pending microtasks have run. dartc has no I/O threads: the
// synchronous form runs inside a Timer.run callback and the future completes there (with the
// same result, or the same FileSystemException / ProcessException), which keeps that
// "completes later" contract; operations do not overlap with each other or with Dart code.

Future<T> _runLater<T>(T Function() operation) {
  Completer<T> completer = Completer<T>.sync();
  Timer.run(() {
    T result;
    try {
      result = operation();
    } catch (error, stackTrace) {
      completer.completeError(error, stackTrace);
      return;
    }
    completer.complete(result);
  });
  return completer.future;
}

// The VM's _FileStream reads 64 KiB at a time.
const int _readBlockSize = 64 * 1024;

mixin _EntityFutures {
  String get path;
  bool existsSync();
  void deleteSync({bool recursive = false});
  FileStat statSync();
  String resolveSymbolicLinksSync();

  Future<bool> exists() => _runLater<bool>(existsSync);

  Future<FileSystemEntity> delete({bool recursive = false}) => _runLater<FileSystemEntity>(() {
        deleteSync(recursive: recursive);
        return this as FileSystemEntity;
      });

  Future<FileStat> stat() => _runLater<FileStat>(statSync);

  Future<String> resolveSymbolicLinks() => _runLater<String>(resolveSymbolicLinksSync);
}

mixin _FileFutures {
  String get path;
  void createSync({bool recursive = false, bool exclusive = false});
  File renameSync(String newPath);
  File copySync(String newPath);
  int lengthSync();
  DateTime lastModifiedSync();
  RandomAccessFile openSync({FileMode mode = FileMode.read});
  Uint8List readAsBytesSync();
  String readAsStringSync({Encoding encoding = utf8});
  List<String> readAsLinesSync({Encoding encoding = utf8});
  void writeAsBytesSync(List<int> bytes, {FileMode mode = FileMode.write, bool flush = false});
  void writeAsStringSync(String contents,
      {FileMode mode = FileMode.write, Encoding encoding = utf8, bool flush = false});

  // The VM's async exists() says "Cannot check existence", its existsSync "... of file".
  Future<bool> exists() => _runLater<bool>(() {
        int result = _fileExists(path);
        if (result < 0) _throwFileSystemError("Cannot check existence", path);
        return result == 1;
      });

  Future<File> create({bool recursive = false, bool exclusive = false}) => _runLater<File>(() {
        createSync(recursive: recursive, exclusive: exclusive);
        return this as File;
      });

  Future<File> rename(String newPath) => _runLater<File>(() => renameSync(newPath));

  Future<File> copy(String newPath) => _runLater<File>(() => copySync(newPath));

  Future<int> length() => _runLater<int>(lengthSync);

  Future<DateTime> lastModified() => _runLater<DateTime>(lastModifiedSync);

  Future<Uint8List> readAsBytes() => _runLater<Uint8List>(readAsBytesSync);

  Future<String> readAsString({Encoding encoding = utf8}) =>
      _runLater<String>(() => readAsStringSync(encoding: encoding));

  Future<List<String>> readAsLines({Encoding encoding = utf8}) =>
      _runLater<List<String>>(() => readAsLinesSync(encoding: encoding));

  Future<File> writeAsBytes(List<int> bytes, {FileMode mode = FileMode.write, bool flush = false}) =>
      _runLater<File>(() {
        writeAsBytesSync(bytes, mode: mode, flush: flush);
        return this as File;
      });

  Future<File> writeAsString(String contents,
          {FileMode mode = FileMode.write, Encoding encoding = utf8, bool flush = false}) =>
      _runLater<File>(() {
        writeAsStringSync(contents, mode: mode, encoding: encoding, flush: flush);
        return this as File;
      });

  /// The bytes from [start] (default 0) to [end] (default the end of the file), in chunks of
  /// at most 64 KiB, each read later from the event loop; the file is closed when the stream
  /// ends or its listener cancels. A failed open is the stream's error event.
  Stream<List<int>> openRead([int? start, int? end]) async* {
    RandomAccessFile file = await _runLater<RandomAccessFile>(() => openSync());
    try {
      int position = start ?? 0;
      if (position != 0) file.setPositionSync(position);
      while (end == null || position < end) {
        int count = _readBlockSize;
        if (end != null && end - position < count) count = end - position;
        Uint8List chunk = await _runLater<Uint8List>(() => file.readSync(count));
        if (chunk.isEmpty) break;
        position += chunk.length;
        yield chunk;
      }
    } finally {
      file.closeSync();
    }
  }
}

mixin _DirectoryFutures {
  String get path;
  void createSync({bool recursive = false});
  Directory createTempSync([String? prefix]);
  Directory renameSync(String newPath);
  List<FileSystemEntity> listSync({bool recursive = false, bool followLinks = true});

  Future<Directory> create({bool recursive = false}) => _runLater<Directory>(() {
        createSync(recursive: recursive);
        return this as Directory;
      });

  Future<Directory> createTemp([String? prefix]) => _runLater<Directory>(() => createTempSync(prefix));

  Future<Directory> rename(String newPath) => _runLater<Directory>(() => renameSync(newPath));

  /// The entries listSync gives, one event each. The whole listing is made in one step later
  /// from the event loop (the VM lists in chunks on an I/O thread); a failure is the stream's
  /// error event, after which it is done.
  Stream<FileSystemEntity> list({bool recursive = false, bool followLinks = true}) async* {
    List<FileSystemEntity> entries =
        await _runLater<List<FileSystemEntity>>(() => listSync(recursive: recursive, followLinks: followLinks));
    for (FileSystemEntity entry in entries) {
      yield entry;
    }
  }
}
