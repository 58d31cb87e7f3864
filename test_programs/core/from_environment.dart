// String/int/bool.fromEnvironment and bool.hasEnvironment with the -D/--define declarations of
// from_environment.flags.
//
// Expectations derived by hand from the Dart front end's constant evaluator
// (pkg/front_end's _handleFromEnvironment: a missing name gives defaultValue, whose defaults are
// "", 0 and false; int.fromEnvironment takes what int.tryParse accepts, else the default;
// bool.fromEnvironment only "true" and "false"; bool.hasEnvironment whether the name is declared)
// and from `dart compile exe`'s option parsing (pkg/dartdev's compile.dart: commas separate
// declarations, -D and --define are the same multi-option; gen_kernel's parseCommandLineDefines
// ignores an entry without '=', a later declaration of a name wins). A non-const invocation
// sees no declarations in an AOT executable (dart-lang/sdk#56146): it gives the default.
const greeting = String.fromEnvironment('GREETING');
const missing = String.fromEnvironment('MISSING', defaultValue: 'none');
const count = int.fromEnvironment('COUNT');
const hex = int.fromEnvironment('HEX');
const negative = int.fromEnvironment('NEGATIVE');
const notAnInt = int.fromEnvironment('NOT_INT', defaultValue: -1);
const tooBig = int.fromEnvironment('TOO_BIG', defaultValue: 7);
const flag = bool.fromEnvironment('FLAG');
const yes = bool.fromEnvironment('YES', defaultValue: true);
const off = bool.fromEnvironment('OFF', defaultValue: true);

class Config {
  final String name;
  final int level;
  const Config(this.name, this.level);
}

const config = Config(String.fromEnvironment('NAME'), int.fromEnvironment('LEVEL', defaultValue: 3));

String mode() {
  switch (const String.fromEnvironment('MODE')) {
    case 'release':
      return 'release mode';
    default:
      return 'other mode';
  }
}

void main() {
  print('greeting: "$greeting"');
  print('missing: "$missing"');
  print('count: $count, hex: $hex, negative: $negative, notAnInt: $notAnInt, tooBig: $tooBig');
  print('flag: $flag, yes: $yes, off: $off');
  print('has GREETING: ${const bool.hasEnvironment('GREETING')}');
  print('has MISSING: ${const bool.hasEnvironment('MISSING')}');
  print('has EMPTY: ${const bool.hasEnvironment('EMPTY')}, EMPTY: "${const String.fromEnvironment('EMPTY', defaultValue: 'x')}"');
  print('has NO_EQUALS: ${const bool.hasEnvironment('NO_EQUALS')}');
  print('A: ${const String.fromEnvironment('A')}, B: ${const String.fromEnvironment('B')}');
  print('REPEATED: ${const String.fromEnvironment('REPEATED')}');
  print('EQUALS: ${const String.fromEnvironment('EQUALS')}');
  print('${config.name} ${config.level}');
  print(mode());
  const list = [String.fromEnvironment('A'), int.fromEnvironment('COUNT')];
  print(list);
  // Evaluated at run time: no declarations.
  print('"${String.fromEnvironment('GREETING')}" ${int.fromEnvironment('COUNT', defaultValue: 5)} '
      '${bool.fromEnvironment('FLAG')} ${bool.hasEnvironment('GREETING')}');
}
