// RandomAccessFile.lock/unlock and their sync forms. Expected output derived by hand from the
// VM's sdk/lib/io/file_impl.dart (_RandomAccessFile), file.dart (FileLock) and
// runtime/bin/file.cc (File_Lock) / file_linux.cc (File::Lock):
// - lockSync checks the file first ("File closed"), then the range: start < 0, end < -1 or
//   start >= end (end -1 meaning to the end) is ArgumentError() ("Invalid argument(s)");
//   lock() checks the range first and throws it synchronously, then fails its future with
//   "File closed"; unlock/unlockSync only refuse start == end, other bad ranges reach the native,
//   whose error is OSError("Invalid argument") with no errno;
// - locks are fcntl record locks (F_SETLK, F_SETLKW for the blocking modes; shared F_RDLCK,
//   exclusive F_WRLCK): an exclusive lock on a file opened for reading only is EBADF, "lock
//   failed" (sync: FileSystemException; async: _fromOSError, still FileSystemException for 9);
// - locks of one process never conflict with each other (they are replaced); another process's
//   lock (a perl child holding F_WRLCK on bytes 0..9) makes F_SETLK fail with EAGAIN ("Resource
//   temporarily unavailable", errno = 11) where the ranges overlap, and makes a blocking lock
//   wait until the child has gone;
// - lock() and unlock() complete with the same RandomAccessFile; a sync call while one is
//   pending is "An async operation is currently pending".
import 'dart:io';

void report(Object e) {
  if (e is FileSystemException) {
    print('${e.runtimeType}: ${e.message}${e.osError == null ? '' : ' (${e.osError})'}');
  } else {
    print(e);
  }
}

void attempt(void Function() f) {
  try {
    f();
    print('ok');
  } catch (e) {
    report(e);
  }
}

Future<void> attemptAsync(Future<Object?> Function() f) async {
  try {
    await f();
    print('ok');
  } catch (e) {
    report(e);
  }
}

const String holder = r'''
use Fcntl;
open(my $f, '+<', $ARGV[0]) or die "open: $!";
my $lock = pack('s s x4 q q l x4', F_WRLCK, 0, 0, 10, 0);
fcntl($f, F_SETLK, $lock) or die "lock: $!";
$| = 1;
print "locked\n";
my $line = <STDIN>;
''';

void main() async {
  Directory dir = Directory.systemTemp.createTempSync('dartc_file_lock_');
  File file = File('${dir.path}/data');
  file.writeAsStringSync('0123456789abcdefghij');

  print('-- one process');
  RandomAccessFile raf = file.openSync(mode: FileMode.append);
  attempt(() => raf.lockSync());
  attempt(() => raf.unlockSync());
  attempt(() => raf.lockSync(FileLock.shared, 0, 10));
  attempt(() => raf.lockSync(FileLock.exclusive, 5, 20));
  attempt(() => raf.lockSync(FileLock.blockingExclusive));
  attempt(() => raf.unlockSync(0, 20));
  attempt(() => raf.lockSync(FileLock.exclusive, -1));
  attempt(() => raf.lockSync(FileLock.exclusive, 5, 5));
  attempt(() => raf.lockSync(FileLock.exclusive, 0, -2));
  attempt(() => raf.unlockSync(3, 3));
  attempt(() => raf.unlockSync(5, 2));
  await attemptAsync(() => raf.lock(FileLock.shared));
  Future<RandomAccessFile> pending = raf.unlock();
  attempt(() => raf.lockSync());
  await attemptAsync(() => raf.lock());
  print(identical(await pending, raf));

  print('-- read only');
  RandomAccessFile ro = file.openSync();
  attempt(() => ro.lockSync(FileLock.shared));
  attempt(() => ro.lockSync(FileLock.exclusive));
  await attemptAsync(() => ro.lock(FileLock.blockingExclusive));
  ro.closeSync();

  print('-- another process');
  Process child = await Process.start('perl', ['-e', holder, file.path]);
  List<int> seen = <int>[];
  await for (List<int> chunk in child.stdout) {
    seen.addAll(chunk);
    if (String.fromCharCodes(seen).contains('\n')) break;
  }
  print('child: ${String.fromCharCodes(seen).trim()}');
  attempt(() => raf.lockSync(FileLock.exclusive, 0, 10));
  attempt(() => raf.lockSync(FileLock.shared, 9, 15));
  attempt(() => raf.lockSync(FileLock.exclusive, 10, 20));
  await attemptAsync(() => raf.lock(FileLock.shared, 0, 1));
  child.stdin.writeln('release');
  await child.stdin.flush();
  attempt(() => raf.lockSync(FileLock.blockingExclusive, 0, 10));
  print('child exit code: ${await child.exitCode}');

  print('-- closed');
  raf.closeSync();
  attempt(() => raf.lockSync(FileLock.exclusive, -1));
  attempt(() => raf.unlockSync());
  attempt(() => raf.lock(FileLock.exclusive, -1));
  await attemptAsync(() => raf.lock());
  dir.deleteSync(recursive: true);
}
