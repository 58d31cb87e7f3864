// Expected output derived from dart:core's documentation: `Iterable.castFrom<S, T>`,
// `List.castFrom<S, T>`, `Set.castFrom<S, T>` and `Map.castFrom<K, V, K2, V2>` are static generic
// methods (their type arguments are the method's, not the class's); the result is the source
// seen with the new element types, elements checked as they are read (a wrong one throws a
// TypeError).
void main() {
  Iterable<num> numbers = [1, 2];
  var ints = Iterable.castFrom<num, int>(numbers);
  print(ints is Iterable<int>);
  print(ints.toList());
  List<Object> objects = <Object>['a', 'b'];
  List<String> strings = List.castFrom<Object, String>(objects);
  print(strings.first.toUpperCase());
  Set<num> set = {1, 2};
  print(Set.castFrom<num, int>(set).contains(2));
  Map<Object, Object> map = {1: 'one'};
  Map<int, String> typed = Map.castFrom<Object, Object, int, String>(map);
  print(typed[1]!.length);
  Iterable<Object> mixed = [1, 'x'];
  try {
    for (var i in Iterable.castFrom<Object, int>(mixed)) {
      print(i);
    }
  } on TypeError {
    print('TypeError');
  }
}
