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
