// Expected output derived by hand from the language specification ("Assignment", "Compound
// Assignment", "Super invocations"): `super[i] = v`, `super[i] op= v`, `super[i]++`, `++super[i]`
// and `super[i] ??= v` call the superclass's `[]` and `[]=` directly (not the overriding ones),
// evaluating the index once; `super[i++] += v` increments i once.
class Base {
  final List<int?> cells = [1, 2, 3, null];
  int? operator [](int i) {
    print('get $i');
    return cells[i];
  }

  void operator []=(int i, int? v) {
    print('set $i $v');
    cells[i] = v;
  }
}

class Derived extends Base {
  @override
  int? operator [](int i) => throw 'not this one';
  @override
  void operator []=(int i, int? v) => throw 'not this one';

  void run() {
    var i = 0;
    super[i] = 10;
    super[i] = super[i]! + 1;
    super[i++] = 5;
    print(i);
    print(cells);
    print(super[2]);
    print(super[3] ??= 4);
    print(super[3] ??= 9);
    var assigned = super[1] = 7;
    print(assigned);
    print(cells);
  }
}

class Counter {
  final List<int> counts = [0, 0];
  int operator [](int i) => counts[i];
  void operator []=(int i, int v) {
    print('counts[$i] = $v');
    counts[i] = v;
  }
}

class LoudCounter extends Counter {
  void bump() {
    var i = 0;
    super[i] += 10;
    super[i++] += 5;
    print(i);
    print(super[1]++);
    print(++super[1]);
    print(counts);
  }
}

void main() {
  Derived().run();
  LoudCounter().bump();
}
