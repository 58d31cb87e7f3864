// Calls on `dynamic` receivers: methods, getters, setters, operators, named arguments, and the
// errors Dart raises when a call cannot be made.
//
// Expectations derived by hand from the Dart language specification (dynamic invocations are
// looked up on the receiver's runtime class at run time; argument types are checked against the
// parameter types) and from the Dart VM's messages: NoSuchMethodError.toString in
// sdk/lib/_internal/vm/lib/errors_patch.dart ("Class 'C' has no instance method 'm'.",
// "Receiver: " + Error.safeToString(receiver), which is "Instance of 'C'" for user objects and
// the quoted text for strings, "Tried calling: m(args)"; "The method 'm' was called on null."),
// and the VM's parameter check "type 'A' is not a subtype of type 'B' of 'param'". For arity
// mismatches only the first line is printed: the "Found:" signature line that follows is
// formatted by VM internals this test does not rely on.

class Greeter {
  String name;
  Greeter(this.name);
  String greet(String other, {String punct = '!'}) => 'Hello $other from $name$punct';
  int add(int a, int b) => a + b;
  int get length => name.length;
  set shout(bool on) {
    if (on) name = name.toUpperCase();
  }

  Greeter operator +(Greeter other) => Greeter('$name&${other.name}');
  int operator [](int i) => name.codeUnitAt(i);
  void operator []=(int i, String s) => name = name.substring(0, i) + s + name.substring(i + 1);
  bool operator <(Greeter other) => name.compareTo(other.name) < 0;
  Greeter operator -() => Greeter(name.split('').reversed.join());
  String toString() => 'Greeter($name)';
}

class Other {
  String greet(String other, {String punct = '?'}) => 'Hi $other$punct';
  int get length => -1;
}

String firstLine(Object e) => e.toString().split('\n').first;

void main() {
  dynamic d = Greeter('ann');
  print(d.greet('bob'));
  print(d.greet('bob', punct: '.'));
  print(d.add(2, 3));
  print(d.length);
  d.name = 'carl';
  print(d.name);
  d.shout = true;
  print(d);
  print(d + Greeter('dora'));
  print((d + Greeter('x')).length);
  print(d[0]);
  d[1] = 'o';
  print(d.name);
  print(d < Greeter('Z'));
  print(-d);
  print(d.toString());
  print('$d');
  print(d == d);
  print(d != Greeter('CoRL'));
  print(d.hashCode is int);

  // The same selectors on unrelated classes and on core types.
  for (dynamic x in <Object>[Greeter('eve'), Other(), 'text', [1, 2, 3], {'k': 'v'}]) {
    print(x.length);
  }
  for (dynamic x in <Object>[Greeter('fay'), Other()]) {
    print(x.greet('gus'));
    print(x.greet('gus', punct: ';'));
  }
  dynamic n = 20;
  print(n + 22);
  print(n ~/ 3);
  print(n.isEven);
  print(n.toRadixString(16));
  dynamic s = 'abc';
  print(s.toUpperCase());
  print(s[1]);
  print(s * 2);
  dynamic list = <int>[3, 1, 2];
  list.add(0);
  list.sort();
  print(list);
  print(list[3]);
  dynamic map = <String, int>{'a': 1};
  map['b'] = 2;
  print(map);
  print(map.containsKey('b'));

  // Missing members.
  try {
    d.fly(1, 'x');
  } on NoSuchMethodError catch (e) {
    print(e);
  }
  try {
    print(d.wings);
  } on NoSuchMethodError catch (e) {
    print(e);
  }
  try {
    d - 1;
  } on NoSuchMethodError catch (e) {
    print(e);
  }
  dynamic nothing;
  try {
    nothing.foo();
  } on NoSuchMethodError catch (e) {
    print(e);
  }
  try {
    d.fly(named: true);
  } on NoSuchMethodError catch (e) {
    print(e);
  }

  // The member exists, but not with these arguments.
  try {
    d.add(1);
  } on NoSuchMethodError catch (e) {
    print(firstLine(e));
  }
  try {
    d.greet('x', colour: 'red');
  } on NoSuchMethodError catch (e) {
    print(firstLine(e));
  }

  // Wrong argument types.
  try {
    d.add(1, 'two');
  } on TypeError catch (e) {
    print(e);
  }
  try {
    d.greet(42);
  } on TypeError catch (e) {
    print(e);
  }
  try {
    d.greet('x', punct: 0);
  } on TypeError catch (e) {
    print(e);
  }
  try {
    d + 5;
  } on TypeError catch (e) {
    print(e);
  }
  print(d);
}
