part of dart.io;

// Process.start's process (the VM's sdk/lib/io/process.dart interface; docs/io.md,
// "Process.start"). The runtime reads the child's stdout and stderr on threads of its own and
// waits for its exit on another (io_process_start_natives.cpp); each of them posts an int to
// this process's RawReceivePort (0: stdout has bytes or ended, 1: the same for stderr, 2: the
// child exited), so the event loop wakes up in its wait for port messages, and the open port
// keeps the loop running until all three have been seen.

@pragma('dartc:native', 'dartrt_process_start')
external int _startProcess(String executable, String arguments, String? workingDirectory, String? environment,
    int port);
@pragma('dartc:native', 'dartrt_process_pid')
external int _processPid(int handle);
@pragma('dartc:native', 'dartrt_process_stdin_fd')
external int _processStdinFd(int handle);
@pragma('dartc:native', 'dartrt_process_take')
external String? _processTake(int handle, int which);
@pragma('dartc:native', 'dartrt_process_took_end')
external int _processTookEnd(int handle);
@pragma('dartc:native', 'dartrt_process_exit_code')
external int _processExitCode(int handle);
@pragma('dartc:native', 'dartrt_process_release')
external void _processRelease(int handle);
@pragma('dartc:native', 'dartrt_process_kill')
external int _killPid(int pid, int signal);
@pragma('dartc:native', 'dartrt_process_write')
external int _pipeWrite(int fd, String bytes, int start, int end);

/// How Process.start connects the child (the VM's values; dartc has `normal` only so far).
final class ProcessStartMode {
  final int _mode;
  const ProcessStartMode._(this._mode);

  static const ProcessStartMode normal = ProcessStartMode._(0);
  static const ProcessStartMode inheritStdio = ProcessStartMode._(1);
  static const ProcessStartMode detached = ProcessStartMode._(2);
  static const ProcessStartMode detachedWithStdio = ProcessStartMode._(3);

  static List<ProcessStartMode> get values => const <ProcessStartMode>[normal, inheritStdio, detached, detachedWithStdio];

  String toString() => const <String>["normal", "inheritStdio", "detached", "detachedWithStdio"][_mode];
}

final class _ProcessImpl implements Process {
  final int _handle;
  final RawReceivePort _port;
  final int pid;
  final IOSink stdin;
  final StreamController<List<int>> _stdout = StreamController<List<int>>();
  final StreamController<List<int>> _stderr = StreamController<List<int>>();
  final Completer<int> _exitCode = Completer<int>();
  int _unfinished = 3;  // stdout's end, stderr's end, the exit

  _ProcessImpl._(this._handle, this._port)
      : pid = _processPid(_handle),
        stdin = _IOSinkImpl(_PipeConsumer(_processStdinFd(_handle)), systemEncoding);

  static _ProcessImpl _start(String executable, List<String> arguments, _Command command, String? workingDirectory) {
    RawReceivePort port = RawReceivePort();
    // A SendPort's hashCode is its port's id (dart:isolate's ports.dart).
    int handle =
        _startProcess(command.program, command.arguments, workingDirectory, command.environment, port.sendPort.hashCode);
    if (handle < 0) {
      OSError error = _lastOSError();
      port.close();
      throw ProcessException(executable, arguments, error.message, error.errorCode);
    }
    _ProcessImpl process = _ProcessImpl._(handle, port);
    port.handler = process._onEvent;
    return process;
  }

  Future<int> get exitCode => _exitCode.future;
  Stream<List<int>> get stdout => _stdout.stream;
  Stream<List<int>> get stderr => _stderr.stream;

  bool kill([ProcessSignal signal = ProcessSignal.sigterm]) => _killPid(pid, signal._signalNumber) == 0;

  void _onEvent(Object? message) {
    int which = message as int;
    if (which == 2) {
      _exitCode.complete(_processExitCode(_handle));
      _finished();
      return;
    }
    StreamController<List<int>> output = which == 0 ? _stdout : _stderr;
    if (output.isClosed) return;
    String bytes = _processTake(_handle, which) ?? _throwIfOutOfMemory();
    bool ended = _processTookEnd(_handle) != 0;
    if (bytes.isNotEmpty) output.add(_bytesOf(bytes));
    if (ended) {
      output.close();
      _finished();
    }
  }

  void _finished() {
    if (--_unfinished > 0) return;
    _port.close();
    _processRelease(_handle);
  }
}

/// The child's stdin: each chunk is written at once (blocking while the pipe is full); close
/// closes the pipe, so the child reads its end. A write to a child that no longer reads ends
/// the adding with the OSError (EPIPE).
final class _PipeConsumer implements StreamConsumer<List<int>> {
  final int _fd;
  _PipeConsumer(this._fd);

  Future addStream(Stream<List<int>> stream) {
    Completer<dynamic> completer = Completer<dynamic>();
    late StreamSubscription<List<int>> subscription;
    subscription = stream.listen((List<int> data) {
      String bytes = _stringOfBytes(data, 0, data.length);
      if (_pipeWrite(_fd, bytes, 0, bytes.length) < 0) {
        subscription.cancel();
        completer.completeError(_lastOSError());
      }
    }, onError: (Object error, StackTrace stackTrace) {
      completer.completeError(error, stackTrace);
    }, onDone: () {
      completer.complete();
    }, cancelOnError: true);
    return completer.future;
  }

  Future close() {
    _close(_fd);
    return Future<dynamic>.value();
  }
}
