part of dart.io;

// Process.runSync and ProcessResult (the VM's sdk/lib/io/process.dart). Process.run and
// Process.start need an event loop: not provided yet.

@pragma('dartc:native', 'dartrt_io_run_process')
external int _runProcess(String executable, String arguments, String? workingDirectory, String? environment);
@pragma('dartc:native', 'dartrt_io_process_result')
external int _processResult(int field);
@pragma('dartc:native', 'dartrt_io_process_output')
external String? _processOutput(int which);

class ProcessResult {
  final int exitCode;
  final dynamic stdout;
  final dynamic stderr;
  final int pid;

  ProcessResult(this.pid, this.exitCode, this.stdout, this.stderr);
}

abstract final class Process {
  /// Runs [executable] (searched on PATH) with [arguments] and waits for it; its stdin is empty,
  /// its stdout and stderr are collected and decoded with the encodings (bytes when null).
  static ProcessResult runSync(String executable, List<String> arguments,
      {String? workingDirectory,
      Map<String, String>? environment,
      bool includeParentEnvironment = true,
      bool runInShell = false,
      Encoding? stdoutEncoding = systemEncoding,
      Encoding? stderrEncoding = systemEncoding}) {
    String program = executable;
    List<String> args = arguments;
    if (runInShell) {
      program = "/bin/sh";
      StringBuffer commandLine = StringBuffer("'${_shellQuote(executable)}'");
      for (String arg in arguments) {
        commandLine.write(" '${_shellQuote(arg)}'");
      }
      args = <String>["-c", commandLine.toString()];
    }
    StringBuffer joined = StringBuffer();
    for (String arg in args) {
      joined.write(arg);
      joined.write('\u0000');
    }
    String? env;
    if (environment != null || !includeParentEnvironment) {
      Map<String, String> all = <String, String>{};
      if (includeParentEnvironment) all.addAll(Platform.environment);
      if (environment != null) all.addAll(environment);
      StringBuffer entries = StringBuffer();
      all.forEach((String key, String value) {
        entries.write(key);
        entries.write('=');
        entries.write(value);
        entries.write('\u0000');
      });
      env = entries.toString();
    }
    if (_runProcess(program, joined.toString(), workingDirectory, env) < 0) {
      OSError error = _lastOSError();
      throw ProcessException(executable, arguments, error.message, error.errorCode);
    }
    int pid = _processResult(0);
    int code = _processResult(1);
    String out = _processOutput(0) ?? _throwIfOutOfMemory();
    String err = _processOutput(1) ?? _throwIfOutOfMemory();
    return ProcessResult(pid, code, _output(out, stdoutEncoding), _output(err, stderrEncoding));
  }

  /// runSync, run later from the event loop (io_futures.dart); a failure to start the program
  /// completes the future with the ProcessException.
  static Future<ProcessResult> run(String executable, List<String> arguments,
          {String? workingDirectory,
          Map<String, String>? environment,
          bool includeParentEnvironment = true,
          bool runInShell = false,
          Encoding? stdoutEncoding = systemEncoding,
          Encoding? stderrEncoding = systemEncoding}) =>
      _runLater<ProcessResult>(() => runSync(executable, arguments,
          workingDirectory: workingDirectory,
          environment: environment,
          includeParentEnvironment: includeParentEnvironment,
          runInShell: runInShell,
          stdoutEncoding: stdoutEncoding,
          stderrEncoding: stderrEncoding));

  @pragma('dartc:unsupported', "Process.start is not there yet; use Process.run or Process.runSync")
  static dynamic start(String executable, List<String> arguments,
          {String? workingDirectory,
          Map<String, String>? environment,
          bool includeParentEnvironment = true,
          bool runInShell = false}) =>
      _unsupported("Process.start");

  static dynamic _output(String bytes, Encoding? encoding) =>
      encoding == null ? _bytesOf(bytes) : _decodeBytes(bytes, encoding);

  static String _shellQuote(String s) => s.replaceAll("'", "'\"'\"'");
}
