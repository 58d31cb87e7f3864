// Function types as type arguments and in generic code: list literals of function types,
// `is` against List<function type>, covariant `add` checks, generic code testing against
// function types that mention its type parameters, and dynamic calls passing closures.
//
// Expected output derived from the Dart language specification: List<S> is a subtype of
// List<T> when S is a subtype of T (class type arguments are covariant), with the function
// type subtype rule for S and T; `add` of a List<(int) => int> seen as a List<Object> checks
// its argument against the list's element type (a covariant parameter) and throws the VM's
// TypeError "type 'X' is not a subtype of type 'Y' of 'value'" (the VM's List.add names its
// parameter `value`); a type parameter in a function type is replaced by its value at run time.
// Types print as the VM prints them (FunctionType::Print: `(int) => int`, `List<(int) => int>`).

int inc(int x) => x + 1;
String show(int x, [String? suffix]) => '$x${suffix ?? ''}';

class Registry<T> {
  final handlers = <void Function(T)>[];
  void register(void Function(T) h) => handlers.add(h);
  bool accepts(Object f) => f is void Function(T);
  T Function(T) identity() => (T x) => x;
}

bool takesInts<T>(Object f) => f is Object? Function(T);

void main() {
  var fs = <int Function(int)>[inc, (x) => x * 2];
  print(fs.runtimeType);
  print(fs is List<num Function(int)>);
  print(fs is List<int Function(num)>);
  print(fs is List<Function>);
  print(fs.map((f) => f(10)).toList());
  List<Object> objects = fs;
  try {
    objects.add(show);
  } catch (e) {
    print(e);
  }
  objects.add((num x) => 7);
  print(fs.length);

  var r = Registry<int>();
  r.register((int x) => print('got $x'));
  r.register((Object? x) => print('object $x'));
  for (var h in r.handlers) {
    h(3);
  }
  print(r.accepts((int x) {}));
  print(r.accepts((num x) {}));
  print(r.accepts((String x) {}));
  print(Registry<String>().accepts((String x) {}));
  print(r.identity().runtimeType);
  print(r.handlers.runtimeType);

  print(takesInts<int>(inc));
  print(takesInts<String>(inc));
  print(takesInts<Never>(show));

  Map<String, int Function(int)> table = {'inc': inc};
  print(table.runtimeType);
  print(table['inc']!(1));

  dynamic apply = (int Function(int) f, int x) => f(x);
  print(apply(inc, 4));
  try {
    apply(show, 4);
  } catch (e) {
    print(e);
  }
}
