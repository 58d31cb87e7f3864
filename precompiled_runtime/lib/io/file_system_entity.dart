part of dart.io;

// FileSystemEntity, its types and FileStat (the VM's sdk/lib/io/file_system_entity.dart).

@pragma('dartc:native', 'dartrt_io_type')
external int _entityType(String path, bool followLinks);
@pragma('dartc:native', 'dartrt_io_stat')
external int _stat(String path);
@pragma('dartc:native', 'dartrt_io_stat_field')
external int _statField(int field);
@pragma('dartc:native', 'dartrt_io_resolve')
external String? _resolveSymbolicLinks(String path);
@pragma('dartc:native', 'dartrt_io_rename')
external int _rename(String from, String to, int expectedType);

class FileSystemEntityType {
  static const FileSystemEntityType file = FileSystemEntityType._(0);
  static const FileSystemEntityType directory = FileSystemEntityType._(1);
  static const FileSystemEntityType link = FileSystemEntityType._(2);
  static const FileSystemEntityType unixDomainSocket = FileSystemEntityType._(3);
  static const FileSystemEntityType pipe = FileSystemEntityType._(4);
  static const FileSystemEntityType notFound = FileSystemEntityType._(5);

  final int _type;
  const FileSystemEntityType._(this._type);

  static FileSystemEntityType _of(int type) {
    switch (type) {
      case 0:
        return file;
      case 1:
        return directory;
      case 2:
        return link;
      case 3:
        return unixDomainSocket;
      case 4:
        return pipe;
    }
    return notFound;
  }

  String toString() => const ['file', 'directory', 'link', 'unixDomainSocket', 'pipe', 'notFound'][_type];
}

class FileStat {
  final DateTime changed;
  final DateTime modified;
  final DateTime accessed;
  final FileSystemEntityType type;
  final int mode;
  final int size;

  FileStat._(this.changed, this.modified, this.accessed, this.type, this.mode, this.size);

  static Future<FileStat> stat(String path) => _runLater<FileStat>(() => statSync(path));

  /// stat() of [path] (links followed); a FileStat of type notFound when it fails.
  static FileStat statSync(String path) {
    int type = _stat(path);
    if (type < 0) {
      DateTime zero = DateTime.fromMillisecondsSinceEpoch(0);
      return FileStat._(zero, zero, zero, FileSystemEntityType.notFound, 0, -1);
    }
    return FileStat._(
        DateTime.fromMillisecondsSinceEpoch(_statField(0)),
        DateTime.fromMillisecondsSinceEpoch(_statField(1)),
        DateTime.fromMillisecondsSinceEpoch(_statField(2)),
        FileSystemEntityType._of(type),
        _statField(3),
        _statField(4));
  }

  /// The permission bits as "rwxrwxrwx", with "(suid) ", "(guid) ", "(sticky) " prefixes.
  String modeString() {
    int permissions = mode & 0xFFF;
    const List<String> codes = ['---', '--x', '-w-', '-wx', 'r--', 'r-x', 'rw-', 'rwx'];
    StringBuffer result = StringBuffer();
    if ((permissions & 0x800) != 0) result.write("(suid) ");
    if ((permissions & 0x400) != 0) result.write("(guid) ");
    if ((permissions & 0x200) != 0) result.write("(sticky) ");
    result.write(codes[(permissions >> 6) & 0x7]);
    result.write(codes[(permissions >> 3) & 0x7]);
    result.write(codes[permissions & 0x7]);
    return result.toString();
  }

  String toString() => """
FileStat: type $type
          changed $changed
          modified $modified
          accessed $accessed
          mode ${modeString()}
          size $size""";
}

abstract class FileSystemEntity {
  String get path;
  Uri get uri;

  bool existsSync();
  FileSystemEntity renameSync(String newPath);
  void deleteSync({bool recursive = false});
  FileSystemEntity get absolute;

  FileStat statSync() => FileStat.statSync(path);

  bool get isAbsolute => path.startsWith('/');

  String resolveSymbolicLinksSync() =>
      _resolveSymbolicLinks(path) ?? _throwFileSystemError("Cannot resolve symbolic links", path);

  Directory get parent => Directory(parentOf(path));

  String get _absolutePath {
    if (isAbsolute) return path;
    String current = Directory.current.path;
    return current.endsWith('/') ? '$current$path' : '$current/$path';
  }

  static Future<FileSystemEntityType> type(String path, {bool followLinks = true}) =>
      _runLater<FileSystemEntityType>(() => typeSync(path, followLinks: followLinks));
  static Future<bool> isFile(String path) => _runLater<bool>(() => isFileSync(path));
  static Future<bool> isDirectory(String path) => _runLater<bool>(() => isDirectorySync(path));
  static Future<bool> isLink(String path) => _runLater<bool>(() => isLinkSync(path));

  static FileSystemEntityType typeSync(String path, {bool followLinks = true}) =>
      FileSystemEntityType._of(_entityType(path, followLinks));

  /// Whether [watch] works here: on Linux it does (inotify).
  static bool get isWatchSupported => true;

  static bool isFileSync(String path) => _entityType(path, true) == 0;
  static bool isDirectorySync(String path) => _entityType(path, true) == 1;
  static bool isLinkSync(String path) => _entityType(path, false) == 2;

  /// The parent directory's path: everything before the last separator that has a
  /// non-separator on both sides; "/" for a path in the root; "." for a relative name.
  static String parentOf(String path) {
    int rootEnd = path.startsWith('/') ? 0 : -1;
    // The last index i with path[i] != '/', then a run of '/', then a non-'/'.
    int pos = -1;
    for (int i = path.length - 1; i > 0; i--) {
      if (path.codeUnitAt(i) == 0x2F) continue;
      if (path.codeUnitAt(i - 1) != 0x2F) continue;
      int j = i - 1;
      while (j >= 0 && path.codeUnitAt(j) == 0x2F) {
        j--;
      }
      if (j >= 0) {
        pos = j;
        break;
      }
    }
    if (pos > rootEnd) return path.substring(0, pos + 1);
    if (rootEnd > -1) return path.substring(0, rootEnd + 1);
    return '.';
  }
}
