// FileSystemEntity.watch on Linux: each step changes the file system once and waits for the
// events it causes, so nothing depends on timing.
//
// Expected output derived from the VM's sources: runtime/bin/file_system_watcher_linux.cc (the
// inotify events each `events` bit asks for: create IN_CREATE, modify IN_CLOSE_WRITE and
// IN_ATTRIB, delete IN_DELETE, move IN_MOVE, always IN_DELETE_SELF and IN_MOVE_SELF) and
// sdk/lib/_internal/vm/bin/file_patch.dart (_FileSystemWatcher): a closed write is a
// FileSystemModifyEvent with contentChanged=true, an attribute change one with false; the two
// halves of a rename inside the directory are one FileSystemMoveEvent; a half alone is a
// creation or a deletion; deletions always say isDirectory false; events of kinds not asked for
// are dropped; the watched path's own deletion is a FileSystemDeleteEvent of that path and
// ends the stream; a path that cannot be watched is a FileSystemException "Failed to watch
// path" (PathNotFoundException for ENOENT) on the stream, which then ends. The kernel's side:
// creating and writing a file is IN_CREATE then IN_CLOSE_WRITE; unlinking a watched file is
// IN_ATTRIB (its link count) then IN_DELETE_SELF. The event classes' toString texts are
// sdk/lib/io/file_system_entity.dart's. On Linux `recursive` watches nothing more.
import 'dart:async';
import 'dart:io';

late String root;

String show(Object event) => event.toString().replaceAll(root, '<d>');

/// The events of one watch, taken one at a time.
class Events {
  final List<Object> _queue = [];
  Completer<void>? _waiting;
  bool done = false;
  late final StreamSubscription<FileSystemEvent> subscription;

  Events(Stream<FileSystemEvent> stream) {
    subscription = stream.listen((e) => _push(e), onError: (Object e) => _push(e), onDone: () {
      done = true;
      _push('done');
    });
  }

  void _push(Object item) {
    _queue.add(item);
    _waiting?.complete();
    _waiting = null;
  }

  Future<Object> next() async {
    while (_queue.isEmpty) {
      _waiting = Completer<void>();
      await _waiting!.future;
    }
    return _queue.removeAt(0);
  }

  Future<void> expect(int count) async {
    for (int i = 0; i < count; i++) {
      Object e = await next();
      if (e is FileSystemEvent) {
        print('  ${show(e)} isDirectory=${e.isDirectory}');
      } else {
        print('  ${show(e)}');
      }
    }
  }
}

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync('dartc_watch');
  root = dir.path;
  print(FileSystemEntity.isWatchSupported);
  Stream<FileSystemEvent> stream = Directory('${dir.path}/').watch();
  print(stream.isBroadcast);
  Events all = Events(stream);

  print('create and write a.txt');
  File('${dir.path}/a.txt').writeAsStringSync('one');
  await all.expect(2);

  print('rename a.txt to b.txt');
  File('${dir.path}/a.txt').renameSync('${dir.path}/b.txt');
  await all.expect(1);

  print('append to b.txt');
  File('${dir.path}/b.txt').writeAsStringSync('two', mode: FileMode.append);
  await all.expect(1);

  print('make sub/');
  Directory('${dir.path}/sub').createSync();
  await all.expect(1);

  print('move b.txt into sub/ (out of the watched directory)');
  File('${dir.path}/b.txt').renameSync('${dir.path}/sub/b.txt');
  await all.expect(1);

  print('delete sub/ recursively');
  Directory('${dir.path}/sub').deleteSync(recursive: true);
  await all.expect(1);
  await all.subscription.cancel();

  // Only creations: the file's write and deletion are dropped.
  print('events: create only');
  Events creates = Events(dir.watch(events: FileSystemEvent.create));
  File c = File('${dir.path}/c.txt');
  c.writeAsStringSync('c');
  c.deleteSync();
  Directory('${dir.path}/d2').createSync();
  await creates.expect(2);
  await creates.subscription.cancel();

  // A watched file: its writes, then its deletion, which ends the stream.
  print('watch a file');
  File f = File('${dir.path}/f.txt')..writeAsStringSync('f');
  Events file = Events(f.watch());
  f.writeAsStringSync('ff');
  await file.expect(1);
  f.deleteSync();
  await file.expect(3);

  // The watched directory itself goes away.
  print('delete the watched directory');
  Events self = Events(Directory('${dir.path}/d2').watch(recursive: true));
  Directory('${dir.path}/d2').deleteSync();
  await self.expect(2);

  print('watch a missing path');
  Events missing = Events(Directory('${dir.path}/missing').watch());
  Object error = await missing.next();
  if (error is FileSystemException) {
    print('  ${error is PathNotFoundException} ${error.message} ${show(error.path!)} ${error.osError?.errorCode}');
  }
  await missing.expect(1);

  dir.deleteSync(recursive: true);
  print('end');
}
