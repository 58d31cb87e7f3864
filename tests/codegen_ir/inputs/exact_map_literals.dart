// Map and set literals insert their entries through the unchecked `[]=` / `add` (the keys,
// values and elements are statically of the literal's types), and a local that only holds a
// literal's object calls `[]=` unchecked (dart:convert's JSON parser builds its maps so).
Map<String, Object?> record(int i) => <String, Object?>{'id': i, 'name': 'n$i', 'tags': <int>[i]};

Set<String> names(String a, String b) => <String>{a, b};

Map<String, dynamic> lengths(List<String> keys) {
  var map = <String, dynamic>{};
  for (var k in keys) {
    map[k] = k.length;
  }
  return map;
}

void main(List<String> args) {
  var n = args.length;
  print(record(n));
  print(names('a$n', 'b'));
  print(lengths(['x', 'yy$n']));
}
