// Constant records. The expected output follows the language specification ("Records",
// "Constant expressions") and docs/records.md for the printed forms:
// - a record literal is constant when marked `const` or when it is in a constant context (a
//   `const` variable's initializer, a const collection or constructor call, a parameter's
//   default value) and all its fields are constant;
// - constant values are canonicalized, so two constant records with the same shape and
//   identical fields are identical (`(x: 1, y: 2)` and `(y: 2, x: 1)` have the same shape);
// - a constant record is an ordinary record otherwise: `==`, `hashCode`, `toString` (named
//   fields after the positional ones, sorted by name), `runtimeType`, `is`, field reads and
//   destructuring behave as for a record made at run time.
const origin = (0, 0);
const named = (1, name: 'a', flag: true);
const big = (1, 2, 3, 4, 5, b: 6, a: 7);

class Config {
  final (int, String) pair;
  const Config(this.pair);
}

void show([(int, {String label}) p = (7, label: 'seven')]) {
  print(p);
}

(int, int) made(int a) => (a, a + 1);

// A record literal is potentially constant when its fields are, so a const constructor's
// initializer can build one from its parameters (co19 LanguageFeatures/Records/constants_A02_t01).
class Labeled {
  final (num, {String name}) r;
  const Labeled(int i, String s) : r = (i + 1, name: s + '!');
}

void main() {
  const r = (1, 2);
  print(r);
  print(named);
  print(big);
  print(identical(const (1, 2), r));
  print(identical(origin, const (0, 0)));
  print(identical(const (x: 1, y: 2), const (y: 2, x: 1)));
  print(identical(const (1, 2), const (2, 1)));
  print(r == made(1));
  print(made(1) == r);
  print(r.hashCode == made(1).hashCode);
  print(r.$1 + r.$2);
  print(named.name);
  print(named.flag);
  print(big.a + big.$5);
  const list = [(1, 'one'), (2, 'two')];
  for (final (n, s) in list) {
    print('$n $s');
  }
  print(const Config((5, 'five')).pair);
  print(identical(const Config((5, 'five')), const Config((5, 'five'))));
  show();
  show((8, label: 'eight'));
  print(r.runtimeType);
  print(named.runtimeType);
  print(r is (int, int));
  print(r is (num, Object));
  print(r is (int, String));
  const nested = ((1, 2), [3], (s: 'x',));
  print(nested);
  print(nested.$1.$2);
  final (a, b) = r;
  print(a * 10 + b);
  final Object o = r;
  if (o case (int x, int y)) print('case $x $y');
  print({r, made(1), origin}.length);
  const c = Labeled(42, 'Hi');
  print(c.r);
  print(identical(c.r, const (43, name: 'Hi!')));
  print(Labeled(1, 'x').r);
}
