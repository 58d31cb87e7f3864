// Conformance: type inference of local variables and collection literals (language repo,
// resources/type-system/inference.md; dartLangSpec.tex, "Local Variable Declaration", "Lists",
// "Maps", "Sets"): the element type of a literal without context is the least upper bound of
// its element types; `null` elements make it nullable; the reified type arguments are the
// inferred ones.
// Expectations derived from the specification (observed through `runtimeType` and `is`).
import '../lib/expect.dart';

class A {}

class B extends A {}

class C extends A {}

void main() {
  var ints = [1, 2];
  Expect.equals('List<int>', ints.runtimeType.toString());
  var mixed = [1, 2.5];
  Expect.equals('List<num>', mixed.runtimeType.toString(), 'LUB(int, double) = num');
  var withNull = [1, null];
  Expect.equals('List<int?>', withNull.runtimeType.toString());
  var objects = [1, 'a'];
  Expect.equals('List<Object>', objects.runtimeType.toString());
  var objectsAndNull = [1, 'a', null];
  Expect.equals('List<Object?>', objectsAndNull.runtimeType.toString());
  var siblings = [B(), C()];
  Expect.equals('List<A>', siblings.runtimeType.toString(), 'LUB of sibling classes');
  var nested = [
    [1],
    [2.5]
  ];
  Expect.equals('List<List<num>>', nested.runtimeType.toString());

  var map = {'a': 1, 'b': 2.5};
  Expect.isTrue(map is Map<String, num>);
  Expect.isFalse(map is Map<String, int>);
  var set = {1, 2};
  Expect.isTrue(set is Set<int>);
  Expect.equals('_Set<int>', set.runtimeType.toString());

  var spread = [...ints, ...mixed];
  Expect.equals('List<num>', spread.runtimeType.toString());
  var fromIf = [if (ints.isEmpty) 1 else 'x'];
  Expect.equals('List<Object>', fromIf.runtimeType.toString());
  var fromFor = [for (var i in ints) i * 1.5];
  Expect.equals('List<double>', fromFor.runtimeType.toString());

  // Conditional and if-null expressions: LUB of the branches.
  var cond = [ints.isEmpty ? 1 : 2.5];
  Expect.equals('List<num>', cond.runtimeType.toString());
  int? maybe;
  var ifNull = [maybe ?? 2.5];
  Expect.equals('List<num>', ifNull.runtimeType.toString());

  // Declared types give the context.
  List<num> declared = [1, 2];
  Expect.equals('List<num>', declared.runtimeType.toString());
  Iterable<Object> iterable = [1];
  Expect.equals('List<Object>', iterable.runtimeType.toString());
  Map<String, List<int>> deep = {'a': []};
  Expect.equals('List<int>', deep['a'].runtimeType.toString());
  Set<num> s = {};
  Expect.isTrue(s is Set<num>, '{} with a Set context is a set');
}
