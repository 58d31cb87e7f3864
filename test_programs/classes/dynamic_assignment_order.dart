// Expected output derived by hand from the language specification ("Assignment", "Compound
// Assignment", "Postfix Expressions"): `e1.v = e2` and `e1[e2] = e3` evaluate the receiver, then
// the index, then the right-hand side, then call the setter or `[]=`; compound forms call the
// getter or `[]` after the receiver and index and before the right-hand side. The getters `b` and
// `d` have no declared type, so everything after them is a dynamic access; the order must not
// change for it. `'$x'` calls toString, which shows when the right-hand side runs.
class X {
  get b {
    print('get b');
    return this;
  }

  get d {
    print('get d');
    return this;
  }

  get c {
    print('get c');
    return 1;
  }

  set c(v) => print('set c $v');

  get s {
    print('get s');
    return 's';
  }

  set s(v) => print('set s $v');

  operator [](i) {
    print('[$i]');
    return i == 42 ? 1 : 'e';
  }

  operator []=(i, v) => print('[$i] = $v');

  String toString() {
    print('toString');
    return 'X';
  }
}

int index(int i) {
  print('index $i');
  return i;
}

void main() {
  var x = X();
  print('-- x.b.d[42] = x');
  x.b.d[42] = '$x';
  print('-- x.b.c = x');
  x.b.c = '$x';
  print('-- x.b.s += x');
  x.b.s += '$x';
  print('-- x.b.c++');
  x.b.c++;
  print('-- x.b.d[7] += x');
  x.b.d[7] += '$x';
  print('-- x.b.d[42]++');
  x.b.d[42]++;
  print('-- value of x.b.d[index(1)] = x');
  var v = x.b.d[index(1)] = '$x';
  print(v);
  dynamic list = [0, 0];
  print('-- list[index(0)] = index(5)');
  list[index(0)] = index(5);
  print(list);
}
