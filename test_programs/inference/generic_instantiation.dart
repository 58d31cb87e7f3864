// Implicit and explicit instantiation of generic functions (issue 9, B).
//
// Expectations derived from the language specification's "Generic Function Instantiation" and
// the constraints of inference.md: a generic function whose value meets a non-generic function
// type context (also `F?`, as `List.sort`'s parameter) is instantiated with the type arguments
// that `(P0..Pk) -> Q <# F` solves (`byLength` against `int Function(String, String)` gives
// T = String); the instantiated function keeps them at run time (`<T>[]` is a `List<String>`).
// Instantiations of the same static function with the same type arguments are constants, equal
// and identical; with different ones not equal. `Comparable.compare` isn't generic at all.
// Enums sort by index with `Enum.compareByIndex`. runtimeType of a list literal is `List<E>`.
T first<T>(T a, T b) => a;

int byLength<T extends String>(T a, T b) => a.length - b.length;

List<T> wrap<T>(T x) => <T>[x];

enum Color { red, green, blue }

class Box<T> {
  final T value;
  Box(this.value);
  static List<S> pair<S>(S a, S b) => [a, b];
  String show<X>(X x) => '$X $value $x';
}

void takesWrapper(List<int> Function(int) f) => print(f(1).runtimeType);

List<E> inGeneric<E>(E e) {
  List<E> Function(E) implicit = wrap;
  var explicit = wrap<E>;
  print(explicit(e).runtimeType);
  print(implicit == explicit);
  return implicit(e);
}

int countBy<E extends Enum>(List<E> xs) {
  xs.sort(Enum.compareByIndex<E>);
  return xs.length;
}

void main() {
  var words = ['ccc', 'a', 'bb'];
  words.sort(byLength);
  print(words);

  int Function(int, int) f = first;
  print(f(1, 2));

  var numbers = [3, 1, 2];
  numbers.sort(Comparable.compare);
  print(numbers);

  var colors = [Color.blue, Color.red, Color.green];
  colors.sort(Enum.compareByIndex);
  print(colors);
  var byIndex = Enum.compareByIndex<Color>;
  print(byIndex(Color.red, Color.blue));
  var more = [Color.green, Color.blue, Color.red];
  print(countBy(more));
  print(more);

  takesWrapper(wrap);
  List<String> Function(String) ws = wrap;
  print(ws('a').runtimeType);
  print(wrap<double>(1.5).runtimeType);
  print(identical(wrap<int>, wrap<int>));
  print(wrap<int> == ws);
  print(wrap<String> == ws);
  print(inGeneric(3).runtimeType);
  print(inGeneric('x').runtimeType);

  List<num> Function(num, num) pair = Box.pair;
  print(pair(1, 2.5).runtimeType);
  Box<int> Function(int) make = Box.new;
  print(make(5).runtimeType);
  int Function(int, int)? maybe = first;
  print(maybe(8, 9));

  var box = Box('v');
  String Function(int) show = box.show;
  print(show(7));

  T id<T>(T x) => x;
  int Function(int) localId = id;
  print(localId(42));
  print([1, 2, 3].map(id).toList().runtimeType);
}
