// FileSystemException texts. Expected output derived from the VM's sdk/lib/io/file.dart
// (FileSystemException._fromOSError picks PathNotFoundException for ENOENT, PathExistsException
// for EEXIST, PathAccessException for EPERM/EACCES; toString is "<class>: <message>, path =
// '<path>' (<OSError>)"), common.dart (OSError.toString: "OS Error: <strerror>, errno = <n>"),
// file_impl.dart and directory_impl.dart (the operations' messages; "Failed to decode data using
// encoding 'utf-8'"; "File closed"), runtime/bin/file_linux.cc (opening a directory is EISDIR)
// and Linux's errno values and strerror texts.
import 'dart:io';

void attempt(String what, void Function() action, String tmp) {
  try {
    action();
    print('$what: no error');
  } on FileSystemException catch (e) {
    String kind = e is PathNotFoundException
        ? 'not found'
        : e is PathExistsException
            ? 'exists'
            : e is PathAccessException
                ? 'access'
                : 'other';
    print('$what ($kind): ${e.toString().replaceAll(tmp, 'TMP')}');
    print('  message=${e.message} errno=${e.osError?.errorCode}');
  }
}

void main() {
  String tmp = Directory.systemTemp.createTempSync('dartc_errors_').path;
  attempt('read', () => File('$tmp/missing.txt').readAsStringSync(), tmp);
  attempt('bytes', () => File('$tmp/missing.txt').readAsBytesSync(), tmp);
  attempt('length', () => File('$tmp/missing.txt').lengthSync(), tmp);
  attempt('delete', () => File('$tmp/missing.txt').deleteSync(), tmp);
  attempt('open dir', () => File(tmp).openSync(), tmp);
  File('$tmp/f').writeAsStringSync('x');
  attempt('mkdir over file', () => Directory('$tmp/f').createSync(), tmp);
  attempt('exclusive', () => File('$tmp/f').createSync(exclusive: true), tmp);
  Directory('$tmp/full/inner').createSync(recursive: true);
  attempt('rmdir', () => Directory('$tmp/full').deleteSync(), tmp);
  File('$tmp/bad').writeAsBytesSync([0x61, 0xFF, 0x62]);
  attempt('decode', () => File('$tmp/bad').readAsStringSync(), tmp);
  print(File('$tmp/bad').readAsBytesSync());
  RandomAccessFile raf = File('$tmp/f').openSync();
  raf.closeSync();
  attempt('closed', () => raf.readByteSync(), tmp);
  print(const OSError('Oops', 5));
  print(const OSError('', 5));
  print(const OSError());
  print(const FileSystemException('msg'));
  print(const FileSystemException('msg', null));
  print(const FileSystemException('', 'p', OSError('e', 1)));
  print(const FileSystemException());
  Directory(tmp).deleteSync(recursive: true);
  // Uncaught: the VM's report on stderr and exit code 255.
  File('$tmp/gone').readAsStringSync();
}
