// File.open and RandomAccessFile's Future forms, and Link's create/target/rename, in a
// temporary directory. Expected output derived from the VM's sdk/lib/io/file_impl.dart
// (_RandomAccessFile: each method does what its sync form does and completes later, writeFrom,
// writeByte, setPosition, truncate and flush complete with the same RandomAccessFile, readInto
// of an empty range is 0 without touching the file; one operation at a time: another one while
// it is pending fails with "An async operation is currently pending", and the sync forms throw
// it; after close() is called every operation fails with "File closed"; the texts of failures:
// "writeFrom failed" (a write to a file opened for reading: EBADF), "Cannot open file") and
// link.dart (create returns the same Link, rename a Link for the new path, target the text of
// the link; "Cannot create link to target", "Cannot get target of link").
import 'dart:async';
import 'dart:io';

Future<void> main() async {
  Directory tmp = Directory.systemTemp.createTempSync('dartc_raf_');
  String show(Object e) => e.toString().replaceAll(tmp.path, '<tmp>');
  File f = File('${tmp.path}/f.bin');

  Future<RandomAccessFile> opening = f.open(mode: FileMode.write);
  scheduleMicrotask(() => print('microtask'));
  print('sync code first');
  RandomAccessFile raf = await opening;
  print(raf.path == f.path);
  RandomAccessFile same = await raf.writeString('héllo');
  print(identical(same, raf));
  print(identical(await raf.writeFrom(<int>[1, 2, 3, 4, 5], 1, 4), raf));
  await raf.writeByte(0x141);
  print(await raf.position());
  print(await raf.length());
  await raf.setPosition(1);
  print(await raf.readByte());
  print(await raf.read(3));
  List<int> buffer = List<int>.filled(6, 0);
  print(await raf.readInto(buffer, 2));
  print(buffer);
  print(await raf.readByte());
  print(await raf.readByte());
  print(await raf.readInto(buffer, 3, 3));
  print(identical(await raf.truncate(3), raf));
  print(await raf.length());
  print(identical(await raf.flush(), raf));

  Future<int> pending = raf.position();
  try {
    await raf.length();
  } on FileSystemException catch (e) {
    print(show(e));
  }
  try {
    raf.lengthSync();
  } on FileSystemException catch (e) {
    print(show(e));
  }
  print(await pending);

  Future<void> closing = raf.close();
  try {
    await raf.length();
  } on FileSystemException catch (e) {
    print(show(e));
  }
  await closing;
  try {
    raf.lengthSync();
  } on FileSystemException catch (e) {
    print(show(e));
  }
  try {
    await raf.close();
  } on FileSystemException catch (e) {
    print(show(e));
  }
  print(f.readAsBytesSync());

  RandomAccessFile reader = await f.open();
  try {
    await reader.writeString('x');
  } on FileSystemException catch (e) {
    print(show(e));
  }
  print(await reader.read(10));
  await reader.close();
  try {
    await File('${tmp.path}/nope/x').open();
  } on FileSystemException catch (e) {
    print(show(e));
  }

  Link link = Link('${tmp.path}/lnk');
  print(identical(await link.create('f.bin'), link));
  print(await link.target());
  Link moved = await link.rename('${tmp.path}/lnk2');
  print(show(moved.path));
  print('${await link.exists()} ${await moved.exists()} ${await moved.target()}');
  Link deep = await Link('${tmp.path}/sub/dir/l').create('../../f.bin', recursive: true);
  print(File(deep.path).readAsBytesSync());
  try {
    await moved.create('x');
  } on FileSystemException catch (e) {
    print(show(e));
  }
  try {
    await Link('${tmp.path}/nope').target();
  } on FileSystemException catch (e) {
    print(show(e));
  }

  tmp.deleteSync(recursive: true);
  print(tmp.existsSync());
}
