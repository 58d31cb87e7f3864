// Everyday code: JSON. Each round generates a document (200 records with strings that need
// escaping, ints, bools, nulls, nested lists and maps), encodes it with jsonEncode, decodes the
// text with jsonDecode and walks the result. Prints a checksum of the text's length and of the
// values read back.
//   json_codec [rounds]     (default 1)
import 'dart:convert';

List<Object?> document(int r) {
  final records = <Object?>[];
  for (var i = 0; i < 200; i++) {
    records.add(<String, Object?>{
      'id': i + r,
      'name': 'user "$i"',
      'active': i.isEven,
      'score': (i * 37 + r) % 1000,
      'tags': ['t${i % 7}', 'back\\slash', 'tab\there'],
      'address': {'street': 'Main St. $i', 'zip': '${10000 + i}', 'note': 'line1\nline2'},
      'parent': null,
    });
  }
  return records;
}

int round(int r) {
  final text = jsonEncode(document(r));
  var checksum = text.length;
  final decoded = jsonDecode(text) as List<dynamic>;
  for (final record in decoded) {
    final map = record as Map<String, dynamic>;
    checksum += (map['id'] as int) + (map['score'] as int);
    if (map['active'] as bool) checksum++;
    checksum += (map['tags'] as List<dynamic>).length;
    final address = map['address'] as Map<String, dynamic>;
    checksum += (address['zip'] as String).length + (map['name'] as String).length;
    if (map['parent'] == null) checksum++;
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
