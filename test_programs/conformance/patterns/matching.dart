// Conformance: Patterns — "Matching (refuting and destructuring)" for every pattern kind
// (dart-lang/language accepted/3.0/patterns/feature-specification.md). Expectations derived
// from the specification: constant patterns compare with `c == v`, relational ones call the
// operator on the value, `&&`/`||` short-circuit left to right, `?` refutes null, `!` and `as`
// throw, list patterns check the length exactly (at least, with a rest element), map patterns
// need the key, record patterns the shape, object patterns the type.
import '../lib/expect.dart';

class Point {
  final int x, y;
  const Point(this.x, this.y);
}

void main() {
  // Constant.
  Expect.isTrue(switch (1 as Object?) { 1 => true, _ => false });
  Expect.isFalse(switch (1.5 as Object?) { 1 => true, _ => false });
  Expect.isTrue(switch ('a' as Object?) { 'a' => true, _ => false });
  Expect.isTrue(switch (null as Object?) { null => true, _ => false });
  Expect.isTrue(switch (const Point(1, 2) as Object?) { const Point(1, 2) => true, _ => false });
  Expect.isFalse(switch (Point(1, 2) as Object?) { const Point(1, 2) => true, _ => false }, 'not identical, Object.== is identity');
  Expect.isTrue(switch (1.0 as Object?) { 1.0 => true, _ => false });
  // Relational.
  Expect.isTrue(switch (5 as Object?) { int() && > 3 && <= 5 => true, _ => false });
  Expect.isFalse(switch (6 as Object?) { int() && > 3 && <= 5 => true, _ => false });
  Expect.isTrue(switch (5 as Object?) { != 4 => true, _ => false });
  Expect.isTrue(switch (5 as Object?) { == 5 => true, _ => false });
  Expect.isFalse(switch (null as Object?) { == 5 => true, _ => false });
  // Logical.
  Expect.isTrue(switch (2 as Object?) { 1 || 2 || 3 => true, _ => false });
  Expect.isFalse(switch (4 as Object?) { 1 || 2 || 3 => true, _ => false });
  Expect.isTrue(switch ('x' as Object?) { String() && 'x' => true, _ => false });
  // Null-check and null-assert.
  int? n = null;
  Expect.isFalse(switch (n) { _? => true, _ => false });
  n = 3;
  Expect.isTrue(switch (n) { 3? => true, _ => false });
  int? none;
  Expect.throwsTypeError(() {
    if (none case _!) {}
  });
  // Cast.
  Object o = 'str';
  Expect.throwsTypeError(() {
    if (o case int _ as int) {}
  });
  Expect.isTrue(switch (o) { String s as String when s.length == 3 => true, _ => false });
  // Variables and wildcards, typed: the type test refutes.
  Expect.isTrue(switch (1 as Object?) { int _ => true, _ => false });
  Expect.isFalse(switch ('1' as Object?) { int _ => true, _ => false });
  Expect.isTrue(switch (null as Object?) { _ => true, _ => false });
  Expect.isTrue(switch (null as Object?) { var x => true, _ => false });
  Expect.isFalse(switch (null as Object?) { Object x => true, _ => false });
  // Lists.
  Expect.isTrue(switch ([1, 2] as Object?) { [1, 2] => true, _ => false });
  Expect.isFalse(switch ([1, 2, 3] as Object?) { [1, 2] => true, _ => false });
  Expect.isTrue(switch ([1, 2, 3] as Object?) { [1, ...] => true, _ => false });
  Expect.isTrue(switch ([1, 2, 3] as Object?) { [..., 3] => true, _ => false });
  Expect.isFalse(switch ([3] as Object?) { [_, ..., 3] => true, _ => false });
  Expect.isTrue(switch ([] as Object?) { [] => true, _ => false });
  Expect.isTrue(switch (<int>[] as Object?) { [...] => true, _ => false });
  Expect.isFalse(switch ({1} as Object?) { [...] => true, _ => false }, 'a set is no list');
  if ([1, 2, 3, 4, 5] case [var a, ...var mid, var z]) {
    Expect.equals(1, a);
    Expect.deepEquals([2, 3, 4], mid);
    Expect.equals(5, z);
  } else {
    Expect.fail('rest');
  }
  // Maps: keys must be present; other keys are ignored.
  Expect.isTrue(switch ({'a': 1, 'b': 2} as Object?) { {'a': 1} => true, _ => false });
  Expect.isFalse(switch ({'b': 2} as Object?) { {'a': _} => true, _ => false });
  Expect.isTrue(switch (<String, int?>{'a': null} as Object?) { {'a': null} => true, _ => false });
  Expect.isFalse(switch (<String, int?>{} as Object?) { {'a': null} => true, _ => false }, 'a missing key is not a null value');
  // Records: the shape must match.
  Expect.isTrue(switch ((1, 2) as Object?) { (1, 2) => true, _ => false });
  Expect.isFalse(switch ((1, 2, 3) as Object?) { (1, 2) => true, _ => false });
  Expect.isFalse(switch ((1, b: 2) as Object?) { (1, 2) => true, _ => false });
  Expect.isTrue(switch ((1, b: 2) as Object?) { (1, b: 2) => true, _ => false });
  Expect.isTrue(switch ((a: 1, b: 2) as Object?) { (b: 2, a: 1) => true, _ => false }, 'named fields in any order');
  if ((x: 3, y: 4) case (:var x, :var y)) {
    Expect.equals(7, x + y);
  } else {
    Expect.fail('named record');
  }
  // Objects.
  Expect.isTrue(switch (Point(1, 2) as Object?) { Point(x: 1) => true, _ => false });
  Expect.isFalse(switch (Point(1, 2) as Object?) { Point(x: 1, y: 3) => true, _ => false });
  Expect.isTrue(switch (Point(1, 2) as Object?) { Point() => true, _ => false });
  Expect.isTrue(switch (5 as Object?) { int(isOdd: true, sign: 1) => true, _ => false });
  Expect.isTrue(switch ('abc' as Object?) { String(length: 3) => true, _ => false });
  // Parenthesized patterns group.
  Expect.isTrue(switch (2 as Object?) { (1 || 2) && int() => true, _ => false });
}
