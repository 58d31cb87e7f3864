part of dart.io;

// Platform (the VM's sdk/lib/io/platform.dart, platform_impl.dart) and exitCode.

external int _numberOfProcessors();
@pragma('dartc:native', 'dartrt_io_environment')
external String _environmentEntries();
@pragma('dartc:native', 'dartrt_io_executable')
external String _executable();
@pragma('dartc:native', 'dartrt_io_resolved_executable')
external String? _resolvedExecutable();
@pragma('dartc:native', 'dartrt_io_local_hostname')
external String? _localHostname();
@pragma('dartc:native', 'dartrt_io_exit_code')
external int _getExitCode();
@pragma('dartc:native', 'dartrt_io_set_exit_code')
external void _setExitCode(int code);

/// The exit code the process ends with when main returns (0 unless set).
int get exitCode => _getExitCode();
set exitCode(int code) => _setExitCode(code);

abstract final class Platform {
  static int get numberOfProcessors => _numberOfProcessors();
  static String get operatingSystem => "linux";
  static String get operatingSystemVersion => "Linux";
  static bool get isLinux => true;
  static bool get isMacOS => false;
  static bool get isWindows => false;
  static bool get isAndroid => false;
  static bool get isIOS => false;
  static bool get isFuchsia => false;
  static String get pathSeparator => "/";
  static String get lineTerminator => "\n";
  static String get localeName => "en_US";

  /// The environment when it was first asked for, unmodifiable.
  static Map<String, String> get environment => _environment ??= _readEnvironment();
  static Map<String, String>? _environment;

  static Map<String, String> _readEnvironment() {
    Map<String, String> map = <String, String>{};
    String entries = _environmentEntries();
    int start = 0;
    while (start < entries.length) {
      int end = entries.indexOf('\u0000', start);
      // The VM skips entries without '=' or with it first (as in "=C:=C:\").
      int equals = entries.indexOf('=', start);
      if (equals > start && equals < end) {
        map[entries.substring(start, equals)] = entries.substring(equals + 1, end);
      }
      start = end + 1;
    }
    return UnmodifiableMapView<String, String>(map);
  }

  /// The name the program was started with (its argv[0]).
  static String get executable => _executable();

  /// A compiled program's script is its executable: the VM resolves the name it was started
  /// with (argv[0]) as a file URI against the working directory (sdk/lib/io/platform_impl.dart,
  /// Uri.base.resolveUri(Uri.file(script))).
  static Uri get script {
    String current = Directory.current.path;
    return Uri.directory(current).resolveUri(Uri.file(executable));
  }

  /// The running executable's absolute path with links resolved.
  static String get resolvedExecutable =>
      _resolvedExecutable() ?? _throwFileSystemError("Cannot get the executable's path", "/proc/self/exe");

  static String get localHostname {
    String? name = _localHostname();
    if (name == null) throw _lastOSError();
    return name;
  }

  /// dartc implements the Dart 3 language; the text has the VM's shape
  /// ("<version> (<channel>) on \"<os>_<arch>\"").
  static String get version => '3.0.0 (dartc) on "linux_${_arch()}"';

  static List<String> get executableArguments => const <String>[];
}

@pragma('dartc:native', 'dartrt_io_arch_is_arm64')
external bool _archIsArm64();

String _arch() => _archIsArm64() ? "arm64" : "x64";
