// Conformance: Types — the text of `runtimeType.toString()` and of type literals
// (dartLangSpec.tex, "Type Objects"; dart:core `Type.toString` documentation).
// Expectations derived from the VM's observable behaviour: a type prints as written in source
// with its type arguments (`Map<String, int>`), nullable types with `?`, and the built-in
// implementations of core types as their public interface (runtime/lib/object.cc,
// Object_runtimeType: String, int, double, List<E>).
import '../lib/expect.dart';

class Plain {}

class Pair<A, B> {}

enum Color { red }

typedef NullableInt = int?;

void main() {
  Expect.equals('int', 1.runtimeType.toString());
  Expect.equals('double', 1.0.runtimeType.toString());
  Expect.equals('String', 'a'.runtimeType.toString());
  Expect.equals('bool', false.runtimeType.toString());
  Expect.equals('Null', null.runtimeType.toString());
  Expect.equals('List<int>', <int>[].runtimeType.toString());
  Expect.equals('List<String?>', <String?>[].runtimeType.toString());
  Expect.equals('Plain', Plain().runtimeType.toString());
  Expect.equals('Pair<int, List<String>>', Pair<int, List<String>>().runtimeType.toString());
  Expect.equals('Pair<dynamic, dynamic>', Pair().runtimeType.toString());
  Expect.equals('Color', Color.red.runtimeType.toString());

  Expect.equals('int', '${int}');
  Expect.equals('int?', '$NullableInt', 'a type alias denotes its type');
  Expect.equals('Pair<Object?, Never>', (Pair<Object?, Never>).toString());
}
