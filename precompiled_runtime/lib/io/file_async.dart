part of dart.io;

// The Future forms of File.open and openWrite, RandomAccessFile and Link (sdk/lib/io/
// file_impl.dart, link.dart). As in io_futures.dart, each operation is the synchronous form run
// later from the event loop (_runLater); the texts are the VM's async ones ("read failed" where
// readSync says "readSync failed").

mixin _FileAsync {
  String get path;
  RandomAccessFile openSync({FileMode mode = FileMode.read});

  Future<RandomAccessFile> open({FileMode mode = FileMode.read}) =>
      _runLater<RandomAccessFile>(() => openSync(mode: mode));

  /// An IOSink writing to this file, opened now (an open failure is the sink's `done` error).
  IOSink openWrite({FileMode mode = FileMode.write, Encoding encoding = utf8}) {
    if (mode == FileMode.read) throw ArgumentError('Invalid file mode for this operation');
    return _IOSinkImpl(_FileStreamConsumer(this as File, mode), encoding);
  }
}

mixin _LinkAsync {
  String get path;
  void createSync(String target, {bool recursive = false});
  String targetSync();
  Link renameSync(String newPath);

  Future<Link> create(String target, {bool recursive = false}) => _runLater<Link>(() {
        createSync(target, recursive: recursive);
        return this as Link;
      });

  Future<String> target() => _runLater<String>(targetSync);

  Future<Link> rename(String newPath) => _runLater<Link>(() => renameSync(newPath));
}

/// RandomAccessFile's Future forms. As in the VM, one operation at a time: another one while
/// it is pending fails with "An async operation is currently pending" (a synchronous one
/// throws it), and after `close()` is called every operation fails with "File closed".
mixin _RandomAccessFileAsync {
  String get path;
  int get _fd;

  bool _asyncPending = false;
  bool _closeRequested = false;

  void closeSync();
  int readByteSync();
  RandomAccessFile writeByteSync(int value);
  void _writeByteString(String bytes, int start, int end);
  int positionSync();
  void setPositionSync(int position);
  void truncateSync(int length);
  int lengthSync();
  void flushSync();
  Never _readFailed([String message = "readSync failed"]);

  RandomAccessFile get _self => this as RandomAccessFile;

  Future<T> _dispatch<T>(T Function() operation, {bool closing = false}) {
    if (_fd < 0 || _closeRequested) return Future<T>.error(FileSystemException("File closed", path));
    if (_asyncPending) {
      return Future<T>.error(FileSystemException("An async operation is currently pending", path));
    }
    if (closing) _closeRequested = true;
    _asyncPending = true;
    return _runLater<T>(() {
      // The synchronous form below checks availability again.
      _asyncPending = false;
      _closeRequested = false;
      return operation();
    });
  }

  Future<void> close() => _dispatch<void>(closeSync, closing: true);

  Future<int> readByte() => _dispatch<int>(readByteSync);

  Future<Uint8List> read(int count) => _dispatch<Uint8List>(() => _bytesOf(_readChunk(count, "read failed")));

  Future<int> readInto(List<int> buffer, [int start = 0, int? end]) {
    int stop = RangeError.checkValidRange(start, end, buffer.length);
    if (stop == start) return Future<int>.value(0);
    return _dispatch<int>(() {
      String bytes = _readChunk(stop - start, "readInto failed");
      for (int i = 0; i < bytes.length; i++) {
        buffer[start + i] = bytes.codeUnitAt(i);
      }
      return bytes.length;
    });
  }

  String _readChunk(int count, String message) {
    if (count < 0) throw ArgumentError(count);
    return _read(_fd, count) ?? _readFailed(message);
  }

  Future<RandomAccessFile> writeByte(int value) => _dispatch<RandomAccessFile>(() => writeByteSync(value));

  Future<RandomAccessFile> writeFrom(List<int> buffer, [int start = 0, int? end]) {
    int stop = RangeError.checkValidRange(start, end, buffer.length);
    if (stop == start) return Future<RandomAccessFile>.value(_self);
    // The bytes are taken now, as the VM's request does.
    String bytes = _stringOfBytes(buffer, start, stop);
    return _dispatch<RandomAccessFile>(() {
      _writeByteString(bytes, 0, bytes.length);
      return _self;
    });
  }

  Future<RandomAccessFile> writeString(String string, {Encoding encoding = utf8}) {
    List<int> data = encoding.encode(string);
    return writeFrom(data, 0, data.length);
  }

  Future<int> position() => _dispatch<int>(positionSync);

  Future<RandomAccessFile> setPosition(int position) => _dispatch<RandomAccessFile>(() {
        setPositionSync(position);
        return _self;
      });

  Future<RandomAccessFile> truncate(int length) => _dispatch<RandomAccessFile>(() {
        truncateSync(length);
        return _self;
      });

  Future<int> length() => _dispatch<int>(lengthSync);

  Future<RandomAccessFile> flush() => _dispatch<RandomAccessFile>(() {
        flushSync();
        return _self;
      });
}
