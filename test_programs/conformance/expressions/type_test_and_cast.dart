// Conformance: Expressions — "Type Test" (`is`, `is!`) and "Type Cast" (`as`)
// (dartLangSpec.tex): `e is T` is true when the value's run-time type is a subtype of T; `as`
// throws a TypeError otherwise and returns the value unchanged when it succeeds; `dynamic`,
// `Object?` accept everything.
// Expectations derived from the specification.
import '../lib/expect.dart';

abstract class Shape {}

class Square implements Shape {}

class Circle extends Object implements Shape {}

void main() {
  Object s = Square();
  Expect.isTrue(s is Shape);
  Expect.isTrue(s is Square);
  Expect.isFalse(s is Circle);
  Expect.isTrue(s is! Circle);
  Expect.isTrue(s is Object);
  Expect.isTrue(s is dynamic);
  Expect.identical(s, s as Shape);
  Expect.throwsTypeError(() => s as Circle);

  Object n = 1;
  Expect.isTrue(n is int);
  Expect.isTrue(n is num);
  Expect.isFalse(n is double);
  Expect.isTrue(n is Comparable);
  Expect.isTrue(n is Comparable<num>);
  Object x = 1.0;
  Expect.isTrue(x is double);
  Expect.isFalse(x is int, 'a double with an integral value is not an int');
  Expect.isTrue('s' is Pattern);
  Expect.isTrue('s' is Comparable<String>);
  Expect.isTrue(<int>[] is Iterable<int>);
  Expect.isTrue(<int, int>{}.keys is Iterable<int>);
  Expect.isTrue(() {} is Function);
  Expect.isTrue(Square.new is Function);
  Expect.isFalse(s is Function);
  Expect.isTrue(true is bool);
  Expect.isTrue(StateError('') is Error);

  // A cast to a supertype is a no-op; its value is usable with the new static type.
  num asNum = n as num;
  Expect.equals(2, asNum + 1);
  Expect.equals(3, (n as int) + 2);
  dynamic dyn = 'str';
  Expect.throwsTypeError(() {
    int i = dyn; // implicit downcast from dynamic
    i.isEven;
  });
  String str = dyn;
  Expect.equals(3, str.length);
}
