// identical() decided by its operands' static types (codegen/src/identical_pointers.cpp): when
// one operand's type admits no int, double or SIMD value (a class, a nullable class, a type
// parameter bounded by a class, a function type, Null), the words are compared; otherwise boxed
// ints and doubles stay identical by value (Object?, num, Comparable, an unbounded T, dynamic).
// Expected output derived by hand from the language's identical(): the same object, or two
// ints/doubles with the same value (for doubles: the same bits, so 0.0 and -0.0 differ), never
// two distinct instances of a class.
class Key {
  final int k;
  Key(this.k);
}

abstract class Hashy {
  int get h;
}

class HKey implements Hashy {
  @override
  final int h;
  HKey(this.h);
}

bool sameKey(Key a, Key b) => identical(a, b);
bool sameNullable(Key? a, Key? b) => identical(a, b);
bool sameBound<T extends Hashy>(T a, T b) => identical(a, b);
bool sameAny<T>(T a, T b) => identical(a, b);
bool sameObject(Object? a, Object? b) => identical(a, b);
bool sameNum(num a, num b) => identical(a, b);
bool sameComparable(Comparable<Object> a, Comparable<Object> b) => identical(a, b);
bool sameDynamic(dynamic a, dynamic b) => identical(a, b);
bool keyAndObject(Key a, Object? b) => identical(a, b);
bool objectAndKey(Object? a, Key b) => identical(a, b);
bool sameFunction(int Function() a, int Function() b) => identical(a, b);

void main(List<String> args) {
  final n = args.length;
  final k1 = Key(1), k1b = Key(1), k2 = Key(2);
  print([sameKey(k1, k1), sameKey(k1, k1b), sameKey(k1, k2)]);
  Key? none;
  print([sameNullable(none, null), sameNullable(k1, null), sameNullable(null, k1), sameNullable(k2, k2)]);
  print([identical(none, null), identical(k1, none), identical(null, k1)]);
  final h = HKey(7);
  print([sameBound<HKey>(h, h), sameBound<Hashy>(h, HKey(7))]);
  // Ints beyond 63 bits are boxed: two boxes made apart, with the same value.
  final big1 = (1 << 62) + n;
  final big2 = (1 << 61) * 2 + n;
  final d1 = 0.1 + n;
  final d2 = 0.1 + n * 2;
  print([sameAny<int>(big1, big2), sameAny<double>(d1, d2), sameAny<Object>(k1, k1b), sameAny<Key>(k1, k1)]);
  print([sameObject(big1, big2), sameObject(d1, d2), sameObject(0.0 + n, -0.0 - n), sameObject(k1, k1b)]);
  print([sameNum(big1, big2), sameNum(d1, d2), sameNum(big1, d1), sameComparable(d1, d2), sameDynamic(big1, big2)]);
  print([keyAndObject(k1, k1), keyAndObject(k1, big1), keyAndObject(k1, null), objectAndKey(k2, k2), objectAndKey(d1, k2)]);
  int f() => n;
  int g() => n + 1;
  print([sameFunction(f, f), sameFunction(f, g)]);
  // Found in a collection by identity, as havlak's IdentityDictionary and union-find do.
  final keys = List<Key>.generate(5, Key.new);
  var hits = 0;
  for (final a in keys) {
    for (final b in keys) {
      if (sameKey(a, b)) hits++;
    }
  }
  print(hits);
}
