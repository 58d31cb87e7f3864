// Stores into lists inside loops, whose covariant check of `[]=` codegen now hoists out of the
// loop (issue 10, branch perf: the check reads the list's type argument once, as one word, and a
// constant stored value gets no write barrier). The check must still run before the first
// store, before the index check, and against the list's own type argument. The VM's
// `_GrowableList.[]=` checks its covariant parameter `value` before the index
// (sdk/lib/_internal/vm/lib/growable_array.dart), so a List<Never> seen as List<bool> throws a
// TypeError even at an index past its end, and a too short list throws RangeError after the
// stores before it happened. A nullable element type holds null and its class's instances, a
// generic one (List<List<int>>) and a supertype (List<num>) go through the full subtype test.
//
// Expectations derived by hand from those rules; only the error's type is printed.
@pragma('vm:never-inline')
int fill(List<bool> flags, int n) {
  var stored = 0;
  for (var k = 0; k < n; k++) {
    flags[k] = false;
    stored++;
  }
  return stored;
}

@pragma('vm:never-inline')
void fillWith<T>(List<T> list, T value, int n) {
  for (var k = 0; k < n; k++) {
    list[k] = value;
  }
}

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError {
    print('$what: RangeError');
  } on TypeError {
    print('$what: TypeError');
  }
}

class Box {
  final int v;
  Box(this.v);
  @override
  String toString() => 'Box($v)';
}

void main(List<String> args) {
  final flags = List<bool>.filled(5, true);
  attempt('fill 5 of 5', () => fill(flags, 5));
  print(flags);
  final short = <bool>[true, true];
  attempt('fill 3 of 2', () => fill(short, 3 + args.length));
  print(short);
  attempt('fill List<Never>', () => fill(<Never>[], 1));
  attempt('fill List<Never> at 0 of 0', () => fill(<Never>[], 0));

  final nullable = List<int?>.filled(3, 7);
  attempt('int? null', () {
    fillWith<int?>(nullable, null, 2);
    return nullable;
  });
  final boxes = List<Box?>.filled(2, null);
  attempt('Box? box', () {
    fillWith<Box?>(boxes, Box(1), 2);
    return boxes;
  });
  final nested = List<List<int>>.filled(2, const []);
  attempt('List<int> in List<List<int>>', () {
    fillWith<List<int>>(nested, [1, 2], 2);
    return nested;
  });
  final nums = List<num>.filled(2, 0);
  attempt('int in List<num>', () {
    fillWith<num>(nums, 3, 2);
    return nums;
  });
  List<num> ints = List<int>.filled(2, 0);
  attempt('double in List<int> as List<num>', () {
    fillWith<num>(ints, 2.5, 2);
    return ints;
  });
  List<Object?> strings = List<String>.filled(2, 'a');
  attempt('null in List<String> as List<Object?>', () {
    fillWith<Object?>(strings, null, 1);
    return strings;
  });
  final anything = List<dynamic>.filled(2, 0);
  attempt('dynamic', () {
    fillWith<dynamic>(anything, 'x', 2);
    return anything;
  });
}
