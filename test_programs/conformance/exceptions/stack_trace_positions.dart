// Conformance: stack traces name the source position of each frame (the VM prints frames as
// `#1      main (file:///path/stack_trace_positions.dart:LINE:COLUMN)`; dart:core StackTrace
// documentation: the text is implementation specific, so only the VM's frame format matters
// here). This program checks that every frame naming a file also names a line and a column,
// and that the throw's or the call's line appears (which frames survive inlining is a
// documented difference, docs/language.md).
// Expectations derived from the VM's frame format. Regression test for issue 9, D (stack
// traces carry file:line:col).
import '../lib/expect.dart';

void thrower(int depth) {
  if (depth == 0) throw StateError('here'); // line 13
  thrower(depth - 1); // line 14
}

/// The `LINE:COLUMN` of a frame line `... (file:///...dart:LINE:COLUMN)`, or null.
List<int>? position(String frame) {
  var at = frame.lastIndexOf('.dart:');
  var end = frame.lastIndexOf(')');
  if (at < 0 || end < at) return null;
  var parts = frame.substring(at + 6, end).split(':');
  if (parts.length != 2) return null;
  var line = int.tryParse(parts[0]), column = int.tryParse(parts[1]);
  if (line == null || column == null) return null;
  return [line, column];
}

void main() {
  try {
    thrower(3); // line 31
  } catch (e, st) {
    var text = '$st';
    var lines = <int>{};
    for (var frame in text.split('\n')) {
      if (!frame.contains('(file://')) continue;
      var p = position(frame);
      Expect.isNotNull(p, 'frame without line:column: $frame');
      if (frame.contains('stack_trace_positions.dart')) lines.add(p![0]);
    }
    Expect.isTrue(lines.contains(13) || lines.contains(14) || lines.contains(31), text);
  }
}
