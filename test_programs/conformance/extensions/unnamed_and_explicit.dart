// Conformance: Extensions — unnamed extensions and explicit extension application
// (dartLangSpec.tex, "Extensions", "Explicit Invocation of an Instance Member of an Extension";
// feature spec accepted/2.7/static-extension-methods: `E(e).m`, `E<T>(e).m`, `E(e)?.m` which
// skips the call when e is null).
// Expectations derived from the specification. Regression test for issue 9, B (unnamed
// extensions, explicit extension application).
import '../lib/expect.dart';

extension<T> on List<T> {
  T get second => this[1];
}

extension E on int {
  int get twice => this * 2;
  int add(int o) => this + o;
}

extension E1<T extends num> on T {
  String get m => 'E1<$T>';
}

extension E2 on int {
  String get m => 'E2';
}

extension NullableE on int? {
  String describe() => this == null ? 'none' : 'some';
}

void main() {
  Expect.equals(2, [1, 2, 3].second);
  Expect.equals('b', ['a', 'b'].second);
  Expect.equals(42, E(21).twice);
  Expect.equals(5, E(2).add(3));
  int x = 1;
  Expect.equals('E1<num>', E1<num>(x).m, 'explicit type argument');
  Expect.equals('E1<int>', E1(x).m, 'inferred type argument');
  Expect.equals('E2', E2(x).m, 'explicit application resolves a conflict');
  int? none;
  Expect.isNull(E(none)?.twice, 'E(null)?.m is null');
  Expect.equals('none', NullableE(none).describe());
}
