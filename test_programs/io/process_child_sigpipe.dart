// The runtime ignores SIGPIPE (as the VM's Platform::Initialize does), and an ignored signal
// stays ignored across exec; dartc gives a child the default action again, as a shell does. So
// `yes`, whose reader `head -1` exits after one line, is ended by the signal (the shell reports
// 128 + 13 = 141) and says nothing; with SIGPIPE inherited as ignored it would print
// "yes: standard output: Broken pipe" and exit with 1.
import 'dart:io';

void main() {
  ProcessResult r =
      Process.runSync('/bin/sh', ['-c', r'(yes; echo "yes exited with $?" >&2) | head -1']);
  print('stdout: ${r.stdout.trim()}');
  print('stderr: ${r.stderr.trim()}');
  print('exit code: ${r.exitCode}');
}
