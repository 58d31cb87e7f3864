// Records in registers (docs/records.md, "Returned in registers"): locals that hold a record's
// fields and are reassigned (in a loop, from their own fields), returned (a local of a literal
// with a named field), nested switch expressions whose cases mix literals, conditionals and
// calls, double and Object? fields, and a record holding `this`. The optimized, -O0 and
// unoptimized builds must agree.
//
// Expected output derived by hand: `pair(a)` is (a, a + 1); loopy(n) sums pair(i) for i < n
// fieldwise ((n(n-1)/2, n(n+1)/2)); nested(x) picks by x % 3 (0: pair(x) swapped; 1: pair(x) when
// x > 5, else (x, -x); 2: loopy(x)); records print as the VM's record_patch.dart does (positional
// fields, then `name: value`); `==` on records compares shapes and fields; doubles print as
// Dart's double.toString (7.5, 2e+300).
(int, int) pair(int a) => (a, a + 1);
(int, {String s}) named(int a) {
  final base = pair(a);
  final r = (base.$2, s: 'n${base.$1}');
  return r;
}
(int, int) loopy(int n) {
  var acc = (0, 0);
  for (int i = 0; i < n; i++) {
    final (a, b) = pair(i);
    acc = (acc.$1 + a, acc.$2 + b);
  }
  return acc;
}
(int, int) nested(int x) => switch (x % 3) {
      0 => switch (pair(x)) { (var a, var b) => (b, a) },
      1 => x > 5 ? pair(x) : (x, -x),
      _ => loopy(x),
    };
(double, double) dbl(double x) => (x / 2, x * 2);
(Object?, int) objs(Object? o) => (o, 1);
class P {
  final int v;
  P(this.v);
  (P, int) self() => (this, v);
}
void main() {
  print(named(4));
  print(named(4).s);
  final (n, s: str) = named(7);
  print('$n $str');
  print(loopy(5));
  for (int i = 0; i < 8; i++) print(nested(i));
  final (h, d) = dbl(3.0);
  print(h + d);
  var big = dbl(1e300);
  print(big.$2);
  final (o, one) = objs(null);
  print('$o $one');
  final p = P(3);
  final (q, v) = p.self();
  print(identical(q, p));
  print(v);
  var r = pair(1);
  r = pair(r.$2);
  print(r.$1);
  var t = pair(2);
  print(t);
  t = pair(3);
  print(t == (3, 4));
}
