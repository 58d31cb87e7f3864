// Records in generic classes and functions, as function results, in collections and with
// large ints and doubles as fields. Expected output derived from the records feature
// specification (dart-lang/language accepted/3.0/records/feature-specification.md: record
// types with type parameters are instantiated like any type, `is` against `(A, B)` tests the
// fields against A and B, runtimeType is the record type of the fields' runtime types) and the
// VM's record toString (sdk/lib/_internal/vm/lib/record_patch.dart).
class Pair<A, B> {
  final (A, B) both;
  Pair(A a, B b) : both = (a, b);
  (B, A) swapped() => (both.$2, both.$1);
  bool test(Object o) => o is (A, B);
}

(int, int) divmod(int a, int b) => (a ~/ b, a % b);

T first<T>((T, T) p) => p.$1;

void main() {
  var p = Pair<int, String>(1, 'x');
  print(p.both);
  print(p.swapped());
  print(p.swapped().runtimeType);
  print(p.test((2, 'y')));
  print(p.test(('y', 2)));
  var q = divmod(17, 5);
  print(q);
  print(first((3, 4)));
  var rs = [for (var i = 0; i < 3; i++) (i, i * i)];
  print(rs);
  rs.sort((a, b) => b.$2.compareTo(a.$2));
  print(rs);
  Record r = (1, 2);
  print(r);
  print(r.hashCode == (1, 2).hashCode);
  print(identical(r, r));
  var big = (1 << 62, 1.5, -7);
  print(big);
  print(big.$1 + 1);
  print(big.$2 * 2);
  print((1, 2).toString());
  print('${(a: 1)}');
  print(((int, int)? x) { return x?.$1; }(null));
}
