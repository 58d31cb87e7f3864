// Stores into lists held by local variables (issue 10, branch locallists). When every value a
// local can hold is null, a constant list, `<X>[...]`, `List<X>.filled/generate/empty/of/from`
// or another such local (X the local's element type), codegen drops the covariant check of
// `[]=`; so it does for `a[i] = a[j]`, whose value was just read from the same list. Every other
// store keeps the check, which must still fail where the VM's does.
//
// Expected output derived by hand from the VM's rules: `_GrowableList.[]=` checks its covariant
// parameter `value` against the list's type argument before the index
// (sdk/lib/_internal/vm/lib/growable_array.dart), with the message
// "type 'double' is not a subtype of type 'int' of 'value'"; an index out of range is a
// RangeError; a constant list throws UnsupportedError ("Cannot modify an unmodifiable list").
// `List<int>` seen as `List<num>` (or `List<dynamic>`, `List<Object>`) accepts ints and rejects
// doubles and strings; `List<Never>` rejects all; `List<Object?>` accepts everything.
void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError {
    print('$what: RangeError');
  } on TypeError catch (e) {
    print('$what: TypeError: $e');
  } on UnsupportedError catch (e) {
    print('$what: UnsupportedError: ${e.message}');
  }
}

List<int> someInts(int n) => List<int>.generate(n, (i) => i * 10);

// A parameter is not an exact local: the caller may pass a List<int> as a List<num>.
void storeThroughParameter(List<num> given) {
  List<num> nums = given;
  attempt('inexact from parameter, int', () => nums[0] = 7);
  attempt('inexact from parameter, double', () => nums[1] = 2.5);
  print(nums);
}

// Exact in one branch, inexact in the other: the store keeps its check.
void reassignedInBranch(bool fromParameter, List<num> given) {
  List<num> nums = <num>[1, 2];
  if (fromParameter) nums = given;
  attempt('branch($fromParameter), double', () => nums[0] = 0.5);
  print(nums);
}

// Exact in both branches (and through another exact local).
void exactInBothBranches(bool flag) {
  List<num> nums = <num>[1, 2];
  final other = List<num>.filled(2, 0);
  if (flag) nums = other;
  nums[0] = 0.25;
  other[1] = 1.5;
  print('$nums $other');
}

void main() {
  // Exact locals: the check can never fail, and the index check stays.
  final perm = List<int>.filled(4, 0);
  for (var i = 0; i < 4; i++) {
    perm[i] = i + 1;
  }
  var i = 0, j = 3;
  while (i < j) {
    final t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
    i++;
    j--;
  }
  print(perm);
  attempt('exact, index 4', () => perm[4] = 1);
  attempt('exact, index -1', () => perm[-1] = perm[0]);
  final nums = <num>[1, 2, 3];
  nums[0] = 1.5;
  nums[1] = 7;
  print(nums);
  List<num>? maybe;
  maybe = List<num>.generate(2, (k) => k);
  maybe[1] = 0.5;
  print(maybe);
  var constantFirst = const <int>[1, 2];
  attempt('constant list', () => constantFirst[0] = 5);
  constantFirst = [3, 4];
  constantFirst[0] = 5;
  print(constantFirst);

  // Top element types: an exact List<Object?> takes anything; a List<dynamic> or List<Object>
  // holding a List<int> still checks.
  final objects = List<Object?>.filled(3, null);
  objects[0] = 'text';
  objects[1] = <int>[1];
  objects[2] = null;
  print(objects);
  List<dynamic> dynamicInts = <int>[1];
  attempt('List<int> as List<dynamic>, String', () => dynamicInts[0] = 'x');
  List<Object> objectInts = someInts(1);
  attempt('List<int> as List<Object>, String', () => objectInts[0] = 'x');

  // Not exact: a List<int> reaches a List<num> local.
  storeThroughParameter(someInts(2));
  storeThroughParameter(<num>[1, 2]);
  reassignedInBranch(false, someInts(2));
  reassignedInBranch(true, someInts(2));
  exactInBothBranches(true);
  exactInBothBranches(false);
  List<num> fromInts = someInts(3);
  attempt('List<int> as List<num>, double', () => fromInts[0] = 0.5);
  List<num> literalInts = <int>[1, 2];
  attempt('<int>[] as List<num>, double', () => literalInts[1] = 1.5);
  List<Object> never = <Never>[];
  attempt('List<Never> as List<Object>, index 0', () => never[0] = 'x');

  // A captured local assigned in a closure: exact only if the closure's value is exact too.
  List<num> captured = <num>[1, 2];
  void reset() {
    captured = someInts(2);
  }

  captured[0] = 0.5;
  print(captured);
  reset();
  attempt('captured, reassigned in closure', () => captured[1] = 2.5);
  attempt('captured, int', () => captured[1] = 9);
  print(captured);
  List<num> capturedExact = <num>[1, 2];
  void refill() {
    capturedExact = List<num>.filled(3, 0);
  }

  refill();
  capturedExact[2] = 0.75;
  print(capturedExact);

  // Reading from the same list always passes, even when the list is not exact.
  List<num> swapped = someInts(3);
  swapped[0] = swapped[2];
  print(swapped);
  attempt('same list, out of range', () => swapped[5] = swapped[0]);
  attempt('same list, bad read', () => swapped[0] = swapped[5]);
  // A different list's element does not.
  List<num> doubles = <num>[0.5];
  attempt('other list, double', () => swapped[1] = doubles[0]);
  // A list variable assigned between reading the receiver and reading the value: the value
  // comes from another list (receiver, index, value are evaluated in that order).
  List<num> moving = someInts(1);
  attempt('reassigned list, double', () => moving[(moving = <num>[0.5]).length - 1] = moving[0]);
  print(moving);
}
