// Conformance: Expressions — "String Interpolation" (dartLangSpec.tex): `$identifier` (including
// `$this`), `${expression}`, the value's `toString()`, `null` as "null".
// Expectations derived from the specification and dart:core's documented toString texts.
import '../lib/expect.dart';

class Temp {
  final int deg;
  Temp(this.deg);
  String toString() => '$deg°';
  String describe() => 'it is $this';
}

void main() {
  var name = 'dart', n = 3;
  Expect.equals('hello dart', 'hello $name');
  Expect.equals('dart3', '$name$n');
  Expect.equals('dart_3', '${name}_$n');
  Expect.equals('4', '${n + 1}');
  Expect.equals('DART', '${name.toUpperCase()}');
  Expect.equals('4 chars', '${name.length} chars');
  Expect.equals('it is 20°', Temp(20).describe());
  Expect.equals('[1, 2]', '${[1, 2]}');
  Expect.equals('{a: 1}', '${{'a': 1}}');
  Expect.equals('null', '${null}');
  String? none;
  Expect.equals('x=null', 'x=$none');
  Expect.equals('1.5 true', '${1.5} ${true}');
  Expect.equals('\$name', '\$name');
  Expect.equals('a.length', '$name.length'.replaceAll('dart', 'a'), r'$name.length stops at the dot');
  Expect.equals('dart', '${'${'$name'}'}', 'nested');
  Expect.equals(r'$', '\$');
}
