// StackTrace.current: the stack of the function that reads it, innermost frame first.
//
// Expectations derived by hand from the Dart SDK's documentation (sdk/lib/core/stacktrace.dart:
// "Returns a representation of the current stack trace") and the VM's StackTrace_current native,
// whose trace starts at the caller (frame #0 is the function that reads StackTrace.current, not
// the getter). Only the frames' names are checked: LLVM may inline a helper into its caller.
StackTrace capture() => StackTrace.current;

void main() {
  StackTrace here = StackTrace.current;
  List<String> frames = here.toString().trimRight().split('\n');
  print(frames.first.startsWith('#0      main ('));
  print(frames.any((f) => f.contains('StackTrace.current')));
  String inner = capture().toString();
  print(inner.startsWith('#0      capture (') || inner.startsWith('#0      main ('));
  print(inner.contains(' main ('));
  print(StackTrace.current is StackTrace);
}
