// An int unboxed from a value word and passed on as a value again is passed on as that word
// (codegen/src/unboxed_int_rebox.cpp): a sync* filter yielding what it read from its source
// (prime_sieve's shape), and a loop adding what it read to another list. Smis and boxed ints at
// the Smi boundaries, negative ones and the extremes must come out with their values, equal and
// identical to the originals, also when the boxes are held only by suspended runs across
// collections.
Iterable<int> notDivisibleBy(Iterator<int> source, int d) sync* {
  while (source.moveNext()) {
    int v = source.current;
    if (v % d != 0) yield v;
  }
}

@pragma('vm:never-inline')
void keepNotDivisible(List<int> from, List<int> to, int d) {
  for (int i = 0; i < from.length; i++) {
    int v = from[i];
    if (v % d != 0) to.add(v);
  }
}

void main() {
  const int maxSmi = 4611686018427387903; // 2^62 - 1
  const int minSmi = -4611686018427387904; // -2^62
  final values = <int>[
    1, 2, 3, -7, 0, maxSmi, maxSmi + 1, maxSmi + 2, minSmi, minSmi - 1, minSmi - 2,
    9223372036854775807, -9223372036854775808, 9223372036854775806, 1 << 62, -(1 << 62) - 5
  ];
  for (final d in [1, 2, 3, 5, -1, 7]) {
    final out = <int>[];
    keepNotDivisible(values, out, d);
    final gen = notDivisibleBy(values.iterator, d).toList();
    print('$d: $out');
    print('$d: ${gen.length == out.length}');
    for (int i = 0; i < out.length; i++) {
      if (!identical(out[i], gen[i]) || out[i] != gen[i] || out[i].hashCode != gen[i].hashCode) print('differs at $i');
    }
  }
  for (final v in notDivisibleBy(notDivisibleBy(values.iterator, 2).iterator, 3)) {
    print('${v.toRadixString(16)} ${v.isNegative} ${identical(v, values.firstWhere((w) => w == v))}');
  }
  // Boxed ints made at run time (not constants), pulled through a chain while the program
  // allocates: the words yielded are the boxes made here, held by suspended runs.
  final big = <int>[for (int i = 0; i < 2000; i++) (maxSmi - 1000 + i) * (i.isEven ? 1 : -1)];
  Iterator<int> chain = big.iterator;
  for (final d in [3, 5, 7]) {
    chain = notDivisibleBy(chain, d).iterator;
  }
  int count = 0, xor = 0;
  final garbage = <List<int>>[];
  while (chain.moveNext()) {
    final v = chain.current;
    garbage.add(List<int>.filled(64, v));
    if (garbage.length > 100) garbage.clear();
    count++;
    xor ^= v;
    if (v % 3 == 0 || v % 5 == 0 || v % 7 == 0) print('not filtered: $v');
  }
  print('$count $xor');
}
