// A program whose only closure is a constant tear-off of a function with a typed parameter
// (see tear_off_static_only.dart: its dynamic entry checks the arguments' types, so type-flow
// analysis must keep that helper for constant tear-offs too). Expected output: the values
// computed.
String greet(String name) => 'hello $name';

void main() {
  const g = greet;
  print(g('const'));
}
