// JSON text built in a byte buffer (dart:convert's encoder) and strings with escapes unescaped in
// one (its decoder): one-byte text, text with units above 0xFF (which moves to a StringBuffer
// and back), buffers that grow in the middle of a string or an escape, ints written digit by
// digit, maps copied before they are written, and errors that report what was written so far.
// Expected output: the VM's sdk/lib/convert/json.dart (checked against JSON.stringify and
// JSON.parse, which escape and unescape alike, for the strings).
import 'dart:collection';
import 'dart:convert';

class Mutator {
  final Map<String, Object?> map;
  Mutator(this.map);
  Object? toJson() {
    map['b'] = 2;
    map['c'] = 3;
    return 'x';
  }
}

class Fails {
  Object? toJson() => throw StateError('no');
}

String codes(String s) => s.codeUnits.map((c) => c.toRadixString(16)).join(' ');

void main() {
  var controls = String.fromCharCodes(List<int>.generate(32, (i) => i));
  print(jsonEncode(controls));
  print(jsonEncode(['plain', 'q"b\\s/', '\u00e9\u00ff\u007f', 'a\u20acb', '\u20ac"\n\u0001']));
  print(jsonEncode(['\ud800', 'x\udc00y', '\ud83d\ude00', '\ude00\ud83d', '\u20ac\ud800']));
  // One-byte text after two-byte text, and two-byte text at the end.
  print(jsonEncode({'k\u20ac': 'v', 'n': [1, 'w\u00e9', null, true, false], '\u0100': '\u0101'}));
  // Buffers grow inside long strings, inside escapes and between parts.
  var long = List<String>.generate(100, (i) => 'ab"\n\u0002').join();
  var text = jsonEncode([long, long.substring(3), 'x' * 600, '\u20ac' * 300, long]);
  print(text.length);
  print(text.substring(0, 40));
  print(text.substring(text.length - 40));
  var back = jsonDecode(text) as List<dynamic>;
  print(back[0] == long && back[1] == long.substring(3) && back[2] == 'x' * 600);
  print(back[3] == '\u20ac' * 300 && back[4] == long);
  print(jsonEncode([0, -1, 9, 10, -10, 99, 100, 1234567890123456789, 9223372036854775807,
      -9223372036854775808, -9223372036854775807]));
  print(jsonEncode([1.5, -0.0, 1e21, 0.1, 100.0]));
  print(const JsonEncoder.withIndent('\u2192 ').convert({'a': [1, '\u00e9'], 'b': {}}));
  print(const JsonEncoder.withIndent('\t').convert(['a', {'b': null}]));

  // Maps: removed entries, other map classes, non-string keys, and a map changed while it is
  // written (what forEach gave at the start is written).
  var removed = <String, int>{'a': 1, 'b': 2, 'c': 3, 'd': 4}
    ..remove('b')
    ..remove('d');
  print(jsonEncode(removed));
  print(jsonEncode(HashMap<String, int>()..['h'] = 1));
  print(jsonEncode(SplayTreeMap<String, int>()
    ..['z'] = 1
    ..['a'] = 2));
  print(jsonEncode(Map<String, int>.identity()..['i'] = 1));
  var changing = <String, Object?>{'b': 1};
  changing['a'] = Mutator(changing);
  print(jsonEncode(changing));
  print(changing.keys.toList());
  try {
    jsonEncode({1: 2});
  } on JsonUnsupportedObjectError catch (e) {
    print('unsupported: ${e.partialResult}');
  }
  for (var value in [
    ['\u20ac', 'a', Fails()],
    ['a', Fails()],
    {'\u20ac': '\u00e9', 'z': [Fails()]},
  ]) {
    try {
      jsonEncode(value);
    } on JsonUnsupportedObjectError catch (e) {
      print('partial: ${e.partialResult} (${e.cause})');
    }
  }

  // Decoding escapes: one-byte results, two-byte ones (from the text or a \u escape), long
  // ones, one after another.
  var decoded = jsonDecode(r'["a\nb", "\u00e9\u00ff\"", "\u20ac\t", "\u20ac\\", "x\u0041\/", '
      r'"\ud83d\ude00", "\\", "\"\"", "\u0000"]') as List<dynamic>;
  for (var s in decoded) {
    print(codes(s as String));
  }
  var escapedLong = '"${'a\\n' * 100}\\u0100"';
  var s = jsonDecode(escapedLong) as String;
  print('${s.length} ${s.codeUnitAt(0)} ${s.codeUnitAt(1)} ${s.codeUnitAt(200)}');
  s = jsonDecode('"${'b\\t' * 100}"') as String;
  print('${s.length} ${s.codeUnitAt(198)} ${s.codeUnitAt(199)}');
  print(jsonDecode('{"k\\u00e9": "v\\n", "k\\u00e9": 2, "\u20ac\\n": 3}'));
  for (var bad in [
    '"ab\\',
    '"ab\\q"',
    '"ab\\n\u0001"',
    '"\u20ac\\n\u0001"',
    '"ab\\u12g4"',
    '"ab\\n',
    '"\u20ac\\n',
    '"\u20ac\\u00',
  ]) {
    try {
      jsonDecode(bad);
    } on FormatException catch (e) {
      print('${e.message} at ${e.offset}');
    }
  }
}
