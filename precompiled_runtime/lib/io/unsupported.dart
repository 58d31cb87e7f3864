part of dart.io;

// The Future and Stream forms of dart:io need an event loop, which dartc does not have yet.
// They are declared so that a program using one is rejected at compile time with
// "'File.readAsString' is not supported yet: ..." (@pragma('dartc:unsupported'), checked by the
// frontend's unsupported_members.cpp) instead of "isn't defined". Their bodies never run. The reasons are string
// literals: the frontend records a pragma's option only when it is one.

mixin _EntityAsync {
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic exists() => _unsupported("exists");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic delete({bool recursive = false}) => _unsupported("delete");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic rename(String newPath) => _unsupported("rename");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic stat() => _unsupported("stat");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic resolveSymbolicLinks() => _unsupported("resolveSymbolicLinks");
  @pragma('dartc:unsupported', "watching files needs an event loop")
  dynamic watch({int events = 0, bool recursive = false}) => _unsupported("watch");
}

mixin _FileAsync {
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic create({bool recursive = false, bool exclusive = false}) => _unsupported("create");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic copy(String newPath) => _unsupported("copy");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic length() => _unsupported("length");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic lastModified() => _unsupported("lastModified");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic open({FileMode mode = FileMode.read}) => _unsupported("open");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic readAsBytes() => _unsupported("readAsBytes");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic readAsString({Encoding encoding = utf8}) => _unsupported("readAsString");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic readAsLines({Encoding encoding = utf8}) => _unsupported("readAsLines");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic writeAsBytes(List<int> bytes, {FileMode mode = FileMode.write, bool flush = false}) =>
      _unsupported("writeAsBytes");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic writeAsString(String contents,
          {FileMode mode = FileMode.write, Encoding encoding = utf8, bool flush = false}) =>
      _unsupported("writeAsString");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic openRead([int? start, int? end]) => _unsupported("openRead");
  @pragma('dartc:unsupported', "IOSink for files needs an event loop; use openSync and RandomAccessFile")
  dynamic openWrite({FileMode mode = FileMode.write, Encoding encoding = utf8}) => _unsupported("openWrite");
}

mixin _DirectoryAsync {
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic create({bool recursive = false}) => _unsupported("create");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic createTemp([String? prefix]) => _unsupported("createTemp");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic list({bool recursive = false, bool followLinks = true}) => _unsupported("list");
}

mixin _LinkAsync {
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic create(String target, {bool recursive = false}) => _unsupported("create");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic target() => _unsupported("target");
}

mixin _RandomAccessFileAsync {
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic close() => _unsupported("close");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic readByte() => _unsupported("readByte");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic read(int count) => _unsupported("read");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic readInto(List<int> buffer, [int start = 0, int? end]) => _unsupported("readInto");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic writeByte(int value) => _unsupported("writeByte");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic writeFrom(List<int> buffer, [int start = 0, int? end]) => _unsupported("writeFrom");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic writeString(String string, {Encoding encoding = utf8}) => _unsupported("writeString");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic position() => _unsupported("position");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic setPosition(int position) => _unsupported("setPosition");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic truncate(int length) => _unsupported("truncate");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic length() => _unsupported("length");
  @pragma('dartc:unsupported', "dart:io's Future and Stream forms need an event loop; use the synchronous form")
  dynamic flush() => _unsupported("flush");
}

mixin _StdinStream {
  @pragma('dartc:unsupported', "stdin's Stream interface needs an event loop; use readLineSync or readByteSync")
  dynamic listen(dynamic onData, {Function? onError, void Function()? onDone, bool? cancelOnError}) =>
      _unsupported("listen");
  @pragma('dartc:unsupported', "stdin's Stream interface needs an event loop; use readLineSync or readByteSync")
  dynamic transform(dynamic transformer) => _unsupported("transform");
  @pragma('dartc:unsupported', "stdin's Stream interface needs an event loop; use readLineSync or readByteSync")
  dynamic map(dynamic convert) => _unsupported("map");
  @pragma('dartc:unsupported', "stdin's Stream interface needs an event loop; use readLineSync or readByteSync")
  dynamic forEach(dynamic action) => _unsupported("forEach");
  @pragma('dartc:unsupported', "stdin's Stream interface needs an event loop; use readLineSync or readByteSync")
  dynamic toList() => _unsupported("toList");
  @pragma('dartc:unsupported', "stdin's Stream interface needs an event loop; use readLineSync or readByteSync")
  dynamic get first => _unsupported("first");
}

mixin _StdoutStream {
  @pragma('dartc:unsupported', "IOSink.addStream needs an event loop")
  dynamic addStream(dynamic stream) => _unsupported("addStream");
  @pragma('dartc:unsupported', "IOSink.close and done need an event loop; stdout is flushed at exit")
  dynamic close() => _unsupported("close");
  @pragma('dartc:unsupported', "IOSink.close and done need an event loop; stdout is flushed at exit")
  dynamic get done => _unsupported("done");
}
