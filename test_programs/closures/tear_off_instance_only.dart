// A program whose only closure is the tear-off of an instance method with a typed parameter
// (see tear_off_static_only.dart: its dynamic entry checks the arguments' types, so type-flow
// analysis must keep that helper). Expected output: the values computed.
class Counter {
  int base;
  Counter(this.base);
  int add(int x) => base + x;
}

void main() {
  var f = Counter(40).add;
  print(f(2));
}
