// Process.run and File/Directory's Uri members. Expected output derived from the VM's
// sdk/lib/io/process.dart (Process.run completes with the ProcessResult runSync would give, or
// with the ProcessException "ProcessException: <message>\n  Command: <executable> <arguments>";
// the result arrives from the event loop, after the current code and pending microtasks),
// POSIX echo/sh, and sdk/lib/io/file.dart, directory.dart, link.dart (File.uri and Link.uri are
// Uri.file(path), Directory.uri is Uri.directory(path), fromUri uses toFilePath()).
import 'dart:async';
import 'dart:io';

Future<void> main() async {
  Future<ProcessResult> running = Process.run('/bin/echo', ['hello', 'wörld']);
  scheduleMicrotask(() => print('microtask'));
  print('sync code first');
  ProcessResult r = await running;
  print('${r.exitCode} ${r.stdout == 'hello wörld\n'} ${r.stderr == ''} ${r.pid > 0}');
  r = await Process.run('/bin/sh', ['-c', 'echo \$DARTC_IO_X; echo err >&2; exit 3'],
      environment: {'DARTC_IO_X': 'from parent'});
  print('${r.exitCode} [${r.stdout}] [${r.stderr}]');
  r = await Process.run('echo', ['bytes'], stdoutEncoding: null);
  print(r.stdout);
  r = await Process.run('pwd', [], workingDirectory: '/', runInShell: true);
  print(r.stdout);
  try {
    await Process.run('/nonexistent/program', ['a', 'b']);
  } on ProcessException catch (e) {
    print(e);
    print(e.errorCode);
  }

  print(File('/tmp/a b.txt').uri);
  print(File('rel/x.txt').uri);
  print(Directory('/tmp/dir').uri);
  print(Link('/tmp/l').uri);
  print(File.fromUri(Uri.parse('file:///tmp/a%20b.txt')).path);
  print(Directory.fromUri(Uri.parse('file:///tmp/dir/')).path);
  print(File.fromUri(Uri.file('/x/y')).uri == Uri.file('/x/y'));
  try {
    File.fromUri(Uri.parse('http://example.com/x'));
  } on UnsupportedError catch (e) {
    print(e);
  }
  printScript();
}

// Platform.script: the VM's Uri.base.resolveUri(Uri.file(<argv[0]>)) for a compiled program.
void printScript() {
  Uri script = Platform.script;
  print('${script.scheme} ${script.isAbsolute}');
  print(File.fromUri(script).existsSync());
  print(script == Uri.directory(Directory.current.path).resolveUri(Uri.file(Platform.executable)));
}
