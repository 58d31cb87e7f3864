// A field that may hold a list of a stricter element type (a parameter is stored into it): its
// stores keep the covariant check of `[]=`, which must throw for a List<int> seen as List<num>.
class Holder {
  List<num> nums = const [];
  void take(List<num> given) {
    nums = given;
  }

  @pragma('vm:never-inline')
  void put(int i, num v) {
    nums[i] = v;
  }
}

void main(List<String> args) {
  final h = Holder();
  h.take(List<num>.filled(2, 0));
  h.put(0, 1.5);
  h.take(List<int>.filled(2, 0));
  h.put(1, 2);
  try {
    h.put(0, 2.5);
    print('no error');
  } on TypeError {
    print('TypeError');
  }
  print(h.nums);
}
