// Uri.base: the working directory as a directory URI (a trailing slash), read at each use, so
// that setting Directory.current moves it, as the VM's embedder hook (directory_patch.dart's
// Uri.base closure: Uri.directory of the current directory) does.
//
// Expected output derived by hand from sdk/lib/core/uri.dart: Uri.directory adds the trailing
// slash, Uri.file percent-encodes a path segment's space (%20) and percent sign (%25), and
// pathSegments of a directory URI end with an empty segment. The working directory itself
// varies, so it is compared, not printed.
import 'dart:io';

void main() {
  final start = Directory.current.path;
  final base = Uri.base;
  print(base.scheme);
  print(base.path == '$start/');
  print(base.toFilePath() == '$start/');
  print(base.resolve('data/x.txt').toFilePath() == '$start/data/x.txt');
  final tmp = Directory.systemTemp.createTempSync('uri_base');
  final odd = Directory('${tmp.path}/a b%c')..createSync();
  Directory.current = odd;
  print(Uri.base.pathSegments.reversed.skip(1).first);
  print(Uri.base.pathSegments.last.isEmpty);
  print(Uri.base.toString().endsWith('/a%20b%25c/'));
  Directory.current = '/';
  print(Uri.base);
  Directory.current = start;
  tmp.deleteSync(recursive: true);
  print(Uri.base.path == '$start/');
}
