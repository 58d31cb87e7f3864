// File.openWrite and the IOSink over any StreamConsumer, in a temporary directory. Expected
// output derived from the VM's sdk/lib/io/io_sink.dart (_StreamSinkImpl, _IOSinkImpl) and
// file_impl.dart (File.openWrite, _FileStreamConsumer): text is encoded with the sink's encoding
// (utf8 unless given; settable), `flush` completes once the file has every byte written so far,
// `close` returns `done`, the same future every time, which completes with the File; a write
// after close is "StreamSink is closed" (an empty write is no write at all, so no error); while
// addStream runs, write/add/flush/close are "StreamSink is bound to a stream" and a second
// addStream "StreamSink is already bound to a stream"; an error in the added stream ends that
// addStream with it and closes the file, so the later close fails with "File closed"; a file
// that cannot be opened makes `done` (and so `close`) fail with the open's
// PathNotFoundException; FileMode.read is "Invalid file mode for this operation".
import 'dart:async';
import 'dart:convert';
import 'dart:io';

class Collect implements StreamConsumer<List<int>> {
  final List<int> bytes = <int>[];
  Future addStream(Stream<List<int>> stream) => stream.forEach(bytes.addAll);
  Future close() async {
    print('consumer closed with ${bytes.length} bytes');
    return 'closed value';
  }
}

void expectStateError(String what, void Function() op) {
  try {
    op();
    print('$what: no error');
  } on StateError catch (e) {
    print('$what: $e');
  }
}

Future<void> main() async {
  Directory tmp = Directory.systemTemp.createTempSync('dartc_sink_');
  String show(Object e) => e.toString().replaceAll(tmp.path, '<tmp>');

  File a = File('${tmp.path}/a.txt');
  IOSink sink = a.openWrite();
  print(sink.encoding.name);
  sink.write('hello');
  sink.write(' ');
  sink.writeln('wörld');
  sink.writeAll(<Object?>[1, 2.5, true, null], ', ');
  sink.writeln();
  sink.writeAll(<int>[]);
  sink.writeCharCode(0x263A);
  sink.add(<int>[10, 65, 66, 10]);
  sink.write('');
  await sink.flush();
  print(a.readAsStringSync());
  sink.write('second part\n');
  Future<dynamic> closed = sink.close();
  print(identical(closed, sink.done));
  Object? value = await closed;
  print(identical(value, a));
  print(a.readAsStringSync());
  expectStateError('write', () => sink.write('x'));
  expectStateError('add', () => sink.add(<int>[1]));
  expectStateError('addError', () => sink.addError('e'));
  expectStateError('empty write', () => sink.write(''));
  print(identical(sink.close(), closed));

  IOSink appending = a.openWrite(mode: FileMode.append, encoding: latin1);
  appending.write('é');
  appending.encoding = utf8;
  appending.write('é');
  await appending.close();
  List<int> bytes = a.readAsBytesSync();
  print(bytes.sublist(bytes.length - 4));

  try {
    a.openWrite(mode: FileMode.read);
  } on ArgumentError catch (e) {
    print(e);
  }

  File b = File('${tmp.path}/b.txt');
  IOSink bs = b.openWrite();
  bs.write('start ');
  Future<dynamic> adding = bs.addStream(
      Stream<List<int>>.fromIterable(<List<int>>[utf8.encode('one '), utf8.encode('two ')]));
  expectStateError('write while adding', () => bs.write('x'));
  expectStateError('add while adding', () => bs.add(<int>[1]));
  expectStateError('flush while adding', () => bs.flush());
  expectStateError('close while adding', () => bs.close());
  expectStateError('addStream while adding', () => bs.addStream(Stream<List<int>>.empty()));
  await adding;
  bs.write('end');
  print(identical(await bs.close(), b));
  print(b.readAsStringSync());

  File c = File('${tmp.path}/c.txt');
  IOSink cs = c.openWrite();
  try {
    await cs.addStream(Stream<List<int>>.error(FormatException('bad chunk')));
  } on FormatException catch (e) {
    print('addStream: $e');
  }
  try {
    await cs.close();
  } on FileSystemException catch (e) {
    print('close: ${show(e)}');
  }

  IOSink bad = File('${tmp.path}/missing/x.txt').openWrite();
  bad.write('lost');
  try {
    await bad.close();
  } on FileSystemException catch (e) {
    print(show(e));
  }
  try {
    await File('${tmp.path}/missing/y.txt').openWrite().close();
  } on FileSystemException catch (e) {
    print(show(e));
  }

  Collect target = Collect();
  IOSink custom = IOSink(target);
  print(identical(await custom.flush(), custom));
  custom.write('abc');
  custom.writeln('é');
  print(await custom.close());
  print(utf8.decode(target.bytes));

  tmp.deleteSync(recursive: true);
  print(tmp.existsSync());
}
