// Writes 200,000 lines (2.5 MB, far more than a pipe holds) to stdout, which the test pipes into
// `head -1` (pipe_to_head.cmake). The mode, the first argument, says how.
import 'dart:io';

void main(List<String> args) {
  String mode = args.isEmpty ? 'print' : args[0];
  if (mode == 'sink-caught') {
    stdout.done.catchError((Object e) {
      stderr.writeln('done failed: $e');
    });
  }
  for (var i = 0; i < 200000; i++) {
    if (mode == 'print') {
      print('line $i');
    } else {
      stdout.writeln('line $i');
    }
  }
  stderr.writeln('loop finished');
}
