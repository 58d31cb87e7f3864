// Process.start: stdout and stderr as byte streams, stdin as an IOSink, exitCode, pid, kill.
// Expected output derived from the VM's sdk/lib/io/process.dart (the stream of each pipe ends
// with done when the child closes it; exitCode is its exit status, or minus the signal's number
// for a child killed by one; kill sends SIGTERM by default and says whether it could be sent;
// a program that cannot be started fails the future with ProcessException "<strerror>\n
// Command: <executable> <arguments>"), and from the programs' own behaviour (echo, cat, sh).
// Chunk boundaries of the outputs are not specified: bytes are joined, or decoded into lines.
import 'dart:async';
import 'dart:convert';
import 'dart:io';

Future<String> collect(Stream<List<int>> stream) async {
  List<int> bytes = <int>[];
  await for (List<int> chunk in stream) {
    bytes.addAll(chunk);
  }
  return utf8.decode(bytes);
}

Future<void> main() async {
  Process echo = await Process.start('/bin/echo', <String>['hello', 'wörld']);
  print(echo.pid > 0);
  Future<String> echoOut = collect(echo.stdout);
  Future<String> echoErr = collect(echo.stderr);
  print(await echo.exitCode);
  print(await echoOut);
  print((await echoErr).isEmpty);

  Process cat = await Process.start('/bin/cat', <String>[]);
  Future<List<String>> catLines = cat.stdout.transform(utf8.decoder).transform(const LineSplitter()).toList();
  cat.stdin.writeln('first line');
  cat.stdin.write('second ');
  cat.stdin.add(utf8.encode('line, ünïcödé\n'));
  await cat.stdin.addStream(Stream<List<int>>.fromIterable(<List<int>>[utf8.encode('third\n')]));
  cat.stdin.write('no newline');
  await cat.stdin.close();
  print(await catLines);
  print(await cat.exitCode);

  Process sh = await Process.start('sh', <String>['-c', 'echo out; echo err >&2; exit 3']);
  Future<String> shOut = collect(sh.stdout);
  Future<String> shErr = collect(sh.stderr);
  print('exit ${await sh.exitCode}, out ${jsonEncode(await shOut)}, err ${jsonEncode(await shErr)}');

  Process shell = await Process.start('echo', <String>['a b', r'$HOME'], runInShell: true);
  print(await shell.stdout.transform(utf8.decoder).fold<String>('', (String a, String b) => a + b));
  await shell.exitCode;

  Process env = await Process.start('sh', <String>['-c', r'echo "$DARTC_TEST_VAR" in $(pwd)'],
      environment: <String, String>{'DARTC_TEST_VAR': 'set'}, workingDirectory: '/');
  print((await collect(env.stdout)).trim());
  await env.exitCode;

  Process sleeper = await Process.start('sleep', <String>['100']);
  print(sleeper.kill());
  print(await sleeper.exitCode);
  print(await collect(sleeper.stdout) == '');
  Process sleeper2 = await Process.start('sleep', <String>['100']);
  print(Process.killPid(sleeper2.pid, ProcessSignal.sigkill));
  print(await sleeper2.exitCode);
  print(ProcessSignal.sigint);

  try {
    await Process.start('/nonexistent/program', <String>['x', 'y']);
  } on ProcessException catch (e) {
    print(e);
  }

  Process lines = await Process.start('sh', <String>['-c', 'for i in 1 2 3; do echo line \$i; done']);
  int count = 0;
  await for (String line in lines.stdout.transform(utf8.decoder).transform(const LineSplitter())) {
    count++;
    print('$count $line');
  }
  print(await lines.exitCode);
}
