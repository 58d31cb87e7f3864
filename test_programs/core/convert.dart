// dart:convert: JSON encoding (compact and indented), decoding, errors; UTF-8, base64,
// LineSplitter.
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/convert/
// json.dart: compact output has no spaces, withIndent puts each element on its own line with
// '": "' after keys, strings escape quotes, backslashes and control characters (\u00xx for the
// unnamed ones), objects are converted with toJson() and an object that cannot be converted
// gives JsonUnsupportedObjectError; decoding gives Map<String, dynamic>, List<dynamic>, int,
// double, String, bool and null, integers too large for an int become doubles, and syntax errors
// are FormatExceptions at the offending character; an integer literal is an int, so '-0' is the
// int 0 and '-0.0' the double -0.0, as in the VM's parser, sdk/lib/_internal/vm/lib/
// convert_patch.dart, which negates the int it collected), RFC 3629 UTF-8 and RFC 4648 base64.
import 'dart:convert';

class Person {
  final String name;
  final int age;
  Person(this.name, this.age);
  Map<String, dynamic> toJson() => {'name': name, 'age': age};
}

void main() {
  print(jsonEncode({'a': 1, 'b': [true, false, null, 1.5, -3], 'c': {}, 'd': []}));
  print(jsonEncode('quote " backslash \\ newline \n tab \t bell \u0007 é'));
  print(jsonEncode([Person('Ann', 31), Person('Bob', 4)]));
  print(const JsonEncoder.withIndent('  ').convert({
    'list': [1, 2],
    'map': {'k': 'v'},
    'empty': []
  }));
  print(json.encode(12345678901234));
  var decoded = jsonDecode(' {"n": 1, "f": 2.5, "e": 1e3, "s": "a\\u00e9\\n", "l": [null, true], "m": {}} ');
  print(decoded);
  print(decoded['l']);
  print(decoded['f'] + 1);
  print(jsonDecode('12345678901234567890'));
  print(jsonDecode('-0'));
  print(jsonDecode('-0') is int);
  print(jsonDecode('[-0.0, -0e1]'));
  print(jsonDecode('"x"'));
  for (var text in ['[1,]', '{"a" 1}', '[1']) {
    try {
      jsonDecode(text);
    } catch (e) {
      print(e);
    }
  }
  try {
    jsonEncode(Object());
  } catch (e) {
    print(e);
  }
  var cyclic = <Object>[];
  cyclic.add(cyclic);
  try {
    jsonEncode(cyclic);
  } catch (e) {
    print(e);
  }

  print(utf8.encode('hé€😀'));
  print(utf8.decode([104, 195, 169, 226, 130, 172, 240, 159, 152, 128]));
  print(utf8.decode([0x61, 0xFF, 0x62], allowMalformed: true).codeUnits);
  try {
    utf8.decode([0x61, 0xC3]);
  } catch (e) {
    print(e is FormatException);
  }
  print(base64Encode(utf8.encode('hello world')));
  print(base64Encode([0, 255, 254]));
  print(utf8.decode(base64Decode('aGVsbG8gd29ybGQ=')));
  print(const LineSplitter().convert('one\ntwo\r\nthree\rfour\n'));
  print(ascii.encode('abc'));
  print(latin1.decode([0xE9, 0x41]));
}
