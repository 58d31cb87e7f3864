// Everyday code: building and parsing strings. Each round writes 1,000 lines "item <i>: <value>"
// into a StringBuffer, splits the text into lines and parses each with indexOf, substring and
// int.parse, then rewrites it with replaceAll and toUpperCase and builds keys by interpolation.
// Prints a checksum of what it computed.
//   strings [rounds]     (default 1)

int round(int r) {
  final buffer = StringBuffer();
  for (var i = 0; i < 1000; i++) {
    buffer.write('item ');
    buffer.write(i);
    buffer.write(': ');
    buffer.write((i * 7 + r) % 1000);
    buffer.write('\n');
  }
  final text = buffer.toString();
  var checksum = text.length;

  for (final line in text.split('\n')) {
    if (line.isEmpty) continue;
    final colon = line.indexOf(':');
    final name = line.substring(0, colon);
    final value = int.parse(line.substring(colon + 2));
    checksum += value + name.length;
  }

  final renamed = text.replaceAll('item', 'entry');
  checksum += renamed.length;
  final upper = renamed.toUpperCase();
  checksum += upper.codeUnitAt(upper.length ~/ 2);

  var keys = '';
  for (var i = 0; i < 100; i++) {
    keys = '$i-${i * i}';
    checksum += keys.length;
  }
  return checksum;
}

void main(List<String> args) {
  final rounds = args.isEmpty ? 1 : int.parse(args[0]);
  var checksum = 0;
  for (var r = 0; r < rounds; r++) {
    checksum += round(r);
  }
  print(checksum);
}
