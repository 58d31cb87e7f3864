// Conformance: Expressions — "Cascades" (dartLangSpec.tex).
// Expectations derived from the specification: `e..s1..s2` evaluates e once, then each cascade
// section in order on that same object, and its value is the object (not the sections'
// results). (`?..` is in null_safety/null_aware_cascade.dart.)
import '../lib/expect.dart';

final t = Trace();

class Builder {
  final List<String> parts = [];
  int count = 0;
  Builder add(String s) {
    t.add('add $s');
    parts.add(s);
    return Builder(); // a different object: the cascade must ignore it
  }

  set label(String s) {
    t.add('label $s');
  }

  int operator [](int i) => i * 10;
  void operator []=(int i, int v) {
    t.add('[$i]=$v');
  }
}

Builder make() => t.log('make', Builder());

void main() {
  var b = make()
    ..add('a')
    ..label = t.log('rhs', 'L')
    ..add('b')
    ..count += 2
    ..[3] = 4;
  t.expect('make add a rhs label L add b [3]=4', 'sections in order, receiver once');
  Expect.deepEquals(['a', 'b'], b.parts, 'the cascade yields the receiver');
  Expect.equals(2, b.count);

  // Nested cascade inside an argument.
  var outer = Builder()..parts.addAll((Builder()..add('x')).parts);
  t.expect('add x');
  Expect.deepEquals(['x'], outer.parts);

  // A cascade on a list literal; the value is the list.
  var list = <int>[3, 1, 2]
    ..sort()
    ..add(4);
  Expect.deepEquals([1, 2, 3, 4], list);
  // Cascade sections on a string receiver yield the receiver, not the results.
  var s = 'abc'..toUpperCase();
  Expect.equals('abc', s);
}
