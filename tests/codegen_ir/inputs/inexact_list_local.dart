// A local that may hold a list of a stricter element type (a parameter is assigned to it) keeps
// the covariant check of `[]=`, which must throw for a List<int> seen as List<num>. A value read
// from the same list needs no check, whatever the list's type argument.
@pragma('vm:never-inline')
void put(List<num> given, int i, num v) {
  List<num> nums = <num>[0, 0];
  if (i > 0) nums = given;
  nums[i] = v;
  print(nums);
}

@pragma('vm:never-inline')
void rotate(List<num> given) {
  final first = given[0];
  for (var i = 0; i + 1 < given.length; i++) {
    given[i] = given[i + 1];
  }
  given[given.length - 1] = first;
}

void main(List<String> args) {
  put(<num>[1, 2], 0, 0.5);
  put(List<num>.filled(2, 0), 1, 1.5);
  try {
    put(List<int>.filled(2, 0), 1, 2.5);
    print('no error');
  } on TypeError {
    print('TypeError');
  }
  final ints = <int>[1, 2, 3];
  rotate(ints);
  print(ints);
}
