// jsonEncode writes into one byte buffer (lib/convert.dart's _JsonStringifier): no StringBuffer
// part per quote, comma, key or number, no string per int, no key/value list filled through a
// closure per map; jsonDecode unescapes into one buffer (no substring and part per piece).
import 'dart:convert';

void main() {
  var doc = [
    for (var i = 0; i < 5000; i++) {'key': i, 'text': 'a"b\n', 'list': [i, true, null]}
  ];
  var total = 0;
  for (var r = 0; r < 20; r++) {
    total += jsonEncode(doc).length;
  }
  var strings = jsonEncode([for (var i = 0; i < 5000; i++) 'x\ty"z\\$i']);
  for (var r = 0; r < 20; r++) {
    total += (jsonDecode(strings) as List<dynamic>).length;
  }
  print('total: $total');
}
