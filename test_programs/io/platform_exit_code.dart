// Platform and exitCode. Expected output derived from the VM's sdk/lib/io/platform.dart
// (environment is an unmodifiable map: writing throws UnsupportedError "Cannot modify
// unmodifiable map"; pathSeparator "/" and operatingSystem "linux" on Linux) and process.dart
// (the process exits with exitCode when main returns); the variables come from
// platform_exit_code.env.
import 'dart:io';

void main() {
  Map<String, String> env = Platform.environment;
  print(env['DARTC_IO_GREETING']);
  print(env['DARTC_IO_EMPTY']);
  print(env.containsKey('DARTC_IO_EMPTY'));
  print(env['DARTC_IO_NOT_SET']);
  print(env['DARTC_IO_EQUALS']);
  try {
    env['DARTC_IO_GREETING'] = 'changed';
  } on UnsupportedError catch (e) {
    print(e);
  }
  print(identical(env, Platform.environment));
  print(Platform.operatingSystem);
  print(Platform.isLinux);
  print(Platform.pathSeparator);
  print(Platform.numberOfProcessors > 0);
  print(Platform.localHostname.isNotEmpty);
  print(Platform.executable.endsWith('platform_exit_code'));
  print(Platform.resolvedExecutable.startsWith('/'));
  print(Platform.resolvedExecutable.endsWith('/platform_exit_code'));
  print(exitCode);
  exitCode = 42;
  print(exitCode);
  stdout.write('written ');
  stdout.writeAll(['a', 'b', 'c'], '-');
  stdout.writeCharCode(0x21);
  stdout.writeln();
  stdout.add([0x62, 0x79, 0x74, 0x65, 0x73, 0x0A]);
  stdout.flush();
  print(stdout.hasTerminal);
}
