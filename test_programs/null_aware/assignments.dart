// Expected output derived by hand from the null safety feature specification (dart-lang/language,
// accepted/2.12/nnbd, "Null-shorting"): `e?.v = x`, `e?.v += x`, `e?.v++`, `++e?.v`,
// `e?.list[i] ??= x` and `e?[i] = x` do nothing (and evaluate to null) when `e` is null; the
// right-hand side is then not evaluated. Otherwise they are the plain assignments, evaluating
// `e` once: receiver, then getter (compound forms), then right-hand side, then setter.
class C {
  int _v = 0;
  List<int?> list = [null, 1];
  int get v {
    print('get v');
    return _v;
  }
  set v(int x) {
    print('set v $x');
    _v = x;
  }
}

C? make(bool real) {
  print('make');
  return real ? C() : null;
}

int rhs(int v) {
  print('rhs $v');
  return v;
}

void main() {
  make(true)?.v = rhs(1);
  make(false)?.v = rhs(1);
  print(make(true)?.v = rhs(2));
  print(make(false)?.v = rhs(2));
  make(true)?.v += rhs(3);
  make(false)?.v += rhs(3);
  print(make(true)?.v++);
  print(make(false)?.v++);
  print(++make(true)?.v);
  print(--make(false)?.v);
  var c = make(true);
  c?.list[0] ??= rhs(4);
  c?.list[1] ??= rhs(5);
  print(c?.list);
  c = make(false);
  c?.list[0] ??= rhs(6);
  print(c?.list);
  List<int>? l = make(true) == null ? null : [0, 0];
  l?[1] = rhs(7);
  print(l);
  l = null;
  l?[1] = rhs(8);
  print(l?[1] += 1);
  print(l);
}
