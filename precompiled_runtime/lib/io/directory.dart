part of dart.io;

// Directory (the VM's sdk/lib/io/directory.dart, directory_impl.dart), synchronous forms.

@pragma('dartc:native', 'dartrt_io_directory_exists')
external int _directoryExists(String path);
@pragma('dartc:native', 'dartrt_io_create_directory')
external int _createDirectory(String path);
@pragma('dartc:native', 'dartrt_io_delete_directory')
external int _deleteDirectory(String path, bool recursive);
@pragma('dartc:native', 'dartrt_io_list_directory')
external String? _listDirectory(String path, bool followLinks);
@pragma('dartc:native', 'dartrt_io_create_temp_directory')
external String? _createTempDirectory(String prefix);
@pragma('dartc:native', 'dartrt_io_system_temp')
external String _systemTemp();
@pragma('dartc:native', 'dartrt_io_current_directory')
external String? _currentDirectory();
@pragma('dartc:native', 'dartrt_io_set_current_directory')
external int _setCurrentDirectory(String path);

final class Directory extends FileSystemEntity with _EntityFutures, _EntityAsync, _DirectoryFutures {
  final String path;

  Directory(this.path);

  factory Directory.fromUri(Uri uri) => Directory(uri.toFilePath());

  /// A directory URI: its path ends with '/'.
  Uri get uri => Uri.directory(path);

  static Directory get current =>
      Directory(_currentDirectory() ?? _throwFileSystemError("Getting current working directory failed", ""));

  /// Sets the working directory to a Directory or a path.
  static set current(dynamic path) {
    String p;
    if (path is Directory) {
      p = path.path;
    } else if (path is String) {
      p = path;
    } else {
      throw ArgumentError('${Error.safeToString(path)} is not a String or Directory');
    }
    if (_setCurrentDirectory(p) < 0) _throwFileSystemError("Setting current working directory failed", p);
  }

  static Directory get systemTemp => Directory(_systemTemp());

  Directory get absolute => isAbsolute ? this : Directory(_absolutePath);

  bool existsSync() {
    int result = _directoryExists(path);
    if (result < 0) _throwFileSystemError("Exists failed", path);
    return result == 1;
  }

  void createSync({bool recursive = false}) {
    if (recursive) {
      if (existsSync()) return;
      if (path != parent.path) parent.createSync(recursive: true);
    }
    if (_createDirectory(path) < 0) _throwFileSystemError("Creation failed", path);
  }

  Directory createTempSync([String? prefix]) {
    prefix ??= '';
    if (path == '') {
      throw ArgumentError("Directory.createTemp called with an empty path. "
          "To use the system temp directory, use Directory.systemTemp");
    }
    String fullPrefix = path.endsWith('/') ? "$path$prefix" : "$path/$prefix";
    String? created = _createTempDirectory(fullPrefix);
    if (created == null) _throwFileSystemError("Creation of temporary directory failed", fullPrefix);
    return Directory(created);
  }

  void deleteSync({bool recursive = false}) {
    if (_deleteDirectory(path, recursive) < 0) _throwFileSystemError("Deletion failed", path);
  }

  Directory renameSync(String newPath) {
    if (_rename(path, newPath, 1) < 0) _throwFileSystemError("Rename failed", path);
    return Directory(newPath);
  }

  /// The entries in the operating system's order, "." and ".." left out; with [recursive],
  /// each directory's entries follow it (depth first). With [followLinks], a link is listed as
  /// what it points to (and followed), except a broken one or one leading back to a directory
  /// being listed (a loop), which stay links.
  List<FileSystemEntity> listSync({bool recursive = false, bool followLinks = true}) {
    List<FileSystemEntity> result = <FileSystemEntity>[];
    _list(path, recursive, followLinks, result, <String>[]);
    return result;
  }

  static void _list(String dir, bool recursive, bool followLinks, List<FileSystemEntity> result, List<String> open) {
    String? listing = _listDirectory(dir, followLinks);
    if (listing == null) _throwFileSystemError("Directory listing failed", dir);
    String prefix = dir.endsWith('/') ? dir : '$dir/';
    if (followLinks && recursive) open.add(_resolveSymbolicLinks(dir) ?? dir);
    int start = 0;
    while (start < listing.length) {
      int end = listing.indexOf('\u0000', start);
      int type = listing.codeUnitAt(start);
      String entryPath = prefix + listing.substring(start + 1, end);
      start = end + 1;
      if (type == 0x64) { // 'd'
        if (followLinks && recursive && _entityType(entryPath, false) == 2) {
          String target = _resolveSymbolicLinks(entryPath) ?? entryPath;
          if (open.contains(target)) {
            result.add(Link(entryPath));
            continue;
          }
        }
        result.add(Directory(entryPath));
        if (recursive) _list(entryPath, recursive, followLinks, result, open);
      } else if (type == 0x6C) { // 'l'
        result.add(Link(entryPath));
      } else {
        result.add(File(entryPath));
      }
    }
    if (followLinks && recursive) open.removeLast();
  }

  String toString() => "Directory: '$path'";
}
