// Getters and methods of int (isOdd, isEven, isNegative, sign, abs, bitLength) called on values
// that reach the call through a type parameter: a list's iterator, `where`/`map` closures, a
// generic function. Type-flow analysis sees such a value as `int?` (E's bound is Object?), but a
// call of a member that Object does not have cannot meet null under sound null safety, so these
// calls are direct (no dispatch table) — while null-aware calls and Object's members on `int?`
// must still see null, and a dynamic call on null still throws NoSuchMethodError.
//
// Expected output derived by hand from Dart's int semantics (64-bit two's complement, as on the
// VM: sdk/lib/_internal/vm/lib/integers.dart): isOdd is `(x & 1) != 0`, so -1, -3 and
// -9223372036854775807 are odd and -9223372036854775808 (-2^63) even; the values around 2^62
// are the Smi range's edges (mints above). isNegative is `x < 0`; sign is -1, 0 or 1; abs of
// -2^63 wraps to -2^63 (the VM's `-x`); bitLength counts the bits of x, or of ~x when x < 0:
// 0 for 0 and -1, 1 for 1 and -2, 2 for 2, 3 and -3, 62 for 2^62 - 1 and for -2^62, 63 for 2^62,
// -2^62 - 1, the maximum, the minimum and the minimum + 1. Null-aware calls give null on null,
// `toString()` of null is "null", and a dynamic getter call on null throws NoSuchMethodError.

final List<int> values = <int>[
  0, 1, -1, 2, -2, 3, -3,
  4611686018427387903, 4611686018427387904, -4611686018427387904, -4611686018427387905,
  9223372036854775807, -9223372036854775808, -9223372036854775807,
];

T firstOf<T>(List<T> xs) => xs[0];

void numbers<T extends num>(List<T> xs) {
  final out = <String>[];
  for (final x in xs) {
    out.add('${x.isNegative}/${x.sign}');
  }
  print(out.join(' '));
}

void main() {
  print(values.where((x) => x.isOdd).toList());
  print(values.where((x) => x.isEven).toList());
  print(values.map((x) => x.isNegative).toList());
  print(values.map((x) => x.sign).toList());
  print(values.map((x) => x.abs()).toList());
  print(values.map((x) => x.bitLength).toList());
  var odd = 0;
  for (final x in values) {
    if (x.isOdd) odd++;
  }
  print(odd);
  print(values.fold<int>(0, (n, x) => x.isEven ? n + 1 : n));
  print(firstOf(values).isEven);
  print(firstOf(<int>[-9223372036854775808]).isOdd);
  numbers(<int>[-5, 0, 7]);
  numbers(<double>[-0.5, 0.0, 2.5]);

  // Null still reaches the calls that allow it.
  final maybe = <int?>[null, -3, 4, null, -9223372036854775808];
  for (final m in maybe) {
    print('${m?.isOdd} ${m?.isEven} ${m?.abs()} ${m.toString()} ${m == null}');
  }
  print(maybe.where((m) => m?.isOdd ?? false).toList());
  print(maybe.map((m) => m?.sign).toList());
  dynamic d = maybe[0];
  try {
    print(d.isOdd);
  } on NoSuchMethodError {
    print('NoSuchMethodError');
  }
  d = maybe[1];
  print(d.isOdd);
}
