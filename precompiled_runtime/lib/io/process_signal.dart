part of dart.io;

// ProcessSignal (the VM's sdk/lib/io/process.dart): the signals Process.kill and
// Process.killPid send, with Linux's numbers (the same on x86-64 and arm64).

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

  @pragma('dartc:unsupported', "watching signals is not there yet")
  dynamic watch() => _unsupported("ProcessSignal.watch");
}
