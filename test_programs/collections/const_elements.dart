// Expected output derived by hand from the "Constant semantics" of collection literals
// (accepted/2.3/unified-collections in dart-lang/language, now the language specification):
// constant lists, sets and maps may have spread elements of constant lists, sets and maps (or
// null with `...?`) and `if` elements with constant conditions; the result is canonicalized like
// any constant, so equal constants are identical.
const a = [1, 2];
const flag = true;
const b = [...a, if (flag) 3, if (!flag) 4 else 5];
const s = {...a, if (false) 9 else 8};
const m = {0: 0, if (flag) ...{7: 7}, 5: 5};
const List<int>? nothing = null;
const c = [...?nothing, ...{6}];

class Holder {
  final List<int> items;
  const Holder(this.items);
}

void main() {
  print(b);
  print(s);
  print(m);
  print(c);
  print(identical(b, const [1, 2, 3, 5]));
  print(identical(m, const {0: 0, 7: 7, 5: 5}));
  const local = <String>[if (flag) 'yes', ...['x']];
  print(local);
  print(identical(local, const ['yes', 'x']));
  const h = Holder([...a, 3]);
  print(h.items);
  print(identical(h, const Holder([1, 2, 3])));
  print(const {...{1: 'a'}, 2: 'b'} is Map<int, String>);
  try {
    b.add(1);
  } on UnsupportedError {
    print('unmodifiable');
  }
}
