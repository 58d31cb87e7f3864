// Files written, read back, listed and deleted in a temporary directory. Expected output derived
// from the VM's sdk/lib/io (file_impl.dart: readAsStringSync decodes UTF-8, readAsLinesSync
// splits with LineSplitter, readAsBytesSync gives the bytes, writeAsBytesSync stores each
// value's low 8 bits; directory_impl.dart: listSync lists depth-first with paths joined by '/',
// createTempSync appends six random characters to the prefix), and POSIX semantics (O_APPEND-like
// positioning for FileMode.append, rename, symlink).
import 'dart:io';

String rel(Directory base, FileSystemEntity e) {
  String kind = e is File ? 'file' : (e is Directory ? 'dir ' : 'link');
  return '$kind ${e.path.substring(base.path.length)}';
}

void main() {
  Directory tmp = Directory.systemTemp.createTempSync('dartc_files_');
  print(tmp.existsSync());
  print(tmp.path.startsWith(Directory.systemTemp.path));
  print(tmp.path.length == Directory.systemTemp.path.length + '/dartc_files_'.length + 6);

  File a = File('${tmp.path}/a.txt');
  print(a.existsSync());
  a.writeAsStringSync('hello\nwörld\n');
  print(a.existsSync());
  print(a.lengthSync()); // ö is two bytes in UTF-8
  print(a.readAsStringSync() == 'hello\nwörld\n');
  print(a.readAsLinesSync());
  print(a.readAsBytesSync());
  a.writeAsStringSync('more\r\nend', mode: FileMode.append);
  print(a.readAsLinesSync());
  a.writeAsStringSync('fresh');
  print(a.readAsStringSync());

  // Bytes: values are stored modulo 256.
  Directory deeper = Directory('${tmp.path}/sub/deeper');
  print(deeper.existsSync());
  deeper.createSync(recursive: true);
  print(deeper.existsSync());
  File b = File('${deeper.path}/b.bin');
  b.writeAsBytesSync([0, 1, 127, 128, 255, 256, -1]);
  print(b.readAsBytesSync());
  print(b.lengthSync());

  // copy, rename, create, link
  a.copySync('${tmp.path}/copy.txt');
  print(File('${tmp.path}/copy.txt').readAsStringSync());
  File moved = File('${tmp.path}/copy.txt').renameSync('${tmp.path}/moved.txt');
  print(moved.path.endsWith('/moved.txt'));
  print(File('${tmp.path}/copy.txt').existsSync());
  File('${tmp.path}/new/empty.txt').createSync(recursive: true);
  print(File('${tmp.path}/new/empty.txt').lengthSync());
  Link link = Link('${tmp.path}/link');
  link.createSync('a.txt');
  print(link.existsSync());
  print(link.targetSync());
  print(File(link.path).readAsStringSync());

  // types and stat
  print(FileSystemEntity.typeSync(tmp.path));
  print(FileSystemEntity.typeSync(a.path));
  print(FileSystemEntity.typeSync(link.path));
  print(FileSystemEntity.typeSync(link.path, followLinks: false));
  print(FileSystemEntity.typeSync('${tmp.path}/nothing'));
  print(FileSystemEntity.isFileSync(a.path));
  print(FileSystemEntity.isDirectorySync(deeper.path));
  print(FileSystemEntity.isLinkSync(link.path));
  FileStat stat = a.statSync();
  print('${stat.type} ${stat.size}');
  FileStat none = FileStat.statSync('${tmp.path}/nothing');
  print('${none.type} ${none.size} ${none.mode}');
  print(a.lastModifiedSync().isAfter(DateTime(2020)));

  // listing (sorted: the operating system's order is unspecified)
  List<String> flat = tmp.listSync().map((e) => rel(tmp, e)).toList()..sort();
  print(flat.join('\n'));
  print('--');
  List<String> all = tmp.listSync(recursive: true).map((e) => rel(tmp, e)).toList()..sort();
  print(all.join('\n'));
  print('--');
  List<String> noFollow = tmp.listSync(followLinks: false).map((e) => rel(tmp, e)).toList()..sort();
  print(noFollow.join('\n'));

  // parent, absolute
  print(b.parent.path == deeper.path);
  print(File('x.txt').parent.path);
  print(File('/x.txt').parent.path);
  print(File('a/b//c/').parent.path);
  print(File('x.txt').absolute.path == '${Directory.current.path}/x.txt');
  print(File('/x').isAbsolute);

  // deletion
  link.deleteSync();
  print(link.existsSync());
  print(a.existsSync());
  a.deleteSync();
  print(a.existsSync());
  tmp.deleteSync(recursive: true);
  print(tmp.existsSync());
}
