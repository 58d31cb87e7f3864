// One List call site meeting every kind of list (issue 10: a List call that type-flow analysis
// cannot devirtualize tests for the growable list class first and calls it directly, with the
// dispatch table as the fallback): growable and fixed-length lists, a constant list (whose `[]=`
// throws the VM's UnsupportedError "Cannot modify an unmodifiable list",
// sdk/lib/internal/list.dart UnmodifiableListMixin) and a list class of the program's own
// (ListBase from dart:collection). Index errors name "length" as the VM's bounds check does
// (RangeError.range(index, 0, length - 1, "length")); the program's own list throws what its
// code throws.
//
// Expectations derived by hand from those sources.
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
  List<int> items = const [];
}

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError catch (e) {
    print('$what: RangeError: $e');
  } on UnsupportedError catch (e) {
    print('$what: UnsupportedError: ${e.message}');
  }
}

void main(List<String> args) {
  final z = args.length;
  final h = Holder();
  final kinds = <String, List<int>>{
    'const': const [1, 2, 3],
    'growable': [1, 2, 3],
    'fixed': List<int>.filled(3, 1),
    'own': Doubled([1, 2, 3]),
  };
  for (final entry in kinds.entries) {
    h.items = entry.value;
    final k = entry.key;
    attempt('$k [1]', () => h.items[1 + z]);
    attempt('$k [1] = 10', () => h.items[1 + z] = 10);
    attempt('$k [1] after', () => h.items[1 + z]);
    attempt('$k [3]', () => h.items[3 + z]);
    attempt('$k length', () => h.items.length);
  }
  h.items = [5, 6];
  var sum = 0;
  for (var i = 0; i < 1000; i++) {
    h.items[i % 2] = h.items[(i + 1) % 2] + i;
    sum += h.items[i % 2];
  }
  print(sum);
}
