// Record equality, hashCode, runtimeType, is/as and records as map keys and set elements.
// Expected output derived from the records feature specification (dart-lang/language
// accepted/3.0/records/feature-specification.md: "Equality" — same shape and pairwise equal
// fields; "Runtime type" — the record type of the fields' runtime types; record types are
// covariant in their field types and subtypes of Record) and the VM's
// sdk/lib/_internal/vm/lib/record_patch.dart (==, hashCode from the fields). Type names are
// printed as the VM prints record types: `(int, String)`, `({int x, int y})`,
// `(int, {String name})`; a cast failure is the VM's TypeError text.

class Box<T> {
  final T value;
  Box(this.value);
  bool holds(Object? o) => o is T;
  void set(T v) {}
}

class Money {
  final int cents;
  Money(this.cents);
  bool operator ==(Object other) => other is Money && other.cents == cents;
  int get hashCode => cents.hashCode;
}

void main() {
  var r = (1, 'a');
  print(r == (1, 'a'));
  print(r == (1, 'b'));
  print(r == (1, 'a', 2));
  print((x: 1, y: 2) == (y: 2, x: 1));
  print((x: 1, y: 2) == (1, 2));
  print(r.hashCode == (1, 'a').hashCode);
  print((Money(5), 1) == (Money(5), 1));
  print((Money(5), 1).hashCode == (Money(5), 1).hashCode);
  print(r.runtimeType);
  print((x: 1, y: 2).runtimeType);
  print((1, name: 'n').runtimeType);
  print((1, [1], null).runtimeType);
  print(r.runtimeType == (2, 'b').runtimeType);
  print(r.runtimeType == (2, 3).runtimeType);
  Object o = r;
  print(o is (int, String));
  print(o is (num, Object));
  print(o is (Object?, dynamic));
  print(o is (String, int));
  print(o is (int, String, int));
  print(o is ({int x, int y}));
  print(o is Record);
  print(o is Object);
  print(5 is Record);
  print(o is (int, String)?);
  print(null is (int, String)?);
  print(null is (int, String));
  var named = (x: 1, y: 2) as Object;
  print(named is ({int x, int y}));
  print(named is ({num x, num y}));
  print(named is ({int x, int z}));
  var casted = o as (num, String);
  print(casted.$1);
  try {
    var bad = o as (int, int);
    print(bad);
  } catch (e) {
    print(e);
  }
  // Record types inside type arguments.
  var list = <(int, String)>[(1, 'a')];
  print(list.runtimeType);
  print(list is List<(num, String)>);
  print(list is List<(String, String)>);
  print(list is List<Record>);
  var records = <Record>[(1, 2)];
  print(records is List<(int, int)>);
  print(Box<(int, int)>((1, 2)).holds((3, 4)));
  print(Box<(int, int)>((1, 2)).holds((3, 'x')));
  print(Box<(int, int)?>(null).runtimeType);
  Box<(num, num)> widened = Box<(int, int)>((1, 2));
  try {
    widened.set((1.5, 2));
  } catch (e) {
    print(e);
  }
  // Map keys and set elements.
  var map = {(1, 2): 'a', (3, 4): 'b'};
  print(map[(3, 4)]);
  print(map[(4, 3)]);
  print(map.containsKey((1, 2)));
  var set = {(1, 2), (1, 2), (2, 1), (x: 1, y: 2), (y: 2, x: 1)};
  print(set.length);
  print(set);
  print(set.contains((y: 2, x: 1)));
}
