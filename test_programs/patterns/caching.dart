// Pattern matching caching: within one switch (or one pattern), every getter, record field,
// `length`, `[]` and operator call the patterns make on the same value with the same arguments
// runs at most once; later cases reuse the first result.
// Expected output derived from the patterns feature specification (dart-lang/language
// accepted/3.0/patterns/feature-specification.md, "Pattern matching caching" and "Matching":
// list patterns call `length` once and `[]` only for non-wildcard elements, constant patterns
// call `constant == value`, relational patterns call `value op constant`).

final log = <String>[];

class Probe {
  final int _x;
  Probe(this._x);
  int get x {
    log.add('x');
    return _x;
  }
  int get y {
    log.add('y');
    return _x * 2;
  }
}

class LoggingList {
  final List<int> items;
  LoggingList(this.items);
}

class Num {
  final int v;
  const Num(this.v);
  bool operator <(Num o) {
    log.add('<${o.v}');
    return v < o.v;
  }
  bool operator ==(Object o) {
    log.add('==');
    return o is Num && o.v == v;
  }
  int get hashCode => v;
}

String classify(Probe p) {
  switch (p) {
    case Probe(x: 1, y: 5):
      return 'one-five';
    case Probe(x: 2):
      return 'two';
    case Probe(y: 6, x: var x):
      return 'y6 x=$x';
    default:
      return 'other';
  }
}

String num(Num n) => switch (n) {
      < const Num(0) => 'negative',
      < const Num(0) || < const Num(10) => 'small',
      _ => 'large',
    };

void main() {
  for (var v in [1, 2, 3, 4]) {
    log.clear();
    var r = classify(Probe(v));
    print('$r ${log.join(',')}');
  }
  for (var v in [-1, 5, 20]) {
    log.clear();
    var r = num(Num(v));
    print('$r ${log.join(',')}');
  }
  // One pattern testing the same getter twice calls it once.
  log.clear();
  if (Probe(7) case Probe(x: > 0) && Probe(x: < 10)) print('in range ${log.join(',')}');
  // List patterns: `length` once, wildcards not read.
  var list = [1, 2, 3];
  switch (list) {
    case [_, 5, _]:
      print('no');
    case [var a, _, var c]:
      print('a=$a c=$c');
  }
}
