// Conformance: Types — type literals and `runtimeType` (dartLangSpec.tex, "Type Objects" in
// "Type Test"/"Identifier Reference", and "Equality" of `Type` objects: two type objects are
// equal when they denote the same type).
// Expectations derived from the specification, and from the VM (runtime/lib/object.cc,
// Object_runtimeType): the runtime type of a string, an int, a double and a built-in list is
// reported as `String`, `int`, `double` and `List<E>`, so it equals the corresponding type
// literal; `null.runtimeType` is `Null`.
import '../lib/expect.dart';

class C<T> {}

void main() {
  Expect.isTrue(int == 1.runtimeType, 'int');
  Expect.isTrue(double == 1.5.runtimeType, 'double');
  Expect.isTrue(bool == true.runtimeType, 'bool');
  Expect.isTrue(String == 'a'.runtimeType, 'String');
  Expect.isTrue(Null == null.runtimeType, 'Null');
  Expect.isTrue(List<int> == <int>[].runtimeType, 'List<int>');
  Expect.isTrue(C<int> == C<int>().runtimeType, 'C<int>');
  Expect.isFalse(C<int> == C<String>().runtimeType, 'C<int> vs C<String>');
  Expect.isFalse(List<int> == <num>[].runtimeType, 'List<int> vs List<num>');
  Expect.equals('a'.runtimeType.hashCode, (String).hashCode);

  // Type objects as map keys.
  var names = <Type, String>{int: 'int', String: 'string', Null: 'null'};
  Expect.equals('int', names[7.runtimeType]);
  Expect.equals('string', names['x'.runtimeType]);
  Expect.equals('null', names[null.runtimeType]);
}
