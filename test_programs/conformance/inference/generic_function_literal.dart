// Conformance: Expressions — a generic function literal invoked with explicit type arguments,
// and generic function literals passed where a generic function type is expected
// (dartLangSpec.tex, "Function Expressions", "Function Expression Invocation").
// Expectations derived from the specification. Regression test for issue 9, B
// (`(<T>() {...}<int>())`, generic function literals in a generic context).
import '../lib/expect.dart';

Map<K, V> build<K, V>(Map<K, V> Function<K, V>(K k, V v) make, K k, V v) => make(k, v);

void main() {
  var seen = '';
  (<T>() {
    seen = '$T';
  }<int>());
  Expect.equals('int', seen);

  var r = (<T>(T x) => <T>[x])<num>(1);
  Expect.equals('List<num>', r.runtimeType.toString());

  var m = build(<K, V>(k, v) => <K, V>{k: v}, 'a', 1);
  Expect.equals('{a: 1}', '$m');
  Expect.equals('_Map<String, int>', m.runtimeType.toString());
}
