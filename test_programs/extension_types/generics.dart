// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md): a generic
// extension type's type arguments are given or inferred like a class's from the constructor
// arguments ("Static analysis of an extension type"); its members are generic over them and
// may be generic themselves. At run time `Box<T>` is its erasure `T` and `Wrapper<T>` is
// `List<T>` ("Dynamic semantics"), so runtimeType, `is` and type arguments of lists show the
// erasure: `<Box<int>>[]` is a `List<int>`, `<Wrapper<String>>[]` a `List<List<String>>`.
extension type Wrapper<T>(List<T> items) {
  T get first => items[0];
  int get count => items.length;
  Wrapper<T> plus(T x) => Wrapper([...items, x]);
  R fold<R>(R init, R Function(R, T) f) {
    var acc = init;
    for (var x in items) {
      acc = f(acc, x);
    }
    return acc;
  }
}

extension type Box<T>(T value) {
  Box<R> map<R>(R Function(T) f) => Box(f(value));
  String get describe => 'Box<$T>($value)';
}

void main() {
  var w = Wrapper<int>([1, 2, 3]);
  print(w.first);
  print(w.count);
  var w2 = w.plus(4);
  print(w2.items);
  print(w2.fold<int>(0, (a, b) => a + b));
  print(w2.fold<String>('', (a, b) => '$a$b'));
  var b = Box(3).map((x) => 'v$x');
  print(b.value);
  print(b.describe);
  print(Box(2.5).describe);
  print(b.runtimeType);
  print(<Box<int>>[].runtimeType);
  print(<Wrapper<String>>[].runtimeType);
  var words = Wrapper(<String>['a', 'b']);
  print(words.first);
  print(words.runtimeType);
  Object? x = 'hello';
  print(x is Box<String>);
  print(x is Box<int>);
  Object? y = <int>[1];
  print(y is Wrapper<int>);
  print(y is Wrapper<String>);
}
