// The dart:io Future and Stream forms dartc does not have yet: each use is rejected at compile
// time (docs/io.md), not left to fail at run time.
import 'dart:io';

void main() {
  File f = File('x');
  var watch = f.watch;
  Directory('d').watch();
}
