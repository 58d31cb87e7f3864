part of dart.io;

// RandomAccessFile's locks, as the VM's file_impl.dart: the argument checks and texts of each
// form, natives in src/io_lock_natives.cpp (fcntl record locks, as runtime/bin/file_linux.cc).

@pragma('dartc:native', 'dartrt_io_lock')
external int _lockNative(int fd, int lock, int start, int end);

/// The type of lock `RandomAccessFile.lock` takes (sdk/lib/io/file.dart's values).
final class FileLock {
  /// Shared file lock.
  static const shared = FileLock._internal(1);

  /// Exclusive file lock.
  static const exclusive = FileLock._internal(2);

  /// Blocking shared file lock.
  static const blockingShared = FileLock._internal(3);

  /// Blocking exclusive file lock.
  static const blockingExclusive = FileLock._internal(4);

  final int _type;

  const FileLock._internal(this._type);
}

const int _lockUnlock = 0;

bool _invalidLockRange(int start, int end) => start < 0 || end < -1 || (end != -1 && start >= end);

mixin _RandomAccessFileLocks {
  String get path;
  int get _fd;
  void _checkAvailable();
  Future<T> _dispatch<T>(T Function() operation, {bool closing = false});
  RandomAccessFile get _self;

  /// Locks bytes [start] to [end] (-1: to the end of the file, and beyond it); the blocking
  /// modes wait for a conflicting lock of another process to go. "lock failed" otherwise.
  void lockSync([FileLock mode = FileLock.exclusive, int start = 0, int end = -1]) {
    _checkAvailable();
    if (_invalidLockRange(start, end)) throw ArgumentError();
    _lockOrThrow(mode._type, start, end, 'lock failed', false);
  }

  /// The VM checks only `start == end` here; other bad ranges are the native's "Invalid
  /// argument".
  void unlockSync([int start = 0, int end = -1]) {
    _checkAvailable();
    if (start == end) throw ArgumentError();
    _lockOrThrow(_lockUnlock, start, end, 'unlock failed', false);
  }

  /// The arguments are checked at once (an ArgumentError is thrown, not returned); the lock is
  /// taken later from the event loop, like the other operations (a blocking mode blocks the
  /// isolate while it waits: dartc has no I/O threads, docs/io.md).
  Future<RandomAccessFile> lock([FileLock mode = FileLock.exclusive, int start = 0, int end = -1]) {
    if (_invalidLockRange(start, end)) throw ArgumentError();
    return _dispatch<RandomAccessFile>(() {
      _lockOrThrow(mode._type, start, end, 'lock failed', true);
      return _self;
    });
  }

  Future<RandomAccessFile> unlock([int start = 0, int end = -1]) {
    if (start == end) throw ArgumentError();
    return _dispatch<RandomAccessFile>(() {
      _lockOrThrow(_lockUnlock, start, end, 'unlock failed', true);
      return _self;
    });
  }

  // The sync forms throw FileSystemException itself; the async ones the subclass for the
  // errno, as the VM's _exceptionFromResponse.
  void _lockOrThrow(int lock, int start, int end, String message, bool async) {
    int result = _lockNative(_fd, lock, start, end);
    if (result == 0) return;
    OSError error = result == -2 ? const OSError("Invalid argument") : _lastOSError();
    if (async) throw FileSystemException._fromOSError(error, message, path);
    throw FileSystemException(message, path, error);
  }
}
