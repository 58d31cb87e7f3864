// stdout and stderr as IOSinks: addStream, flush, close and done. Expected output derived from
// the VM's sdk/lib/io/stdio.dart (_StdSink, _StdConsumer: each chunk is written synchronously)
// and io_sink.dart (_StreamSinkImpl's state rules: while addStream runs every other call is
// "StreamSink is bound to a stream", a second addStream "StreamSink is already bound to a
// stream", an error in the added stream ends that addStream only, a write after close is
// "StreamSink is closed" unless it is empty) and runtime/bin/file_linux.cc (closing stdout
// points fd 1 at /dev/null: later prints are dropped). `done` of stdout completes with null.
// What is printed after the close is checked through stderr (stdout_sink.stderr).
import 'dart:async';
import 'dart:convert';
import 'dart:io';

void expectStateError(String what, void Function() op) {
  try {
    op();
    print('$what: no error');
  } on StateError catch (e) {
    print('$what: $e');
  }
}

Future<void> main() async {
  stdout.write('a');
  print('b');
  stdout.writeAll(<int>[1, 2, 3], '-');
  stdout.writeln();
  stdout.writeCharCode(0x263A);
  stdout.add(<int>[10]);

  Future<dynamic> adding = stdout.addStream(
      Stream<List<int>>.fromIterable(<List<int>>[utf8.encode('chunk 1\n'), utf8.encode('chunk 2\n')]));
  print('while adding');
  expectStateError('write', () => stdout.write('x'));
  expectStateError('add', () => stdout.add(<int>[1]));
  expectStateError('flush', () => stdout.flush());
  expectStateError('close', () => stdout.close());
  expectStateError('addStream', () => stdout.addStream(Stream<List<int>>.empty()));
  await adding;
  stdout.writeln('after adding');
  await stdout.flush();

  try {
    await stdout.addStream(Stream<List<int>>.error(StateError('boom')));
  } catch (e) {
    print('addStream failed: $e');
  }
  stdout.writeln('still writable');
  await stderr.addStream(Stream<List<int>>.value(utf8.encode('to stderr\n')));

  Future<dynamic> closing = stdout.close();
  Object? value = await closing;
  print('after close: not shown');
  stdout.write('');
  stderr.writeln('closed: ${identical(closing, stdout.done)} ${identical(closing, stdout.close())} $value');
  try {
    stdout.write('x');
  } on StateError catch (e) {
    stderr.writeln('write after close: $e');
  }
  stderr.writeln('end');
}
