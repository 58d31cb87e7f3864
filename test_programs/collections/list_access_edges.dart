// Element access of growable and fixed-length lists at the edges, with indices the compiler
// cannot see (issue 10: `[]` and `[]=` are inlined and the array access behind the length check
// is unchecked, so a list's spare capacity must stay out of reach). The VM's bounds check throws
// RangeError.range(index, 0, length - 1, "length") (runtime/vm/runtime_entry.cc), texts from
// RangeError in sdk/lib/core/errors.dart ("RangeError (length): Invalid value: Not in inclusive
// range 0..2: 3", "Valid value range is empty" for an empty list); a failed covariant check of
// `[]=` names its parameter 'value' (sdk/lib/_internal/vm/lib/growable_array.dart) and comes
// before the index check (it is a parameter check); modifying a list during for-in throws
// ConcurrentModificationError ("Concurrent modification during iteration: Instance of
// '_GrowableList<int>'" in the VM, whose Error.safeToString names the class: here only the prefix
// is printed). Ints stored in a List<int> keep all 64 bits and wrap like every int.
//
// Expectations derived by hand from those sources.
void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError catch (e) {
    print('$what: RangeError: $e');
  } on TypeError catch (e) {
    print('$what: TypeError: $e');
  } on ConcurrentModificationError catch (e) {
    print('$what: ${e.toString().substring(0, 41)}');
  }
}

void main(List<String> args) {
  final z = args.length;  // 0, unknown to the compiler
  final list = <int>[];
  for (var i = 0; i < 5; i++) {
    list.add(10 + i);  // capacity grows to 8: slots 5..7 exist but are not elements
  }
  attempt('[4]', () => list[4 + z]);
  attempt('[5]', () => list[5 + z]);
  attempt('[7]', () => list[7 + z]);
  attempt('[-1]', () => list[z - 1]);
  attempt('[5] = 1', () => list[5 + z] = 1);
  list.removeLast();
  attempt('[4] after removeLast', () => list[4 + z]);
  list.length = 2;
  attempt('[2] after length = 2', () => list[2 + z]);
  attempt('[1] after length = 2', () => list[1 + z]);
  final fixed = List<int>.filled(3, 7);
  attempt('fixed [3]', () => fixed[3 + z]);
  attempt('fixed [2] = 9', () => fixed[2 + z] = 9);
  attempt('fixed [2]', () => fixed[2 + z]);
  final empty = <int>[];
  attempt('empty [0]', () => empty[z]);

  // Covariance: checked before the index.
  List<num> nums = <int>[1, 2];
  attempt('List<int> as List<num> [0] = 1.5', () => nums[z] = 1.5);
  attempt('List<int> as List<num> [9] = 1.5', () => nums[9 + z] = 1.5);
  attempt('List<int> as List<num> [9] = 3', () => nums[9 + z] = 3);
  List<int> never = <Never>[];
  attempt('List<Never> as List<int> [0] = 1', () => never[z] = 1);
  List<Object?> objects = <String?>['a'];
  attempt('List<String?> as List<Object?> [0] = null', () => objects[z] = null);
  attempt('then [0]', () => objects[z]);

  // for-in over a list that changes.
  attempt('add during for-in', () {
    final l = [1, 2, 3];
    for (final x in l) {
      if (x == 2 + z) l.add(4);
    }
    return l.length;
  });
  attempt('for-in sum', () {
    var s = 0;
    for (final x in list) {
      s += x;
    }
    return s;
  });

  // 64-bit ints through a List<int>: the largest, the smallest, and wrap-around.
  final big = List<int>.filled(4, 0);
  big[z] = 0x7fffffffffffffff;
  big[1 + z] = big[z] + 1;
  big[2 + z] = -big[1 + z];
  big[3 + z] = big[z] * 3;
  print(big);
  print(big[1 + z] == -0x8000000000000000);
}
