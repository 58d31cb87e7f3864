// The dart:io Future and Stream forms dartc does not have yet: each use is rejected at compile
// time (docs/io.md), not left to fail at run time.
import 'dart:io';

void main() {
  File f = File('x');
  f.open();
  f.openWrite();
  Process.start('echo', []);
  stdin.transform(null);
  Link('l').create('x');
  Link('l').rename('y');
  print(stdin.first);
  stdout.close();
  var watch = f.watch;
  f.openSync().close();
}
