// dart:io's Future and Stream forms of File and Directory, in a temporary directory. Expected
// output derived from the VM's sdk/lib/io (file_impl.dart: readAsString/readAsLines/readAsBytes
// give what the sync forms give, writeAs*/create return the same File, copy/rename a new File
// for the new path, openRead delivers 64 KiB blocks (_blockSize) between start and end;
// directory_impl.dart: list gives the entries listSync gives, create/createTemp as the sync
// forms; errors are the sync forms' FileSystemException subclasses and texts, with exists()'s
// "Cannot check existence") and its event loop: an I/O result arrives as a port message, so a
// future from these methods completes only after the current code and all pending microtasks.
import 'dart:async';
import 'dart:io';

String rel(Directory base, FileSystemEntity e) {
  String kind = e is File ? 'file' : (e is Directory ? 'dir ' : 'link');
  return '$kind ${e.path.substring(base.path.length)}';
}

Future<void> main() async {
  Directory tmp = await Directory.systemTemp.createTemp('dartc_async_');
  print(await tmp.exists());
  print(tmp.path.length == Directory.systemTemp.path.length + '/dartc_async_'.length + 6);

  File a = File('${tmp.path}/a.txt');
  Future<bool> pending = a.exists();
  scheduleMicrotask(() => print('microtask'));
  Future<int>.value(1).then((_) => print('then'));
  print('sync code first');
  print(await pending);

  File written = await a.writeAsString('hello\nwörld\n');
  print(identical(written, a));
  print(await a.exists());
  print(await a.length());
  print(await a.readAsString() == 'hello\nwörld\n');
  print(await a.readAsLines());
  print(await a.readAsBytes());
  await a.writeAsString('more\r\nend', mode: FileMode.append);
  print(await a.readAsLines());
  await a.writeAsBytes([104, 105, 10]);
  print(await a.readAsString());
  DateTime modified = await a.lastModified();
  print(DateTime.now().difference(modified).inMinutes < 5);

  File b = await a.copy('${tmp.path}/b.txt');
  print(rel(tmp, b));
  File c = await b.rename('${tmp.path}/c.txt');
  print('${await b.exists()} ${await c.exists()} ${await c.readAsString()}');
  FileSystemEntity deleted = await c.delete();
  print('${identical(deleted, c)} ${await c.exists()}');

  Directory deep = await Directory('${tmp.path}/sub/deeper').create(recursive: true);
  print(await deep.exists());
  File d = await File('${deep.path}/d.txt').create();
  print(await d.length());
  File e = await File('${tmp.path}/new/e.txt').create(recursive: true);
  print(await e.exists());
  List<String> entries = <String>[];
  await for (FileSystemEntity entity in tmp.list(recursive: true)) {
    entries.add(rel(tmp, entity));
  }
  entries.sort();
  print(entries.join('\n'));
  print((await tmp.list().toList()).length);

  print(await a.openRead().toList());
  print(await a.openRead(1, 2).toList());
  print(await a.openRead(1).toList());
  File big = await File('${tmp.path}/big').writeAsBytes(List<int>.filled(150000, 7));
  print(await big.openRead().map((List<int> chunk) => chunk.length).toList());
  print(await big.openRead(100, 65736).map((List<int> chunk) => chunk.length).toList());
  int total = 0;
  await for (List<int> chunk in big.openRead()) {
    total += chunk.length;
    break; // cancels the stream, which closes the file
  }
  print(total);

  print(await FileSystemEntity.type(a.path));
  print(await FileSystemEntity.isDirectory(tmp.path));
  print(await FileSystemEntity.isFile(tmp.path));
  print((await FileStat.stat(a.path)).size);
  print((await a.stat()).type);

  // Errors: the futures complete with the sync forms' exceptions.
  String missing = '${tmp.path}/missing';
  for (Future<Object?> Function() op in <Future<Object?> Function()>[
    () => File(missing).readAsString(),
    () => File(missing).readAsBytes(),
    () => File(missing).length(),
    () => File(missing).delete(),
    () => File(missing).copy('${tmp.path}/x'),
    () => File('$missing/x').writeAsString('x'),
    () => Directory(missing).delete(),
    () => File(missing).openRead().toList(),
  ]) {
    try {
      await op();
      print('no error');
    } on FileSystemException catch (error) {
      print('${error.runtimeType}: ${error.message.replaceAll(tmp.path, '<tmp>')}, '
          '${error.path?.replaceAll(tmp.path, '<tmp>')}, ${error.osError?.errorCode}');
    }
  }
  // (Which subclass the VM's lister uses is not pinned down here: only the text is checked.)
  await Directory(missing).list().toList().catchError((Object error) {
    FileSystemException e = error as FileSystemException;
    print('${e.message}, ${e.path?.replaceAll(tmp.path, '<tmp>')}, ${e.osError?.errorCode}');
    return <FileSystemEntity>[];
  });
  await File('${tmp.path}/bad').writeAsBytes([0xC3, 0x28]);
  try {
    await File('${tmp.path}/bad').readAsString();
  } on FileSystemException catch (error) {
    print(error.toString().replaceAll(tmp.path, '<tmp>'));
  }

  await tmp.delete(recursive: true);
  print(await tmp.exists());
}
