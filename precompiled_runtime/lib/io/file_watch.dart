part of dart.io;

// FileSystemEntity.watch on Linux: the VM's event classes (sdk/lib/io/file_system_entity.dart)
// and its inotify watcher (sdk/lib/_internal/vm/bin/file_patch.dart, runtime/bin/
// file_system_watcher_linux.cc). The runtime reads inotify on a thread of its own and posts to
// a RawReceivePort (src/io_watch_natives.cpp); this side turns the events into the VM's
// FileSystemEvents: the same kernel events, the same pairing of moves and the same end of the
// stream when the watched path itself goes away.

@pragma('dartc:native', 'dartrt_watch_start')
external int _watchStart(String path, int events, int port);
@pragma('dartc:native', 'dartrt_watch_take')
external String? _watchTake(int handle);
@pragma('dartc:native', 'dartrt_watch_stop')
external void _watchStop(int handle);
@pragma('dartc:native', 'dartrt_watch_release')
external void _watchRelease(int handle);

/// The base class of the events [FileSystemEntity.watch] emits.
sealed class FileSystemEvent {
  /// Bit for [FileSystemEntity.watch]'s `events`: [FileSystemCreateEvent]s.
  static const int create = 1 << 0;

  /// Bit for [FileSystemEntity.watch]'s `events`: [FileSystemModifyEvent]s.
  static const int modify = 1 << 1;

  /// Bit for [FileSystemEntity.watch]'s `events`: [FileSystemDeleteEvent]s.
  static const int delete = 1 << 2;

  /// Bit for [FileSystemEntity.watch]'s `events`: [FileSystemMoveEvent]s.
  static const int move = 1 << 3;

  /// All of [create], [modify], [delete] and [move].
  static const int all = create | modify | delete | move;

  static const int _modifyAttributes = 1 << 4;
  static const int _deleteSelf = 1 << 5;
  static const int _isDir = 1 << 6;

  /// The kind of event: [create], [modify], [delete] or [move].
  final int type;

  /// The path the event is about.
  final String path;

  /// Whether the event is about a directory.
  final bool isDirectory;

  FileSystemEvent._(this.type, this.path, this.isDirectory);
}

final class FileSystemCreateEvent extends FileSystemEvent {
  FileSystemCreateEvent._(String path, bool isDirectory) : super._(FileSystemEvent.create, path, isDirectory);

  String toString() => "FileSystemCreateEvent('$path')";
}

final class FileSystemModifyEvent extends FileSystemEvent {
  /// Whether the content changed, not only the attributes.
  final bool contentChanged;

  FileSystemModifyEvent._(String path, bool isDirectory, this.contentChanged)
      : super._(FileSystemEvent.modify, path, isDirectory);

  String toString() => "FileSystemModifyEvent('$path', contentChanged=$contentChanged)";
}

final class FileSystemDeleteEvent extends FileSystemEvent {
  FileSystemDeleteEvent._(String path, bool isDirectory) : super._(FileSystemEvent.delete, path, isDirectory);

  String toString() => "FileSystemDeleteEvent('$path')";
}

final class FileSystemMoveEvent extends FileSystemEvent {
  /// Where the entity was moved to, when the move stayed inside the watched directory.
  final String? destination;

  FileSystemMoveEvent._(String path, bool isDirectory, this.destination)
      : super._(FileSystemEvent.move, path, isDirectory);

  String toString() {
    var buffer = StringBuffer();
    buffer.write("FileSystemMoveEvent('$path'");
    if (destination != null) buffer.write(", '$destination'");
    buffer.write(')');
    return buffer.toString();
  }
}

/// One inotify event as the runtime encodes it (io_watch_natives.cpp's `encode`).
final class _RawWatchEvent {
  final int bits;
  final int cookie;
  final bool movedTo;
  final String name;
  _RawWatchEvent(this.bits, this.cookie, this.movedTo, this.name);
}

/// One watched path's broadcast stream: watched while it has listeners (the VM's
/// _FileSystemWatcher).
final class _FileWatcher {
  final String _path;
  final int _events;
  late final StreamController<FileSystemEvent> _controller =
      StreamController<FileSystemEvent>.broadcast(onListen: _listen, onCancel: _cancel);
  _WatchSession? _session;

  _FileWatcher(this._path, this._events);

  void _listen() {
    RawReceivePort port = RawReceivePort();
    // A SendPort's hashCode is its port's id (dart:isolate's ports.dart).
    int handle = _watchStart(_path, _events, port.sendPort.hashCode);
    if (handle < 0) {
      OSError error = _lastOSError();
      port.close();
      _controller.addError(FileSystemException._fromOSError(error, "Failed to watch path", _path));
      _controller.close();
      return;
    }
    _WatchSession session = _WatchSession(this, handle, port);
    _session = session;
    port.handler = session._onMessage;
  }

  void _cancel() {
    _session?._stop();
    _session = null;
  }

