part of dart.io;

// The Future and Stream forms of dart:io that dartc does not have yet (those it has are in
// io_futures.dart). They are declared so that a program using one is rejected at compile time with
// "'File.readAsString' is not supported yet: ..." (@pragma('dartc:unsupported'), checked by the
// frontend's unsupported_members.cpp) instead of "isn't defined". Their bodies never run. The reasons are string
// literals: the frontend records a pragma's option only when it is one.

mixin _EntityAsync {
  @pragma('dartc:unsupported', "watching files is not there yet")
  dynamic watch({int events = 0, bool recursive = false}) => _unsupported("watch");
}

mixin _FileAsync {
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic open({FileMode mode = FileMode.read}) => _unsupported("open");
  @pragma('dartc:unsupported', "IOSink for files is not there yet; use openSync and RandomAccessFile")
  dynamic openWrite({FileMode mode = FileMode.write, Encoding encoding = utf8}) => _unsupported("openWrite");
}

mixin _LinkAsync {
  @pragma('dartc:unsupported', "Link's Future forms are not there yet; use the synchronous form")
  dynamic rename(String newPath) => _unsupported("rename");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic create(String target, {bool recursive = false}) => _unsupported("create");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic target() => _unsupported("target");
}

mixin _RandomAccessFileAsync {
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic close() => _unsupported("close");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic readByte() => _unsupported("readByte");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic read(int count) => _unsupported("read");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic readInto(List<int> buffer, [int start = 0, int? end]) => _unsupported("readInto");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic writeByte(int value) => _unsupported("writeByte");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic writeFrom(List<int> buffer, [int start = 0, int? end]) => _unsupported("writeFrom");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic writeString(String string, {Encoding encoding = utf8}) => _unsupported("writeString");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic position() => _unsupported("position");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic setPosition(int position) => _unsupported("setPosition");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic truncate(int length) => _unsupported("truncate");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic length() => _unsupported("length");
  @pragma('dartc:unsupported', "this Future form of dart:io is not there yet; use the synchronous form")
  dynamic flush() => _unsupported("flush");
}

mixin _StdinStream {
  @pragma('dartc:unsupported', "stdin's Stream interface has only listen so far; use listen, readLineSync or readByteSync")
  dynamic transform(dynamic transformer) => _unsupported("transform");
  @pragma('dartc:unsupported', "stdin's Stream interface has only listen so far; use listen, readLineSync or readByteSync")
  dynamic map(dynamic convert) => _unsupported("map");
  @pragma('dartc:unsupported', "stdin's Stream interface has only listen so far; use listen, readLineSync or readByteSync")
  dynamic forEach(dynamic action) => _unsupported("forEach");
  @pragma('dartc:unsupported', "stdin's Stream interface has only listen so far; use listen, readLineSync or readByteSync")
  dynamic toList() => _unsupported("toList");
  @pragma('dartc:unsupported', "stdin's Stream interface has only listen so far; use listen, readLineSync or readByteSync")
  dynamic get first => _unsupported("first");
}

mixin _StdoutStream {
  @pragma('dartc:unsupported', "IOSink.addStream is not there yet")
  dynamic addStream(dynamic stream) => _unsupported("addStream");
  @pragma('dartc:unsupported', "IOSink.close and done are not there yet; stdout is flushed at exit")
  dynamic close() => _unsupported("close");
  @pragma('dartc:unsupported', "IOSink.close and done are not there yet; stdout is flushed at exit")
  dynamic get done => _unsupported("done");
}
