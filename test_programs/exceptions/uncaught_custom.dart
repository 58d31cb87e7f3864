// A custom object thrown and never caught ends the program like the Dart VM does: stdout keeps
// what was printed before, stderr gets 'Unhandled exception:', the object's toString() and the
// stack trace (innermost frame first), and the exit code is 255. finally clauses on the way out
// still run.
//
// Expectations derived by hand from the Dart VM's behaviour for uncaught exceptions (the
// 'Unhandled exception:' report on stderr, exit code 255) and the trace format '#0      name ('.

class ConfigError {
  final String key;
  ConfigError(this.key);
  String toString() => 'ConfigError: missing key "$key"';
}

void load(int depth) {
  if (depth > 0) load(depth - 1);
  throw ConfigError('port');
}

void main() {
  print('starting');
  try {
    load(2);
  } finally {
    print('cleanup ran');
  }
  print('not reached');
}
