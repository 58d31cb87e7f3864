// Conformance: Types — type aliases (dartLangSpec.tex, "Type Aliases"; Dart 2.13 nonfunction
// type aliases): a typedef denotes its right-hand side, for function and non-function types,
// generic ones instantiated with their type arguments; an alias of a class can be used to
// construct instances and to call static members. (Type arguments of instances created through
// an alias: type_alias_instantiation.dart.)
// Expectations derived from the specification.
import '../lib/expect.dart';

typedef IntList = List<int>;
typedef Json = Map<String, Object?>;
typedef Pair<T> = Map<T, T>;
typedef Compare<T> = int Function(T a, T b);
typedef Callback = void Function();

class Point {
  final int x;
  Point(this.x);
  static Point origin() => Point(0);
}

typedef P = Point;

int sortAndCount<T>(List<T> xs, Compare<T> cmp) {
  xs.sort(cmp);
  return xs.length;
}

void main() {
  IntList l = [1, 2];
  Expect.isTrue(l is List<int>);
  Json j = {'a': 1, 'b': null};
  Expect.isTrue(j is Map<String, Object?>);
  Pair<String> p = {'x': 'y'};
  Expect.isTrue(p is Map<String, String>);
  Expect.isTrue(<String, String>{} is Pair<String>);
  Expect.isFalse(<String, int>{} is Pair<String>);

  var words = ['ccc', 'a', 'bb'];
  Expect.equals(3, sortAndCount<String>(words, (a, b) => a.length - b.length));
  Expect.deepEquals(['a', 'bb', 'ccc'], words);
  var called = false;
  Callback cb = () {
    called = true;
  };
  cb();
  Expect.isTrue(called);

  Expect.equals(3, P(3).x, 'constructing through an alias');
  Expect.equals(0, P.origin().x, 'static member through an alias');
  Expect.isTrue(P(1) is Point);
  Expect.equals(Point, P);
}
