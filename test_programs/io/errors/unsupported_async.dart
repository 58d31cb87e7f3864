// dart:io's Future and Stream forms need an event loop, which dartc does not have yet: each use
// is rejected at compile time (docs/io.md), not left to fail at run time.
import 'dart:io';

void main() {
  File f = File('x');
  f.readAsString();
  f.writeAsString('text');
  Process.run('echo', []);
  Process.start('echo', []);
  stdin.listen((d) {});
  Directory('.').list();
  print(FileSystemEntity.isFile('x'));
  stdout.close();
  var read = f.readAsBytes;
  f.openSync().close();
}
