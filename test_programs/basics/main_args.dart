// main(List<String> args) receives the command-line arguments (main_args.args, one per line:
// the runner passes each line as one argument, spaces and non-ASCII text included; `naïve` is
// five UTF-16 code units).
//
// Expectations derived by hand: args holds the arguments in order, without the program name.
void main(List<String> args) {
  print('count: ${args.length}');
  for (var i = 0; i < args.length; i++) {
    print('$i: "${args[i]}" (${args[i].length})');
  }
  print(args.isEmpty ? 'no arguments' : 'last: ${args.last}');
  print(args.where((a) => a.startsWith('--')).toList());
}