  String _pathOf(_RawWatchEvent event) => event.name.isEmpty ? _path : '$_path/${event.name}';

  /// One take's events, as the VM's _listenOnSocket turns one read's events into
  /// FileSystemEvents: a move whose two halves are both in it is one FileSystemMoveEvent; a
  /// half alone is a creation or a deletion.
  void _deliver(List<_RawWatchEvent> raw) {
    Map<int, _RawWatchEvent> halves = {};
    bool stop = false;
    for (_RawWatchEvent event in raw) {
      bool isDir = (event.bits & FileSystemEvent._isDir) != 0;
      String path = _pathOf(event);
      if ((event.bits & FileSystemEvent.create) != 0) _add(FileSystemCreateEvent._(path, isDir));
      if ((event.bits & FileSystemEvent.modify) != 0) _add(FileSystemModifyEvent._(path, isDir, true));
      if ((event.bits & FileSystemEvent._modifyAttributes) != 0) {
        _add(FileSystemModifyEvent._(path, isDir, false));
      }
      if ((event.bits & FileSystemEvent.move) != 0) {
        if (event.cookie > 0) {
          _RawWatchEvent? from = halves.remove(event.cookie);
          if (from != null) {
            _add(FileSystemMoveEvent._(_pathOf(from), isDir, path));
          } else {
            halves[event.cookie] = event;
          }
        } else {
          _unpairedMove(event, isDir);
        }
      }
      if ((event.bits & FileSystemEvent.delete) != 0) _add(FileSystemDeleteEvent._(path, false));
      if ((event.bits & FileSystemEvent._deleteSelf) != 0) {
        _add(FileSystemDeleteEvent._(path, false));
        stop = true;
      }
    }
    for (_RawWatchEvent event in halves.values) {
      _unpairedMove(event, (event.bits & FileSystemEvent._isDir) != 0);
    }
    // The watched path itself was deleted or moved away: the stream ends (the VM closes it
    // after the batch's events).
    if (stop) {
      _session?._stop();
      _session = null;
      _controller.close();
    }
  }

  void _unpairedMove(_RawWatchEvent event, bool isDir) {
    String path = _pathOf(event);
    if (event.movedTo) {
      _add(FileSystemCreateEvent._(path, isDir));
    } else {
      _add(FileSystemDeleteEvent._(path, false));
    }
  }

  // Only the kinds the watch asked for (the VM filters by the path's `events`).
  void _add(FileSystemEvent event) {
    if ((event.type & _events) != 0) _controller.add(event);
  }
}

/// One native watcher, from a listen to its end: after a stop, its thread still posts its
/// last message, which releases it.
final class _WatchSession {
  final _FileWatcher _watcher;
  final int _handle;
  final RawReceivePort _port;
  bool _stopped = false;

  _WatchSession(this._watcher, this._handle, this._port);

  void _onMessage(Object? message) {
    String? bytes = _watchTake(_handle);
    if (bytes == null) _throwIfOutOfMemory();
    if (!_stopped && bytes.isNotEmpty) _watcher._deliver(_decode(bytes));
    if (message == 1) {
      // The thread has ended (stopped, or the kernel dropped the watch) and posts no more.
      _watchRelease(_handle);
      _port.close();
      if (!_stopped) {
        _stopped = true;
        _watcher._session = null;
        _watcher._controller.close();
      }
    }
  }

  void _stop() {
    if (_stopped) return;
    _stopped = true;
    _watchStop(_handle);
  }

  static List<_RawWatchEvent> _decode(String bytes) {
    List<_RawWatchEvent> events = [];
    int at = 0;
    int u32() {
      int value = bytes.codeUnitAt(at) |
          (bytes.codeUnitAt(at + 1) << 8) |
          (bytes.codeUnitAt(at + 2) << 16) |
          (bytes.codeUnitAt(at + 3) << 24);
      at += 4;
      return value;
    }

    while (at < bytes.length) {
      int bits = u32();
      int cookie = u32();
      bool movedTo = bytes.codeUnitAt(at++) != 0;
      int length = u32();
      String name = utf8.decode(bytes.substring(at, at + length).codeUnits, allowMalformed: true);
      at += length;
      events.add(_RawWatchEvent(bits, cookie, movedTo, name));
    }
    return events;
  }
}

mixin _EntityAsync {
  String get path;

  /// A broadcast stream of the changes to this file, directory or link (file_watch.dart). On
  /// Linux, as in the VM, `recursive` changes nothing: a directory's own entries are watched.
  Stream<FileSystemEvent> watch({int events = FileSystemEvent.all, bool recursive = false}) =>
      _watchEntity(path, events);
}

Stream<FileSystemEvent> _watchEntity(String path, int events) {
  // The VM watches the path without its trailing separators.
  while (path.length > 1 && path.endsWith('/')) {
    path = path.substring(0, path.length - 1);
  }
  return _FileWatcher(path, events)._controller.stream;
}
