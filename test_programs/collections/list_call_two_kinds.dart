// List call sites whose receiver can only be a growable or a constant list (issue 10: the
// constant list's branch calls its `[]`/`[]=` directly instead of going through the dispatch
// table, since the program has no other list class). Errors as in the VM: `[]=` on a constant
// list checks its value's type first (a covariant parameter: TypeError) and then throws
// UnsupportedError "Cannot modify an unmodifiable list" (sdk/lib/internal/list.dart,
// UnmodifiableListMixin); indexes out of range give RangeError.range(index, 0, length - 1,
// "length"). A nullable List receiver (toString on null) still goes through the table.
//
// Expectations derived by hand from those sources.
class Holder {
  List<int> items = const [];
  List<num> nums = const <int>[7];
  List<int>? maybe;
}

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError catch (e) {
    print('$what: RangeError: $e');
  } on UnsupportedError catch (e) {
    print('$what: UnsupportedError: ${e.message}');
  } on TypeError {
    print('$what: TypeError');
  }
}

void main(List<String> args) {
  final z = args.length;
  final h = Holder();
  attempt('empty const [0]', () => h.items[z]);
  attempt('empty const [0] = 1', () => h.items[z] = 1);
  final kinds = <String, List<int>>{
    'const': const [1, 2, 3],
    'growable': [1, 2, 3],
    'fixed': List<int>.filled(3, 1),
  };
  for (final k in kinds.keys) {
    h.items = kinds[k]!;
    attempt('$k [1]', () => h.items[1 + z]);
    attempt('$k [1] = 10', () => h.items[1 + z] = 10);
    attempt('$k [1] after', () => h.items[1 + z]);
    attempt('$k [-1]', () => h.items[z - 1]);
    attempt('$k [3] = 0', () => h.items[3 + z] = 0);
    attempt('$k length', () => h.items.length);
    attempt('$k first', () => h.items.first);
  }
  attempt('const nums [0] = 1.5', () => h.nums[z] = 1.5);
  attempt('const nums [5] = 1.5', () => h.nums[5 + z] = 1.5);
  attempt('const nums [0] = 2', () => h.nums[z] = 2);
  h.nums = <int>[7];
  attempt('list nums [0] = 1.5', () => h.nums[z] = 1.5);
  attempt('list nums [0] = 2', () => h.nums[z] = 2);
  attempt('list nums [0]', () => h.nums[z]);
  attempt('null toString', () => h.maybe.toString());
  attempt('null length', () => h.maybe?.length);
  h.maybe = const [4];
  attempt('const toString', () => h.maybe.toString());
  h.maybe = [5];
  attempt('list toString', () => h.maybe.toString());
  // A loop over both kinds through one site.
  var sum = 0;
  for (var i = 0; i < 1000; i++) {
    h.items = i.isEven ? const [1, 2] : [i, i + 1];
    sum += h.items[i % 2];
  }
  print(sum);
}
