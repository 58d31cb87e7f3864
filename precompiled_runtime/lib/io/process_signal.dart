part of dart.io;

// ProcessSignal (the VM's sdk/lib/io/process.dart): the signals Process.kill and
// Process.killPid send, with Linux's numbers (the same on x86-64 and arm64), and `watch`: the
// runtime catches the signal and posts it to a RawReceivePort (io_signal_natives.cpp).

@pragma('dartc:native', 'dartrt_signal_watch')
external int _watchSignal(int signal, int port);
@pragma('dartc:native', 'dartrt_signal_unwatch')
external int _unwatchSignal(int signal);
@pragma('dartc:native', 'dartrt_io_pid')
external int _pid();

/// This process's id.
int get pid => _pid();

final class ProcessSignal {
  final int _signalNumber;
  final String _name;

  const ProcessSignal._(this._signalNumber, this._name);

  static const ProcessSignal sighup = ProcessSignal._(1, "SIGHUP");
  static const ProcessSignal sigint = ProcessSignal._(2, "SIGINT");
  static const ProcessSignal sigquit = ProcessSignal._(3, "SIGQUIT");
  static const ProcessSignal sigill = ProcessSignal._(4, "SIGILL");
  static const ProcessSignal sigtrap = ProcessSignal._(5, "SIGTRAP");
  static const ProcessSignal sigabrt = ProcessSignal._(6, "SIGABRT");
  static const ProcessSignal sigbus = ProcessSignal._(7, "SIGBUS");
  static const ProcessSignal sigfpe = ProcessSignal._(8, "SIGFPE");
  static const ProcessSignal sigkill = ProcessSignal._(9, "SIGKILL");
  static const ProcessSignal sigusr1 = ProcessSignal._(10, "SIGUSR1");
  static const ProcessSignal sigsegv = ProcessSignal._(11, "SIGSEGV");
  static const ProcessSignal sigusr2 = ProcessSignal._(12, "SIGUSR2");
  static const ProcessSignal sigpipe = ProcessSignal._(13, "SIGPIPE");
  static const ProcessSignal sigalrm = ProcessSignal._(14, "SIGALRM");
  static const ProcessSignal sigterm = ProcessSignal._(15, "SIGTERM");
  static const ProcessSignal sigchld = ProcessSignal._(17, "SIGCHLD");
  static const ProcessSignal sigcont = ProcessSignal._(18, "SIGCONT");
  static const ProcessSignal sigstop = ProcessSignal._(19, "SIGSTOP");
  static const ProcessSignal sigtstp = ProcessSignal._(20, "SIGTSTP");
  static const ProcessSignal sigttin = ProcessSignal._(21, "SIGTTIN");
  static const ProcessSignal sigttou = ProcessSignal._(22, "SIGTTOU");
  static const ProcessSignal sigurg = ProcessSignal._(23, "SIGURG");
  static const ProcessSignal sigxcpu = ProcessSignal._(24, "SIGXCPU");
  static const ProcessSignal sigxfsz = ProcessSignal._(25, "SIGXFSZ");
  static const ProcessSignal sigvtalrm = ProcessSignal._(26, "SIGVTALRM");
  static const ProcessSignal sigprof = ProcessSignal._(27, "SIGPROF");
  static const ProcessSignal sigwinch = ProcessSignal._(28, "SIGWINCH");
  static const ProcessSignal sigpoll = ProcessSignal._(29, "SIGPOLL");
  static const ProcessSignal sigsys = ProcessSignal._(31, "SIGSYS");


  String toString() => _name;

  /// A broadcast stream of this signal: while it has a listener, the signal no longer takes
  /// its default action (ending the process, for most) but is delivered here. Only the VM's
  /// watchable signals: SIGHUP, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH and SIGQUIT.
  Stream<ProcessSignal> watch() {
    if (this != sighup && this != sigint && this != sigterm && this != sigusr1 && this != sigusr2 &&
        this != sigwinch && this != sigquit) {
      throw SignalException("Listening for signal $this is not supported");
    }
    return (_signalWatchers[_signalNumber] ??= _SignalWatcher(this))._controller.stream;
  }
}

final Map<int, _SignalWatcher> _signalWatchers = <int, _SignalWatcher>{};

/// One signal's stream (the VM's _SignalController): the handler is installed when the first
/// listener comes and removed when the last one leaves; the open port keeps the event loop
/// running meanwhile.
final class _SignalWatcher {
  final ProcessSignal _signal;
  late final StreamController<ProcessSignal> _controller =
      StreamController<ProcessSignal>.broadcast(onListen: _listen, onCancel: _cancel);
  RawReceivePort? _port;

  _SignalWatcher(this._signal);

  void _listen() {
    RawReceivePort port = RawReceivePort((Object? _) {
      _controller.add(_signal);
    });
    // A SendPort's hashCode is its port's id (dart:isolate's ports.dart).
    if (_watchSignal(_signal._signalNumber, port.sendPort.hashCode) < 0) {
      OSError error = _lastOSError();
      port.close();
      _controller.addError(SignalException("Failed to listen for $_signal", error));
      return;
    }
    _port = port;
  }

  void _cancel() {
    RawReceivePort? port = _port;
    if (port == null) return;
    _port = null;
    _unwatchSignal(_signal._signalNumber);
    port.close();
  }
}

/// A failure to watch a signal (the VM's class and text).
class SignalException implements IOException {
  final String message;
  final OSError? osError;

  const SignalException(this.message, [this.osError]);

  String toString() {
    String msg = "";
    if (osError != null) msg = ", osError: $osError";
    return "SignalException: $message$msg";
  }
}
