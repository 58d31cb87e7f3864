// Conformance: Generics — implicit instantiation of generic functions (dartLangSpec.tex,
// "Generic Function Instantiation"): a generic function used where a non-generic function type
// is expected is instantiated with type arguments inferred from that type; the explicit form
// `f<int>` instantiates with the given arguments.
// Expectations derived from the specification. Regression test for issue 9, B (implicit
// instantiation of generic functions).
import '../lib/expect.dart';

int byLength<T extends String>(T a, T b) => a.length - b.length;
T first<T>(T a, T b) => a;
String typeName<T>(T x) => '$T';

enum Size { small, large }

void main() {
  var words = ['ccc', 'a', 'bb'];
  words.sort(byLength);
  Expect.deepEquals(['a', 'bb', 'ccc'], words);

  int Function(int, int) f = first;
  Expect.equals(1, f(1, 2));

  var nums = [3, 1, 2];
  nums.sort(Comparable.compare);
  Expect.deepEquals([1, 2, 3], nums);

  var sizes = [Size.large, Size.small];
  sizes.sort(Enum.compareByIndex);
  Expect.deepEquals([Size.small, Size.large], sizes);
  sizes.sort(Enum.compareByIndex<Size>);
  Expect.deepEquals([Size.small, Size.large], sizes);

  String Function(int) named = typeName;
  Expect.equals('int', named(1), 'instantiated with int, not dynamic');
  var explicit = typeName<double>;
  Expect.equals('double', explicit(1.5));
}
