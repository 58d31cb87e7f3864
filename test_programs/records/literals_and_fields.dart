// Record literals, field access and toString. Expected output derived from the records feature
// specification (dart-lang/language accepted/3.0/records/feature-specification.md: field getters
// `$1`, `$2` and named fields, fields evaluated left to right) and the VM's
// sdk/lib/_internal/vm/lib/record_patch.dart `_Record.toString` (positional fields, then
// `name: value` in the shape's order, whose names are sorted; no trailing comma).

(int, String) pair(int i) => (i, 'v$i');

({int x, int y}) point(int x, int y) => (x: x, y: y);

(int, {String name}) named(int i) => (i, name: 'n$i');

void main() {
  var r = (1, 'a');
  print(r);
  print(r.$1);
  print(r.$2);
  print(r.$1 + 41);
  var p = point(2, 3);
  print(p);
  print(p.x + p.y);
  print(named(7));
  print(named(7).name);
  print((1, y: 3, x: 2));
  print((b: 1, a: 2));
  print((1.5, null, true, [1, 2], {'k': 'v'}));
  print((1, 2, 3, 4, 5, 6, 7, 8, 9));
  print((1, 2, 3, 4, 5, 6, 7, 8, 9).$9);
  print((1,));
  print(());
  print(((1, 2), (x: (3,), y: 4)));
  print(((1, 2), (x: (3,), y: 4)).$2.x.$1);
  // Fields are evaluated in source order, whatever their names.
  var order = <String>[];
  String f(String s) {
    order.add(s);
    return s;
  }
  var q = (b: f('b'), f('p'), a: f('a'), f('q'));
  print(order);
  print(q);
  // A record type in the context gives the fields their contexts.
  (double, num) d = (1, 2);
  print(d);
  print(d.$1 is double);
  dynamic dyn = 5;
  (int, int) fromDynamic = (dyn, dyn);
  print(fromDynamic);
  (int, String)? maybe;
  print(maybe);
  maybe = pair(3);
  print(maybe.$2);
  print(maybe!.$1);
  // Records are values: generic containers hold them.
  var list = <(int, String)>[pair(1), pair(2)];
  print(list);
  print(list.map((e) => e.$2).join(','));
  // A dynamic read of a field.
  dynamic dr = (7, name: 'seven');
  print(dr.$1);
  print(dr.name);
  try {
    print(dr.$2);
  } on NoSuchMethodError {
    print('NoSuchMethodError');
  }
}
