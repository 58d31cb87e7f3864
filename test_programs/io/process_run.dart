// Process.runSync running /bin/echo and sh. Expected output derived from the VM's
// sdk/lib/io/process.dart (ProcessResult's exitCode/stdout/stderr/pid, stdout decoded with
// systemEncoding, runInShell quoting each word for /bin/sh -c, ProcessException.toString:
// "ProcessException: <message>\n  Command: <executable> <arguments>") and POSIX: echo prints its
// arguments separated by spaces and a newline, `exit 3` is the exit status, execvp of a missing
// file fails with ENOENT ("No such file or directory").
import 'dart:io';

void main() {
  ProcessResult r = Process.runSync('/bin/echo', ['hello', 'wörld']);
  print(r.exitCode);
  print(r.stdout == 'hello wörld\n');
  print(r.stderr == '');
  print(r.pid > 0);
  r = Process.runSync('/bin/sh', ['-c', 'echo \$DARTC_IO_X; echo err >&2; exit 3'],
      environment: {'DARTC_IO_X': 'from parent'});
  print('${r.exitCode} [${r.stdout}] [${r.stderr}]');
  r = Process.runSync('pwd', [], workingDirectory: '/');
  print(r.stdout);
  r = Process.runSync('echo', ["it's", 'a  b', '\$HOME'], runInShell: true);
  print(r.stdout);
  r = Process.runSync('/bin/echo', ['bytes'], stdoutEncoding: null);
  print(r.stdout);
  try {
    Process.runSync('/nonexistent/program', ['a', 'b']);
  } on ProcessException catch (e) {
    print(e);
    print(e.errorCode);
  }
}
