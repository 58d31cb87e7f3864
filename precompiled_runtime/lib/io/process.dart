part of dart.io;

// Process.runSync, Process.run, Process.start and ProcessResult (the VM's sdk/lib/io/
// process.dart); the started process is in process_start.dart.

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

abstract interface class Process {
  /// Runs [executable] (searched on PATH) with [arguments] and waits for it; its stdin is empty,
  /// its stdout and stderr are collected and decoded with the encodings (bytes when null).
  static ProcessResult runSync(String executable, List<String> arguments,
      {String? workingDirectory,
      Map<String, String>? environment,
      bool includeParentEnvironment = true,
      bool runInShell = false,
      Encoding? stdoutEncoding = systemEncoding,
      Encoding? stderrEncoding = systemEncoding}) {
    _Command command = _Command(executable, arguments, environment, includeParentEnvironment, runInShell);
    if (_runProcess(command.program, command.arguments, workingDirectory, command.environment) < 0) {
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

  /// Starts [executable] (as runSync does) with pipes for its stdin, stdout and stderr
  /// (process_start.dart). Only ProcessStartMode.normal is there yet.
  static Future<Process> start(String executable, List<String> arguments,
      {String? workingDirectory,
      Map<String, String>? environment,
      bool includeParentEnvironment = true,
      bool runInShell = false,
      ProcessStartMode mode = ProcessStartMode.normal}) {
    if (mode != ProcessStartMode.normal) {
      throw UnsupportedError("Process.start with $mode is not supported yet by dartc");
    }
    _Command command = _Command(executable, arguments, environment, includeParentEnvironment, runInShell);
    return _runLater<Process>(() => _ProcessImpl._start(executable, arguments, command, workingDirectory));
  }

  /// Sends [signal] to the process [pid]; whether it could be sent.
  static bool killPid(int pid, [ProcessSignal signal = ProcessSignal.sigterm]) =>
      _killPid(pid, signal._signalNumber) == 0;

  Future<int> get exitCode;
  Stream<List<int>> get stdout;
  Stream<List<int>> get stderr;
  IOSink get stdin;
  int get pid;
  bool kill([ProcessSignal signal = ProcessSignal.sigterm]);

  static dynamic _output(String bytes, Encoding? encoding) =>
      encoding == null ? _bytesOf(bytes) : _decodeBytes(bytes, encoding);

  static String _shellQuote(String s) => s.replaceAll("'", "'\"'\"'");
}

/// What runSync and start run: the program, its arguments as "a\0b\0..." and the environment
/// as "K=V\0..." (null: this process's). runInShell runs `/bin/sh -c` with each word
/// single-quoted, as the VM does.
final class _Command {
  String program;
  String arguments = "";
  String? environment;

  _Command(String executable, List<String> args, Map<String, String>? env, bool includeParentEnvironment,
      bool runInShell)
      : program = executable {
    List<String> words = args;
    if (runInShell) {
      program = "/bin/sh";
      StringBuffer commandLine = StringBuffer("'${Process._shellQuote(executable)}'");
      for (String arg in args) {
        commandLine.write(" '${Process._shellQuote(arg)}'");
      }
      words = <String>["-c", commandLine.toString()];
    }
    StringBuffer joined = StringBuffer();
    for (String word in words) {
      joined.write(word);
      joined.write('\u0000');
    }
    arguments = joined.toString();
    if (env != null || !includeParentEnvironment) {
      Map<String, String> all = <String, String>{};
      if (includeParentEnvironment) all.addAll(Platform.environment);
      if (env != null) all.addAll(env);
      StringBuffer entries = StringBuffer();
      all.forEach((String key, String value) {
        entries.write(key);
        entries.write('=');
        entries.write(value);
        entries.write('\u0000');
      });
      environment = entries.toString();
    }
  }
}
