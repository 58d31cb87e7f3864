// dart:io's stdout/stderr (write, writeln, writeAll, writeCharCode, add of raw bytes), Platform
// and exit.
//
// Expectations derived by hand from the Dart SDK's documentation (sdk/lib/io/stdio.dart,
// platform.dart, process.dart): writeln appends '\n', writeAll separates with the separator,
// add writes bytes as they are (here the UTF-8 encoding of '€'), exit ends the program with its
// code (3) after flushing stdout; stderr lines are checked in io.stderr.
import 'dart:io';

void main() {
  stdout.write('a');
  stdout.write(1.5);
  stdout.writeln('b');
  stdout.writeAll([1, 2, 3], '-');
  stdout.writeln();
  stdout.writeAll(['x', 'y']);
  stdout.writeln();
  stdout.add([0x68, 0x69, 0x20, 0xE2, 0x82, 0xAC, 10]);
  stdout.writeCharCode(0x41);
  stdout.writeln();
  stderr.writeln('to stderr');
  stderr.write('more');
  stderr.writeln();
  print(Platform.numberOfProcessors > 0);
  print('${Platform.isLinux} ${Platform.operatingSystem} ${Platform.pathSeparator}');
  print('before exit');
  exit(3);
}
