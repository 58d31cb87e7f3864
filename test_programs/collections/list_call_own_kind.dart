// List call sites whose receiver can only be a growable list or the program's own list class
// (issue 10: the other branch of the growable-list test calls the own class's members directly,
// without the dispatch table). What the own class's members do is what its code says.
//
// Expectations derived by hand from the program (ListBase from dart:collection; a growable
// list's index errors are the VM's RangeError.range(index, 0, length - 1, "length")).
import 'dart:collection';

class Doubled extends ListBase<int> {
  final List<int> inner;
  Doubled(this.inner);
  @override
  int get length => inner.length;
  @override
  set length(int n) => inner.length = n;
  @override
  int operator [](int i) => inner[i] * 2;
  @override
  void operator []=(int i, int v) => inner[i] = v ~/ 2;
}

class Holder {
  List<int> items = [];
}

void main(List<String> args) {
  final z = args.length;
  final h = Holder();
  var sum = 0;
  for (var i = 0; i < 100; i++) {
    h.items = i % 3 == 0 ? Doubled([i, i + 1, z]) : [i, i + 1, z];
    h.items[2] = 10;
    sum += h.items[0] + h.items[1] * 100 + h.items[2] * 10000;
  }
  print(sum);
  h.items = Doubled([1, 2]);
  try {
    h.items[2] = 1;
  } on RangeError catch (e) {
    print('RangeError: $e');
  }
  print(h.items.length);
}
