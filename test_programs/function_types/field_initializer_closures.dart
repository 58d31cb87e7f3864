// Closures created in instance field initializers whose signatures mention the class's type
// parameters: the initializer runs in the constructor with the instance's type arguments, so
// the closure's function type is reified with them. Expected output derived from the language
// specification (a function literal's static type, with the enclosing class's type parameters
// bound to the instance's type arguments, is its runtime type; "Subtypes" for function types:
// contravariant parameters, covariant returns) and the VM's printing of function types
// (FunctionType::Print: `(int) => int`, `() => List<int>`); `runtimeType` of a map literal is
// the VM's `_Map<K, V>`; the failed cast's message is the VM's "type '...' is not a subtype of
// type '...' in type cast".

class Box<T> {
  T Function(T) id = (T x) => x;
  final void Function(T) sink = (T v) => print('  sink got $v');
  List<T> Function() empty = () => <T>[];
  bool Function(Object?) accepts = (Object? o) => o is T;
  late T Function(T, T) pick = (T a, T b) => a;

  Box();
  Box.named(int n) : this();
  Box.body(String s) {
    print('  Box.body $s');
  }
}

class DoubleBox extends Box<double> {
  String Function(double) show = (double d) => 'd=$d';
}

mixin Keyed<K> {
  K Function(K) key = (K k) => k;
}

class Pairs<A, B> with Keyed<B> {
  Map<A, B> Function(A, B) pair = (A a, B b) => {a: b};
}

void describe(String name, Object f) {
  print('$name: ${f.runtimeType}');
  print('  is int Function(int): ${f is int Function(int)}');
  print('  is String Function(String): ${f is String Function(String)}');
  print('  is Object? Function(Never): ${f is Object? Function(Never)}');
}

void main() {
  var ints = Box<int>();
  var strings = Box<String>.named(1);
  describe('Box<int>.id', ints.id);
  describe('Box<String>.id', strings.id);
  print('Box<int>.sink: ${ints.sink.runtimeType}');
  Object sink = ints.sink;
  print('  is void Function(num): ${sink is void Function(num)}');
  print('  is void Function(int): ${sink is void Function(int)}');
  print('  is void Function(Never): ${sink is void Function(Never)}');
  (sink as void Function(int))(4);
  try {
    (sink as void Function(String))('no');
  } on TypeError catch (e) {
    print('  $e');
  }
  print('Box<String>.empty: ${strings.empty.runtimeType} -> ${strings.empty().runtimeType}');
  print('Box<int>.accepts: ${ints.accepts(1)} ${ints.accepts('1')}');
  print('Box<String>.accepts: ${strings.accepts(1)} ${strings.accepts('1')}');
  print('late Box<int>.pick: ${ints.pick.runtimeType} ${ints.pick(1, 2)}');
  print('Box<bool>.body: ${Box<bool>.body('x').id.runtimeType}');
  var d = DoubleBox();
  print('DoubleBox.id: ${d.id.runtimeType} ${d.id is double Function(double)}');
  print('DoubleBox.show: ${d.show.runtimeType} ${d.show(1.5)}');
  var p = Pairs<String, int>();
  print('Pairs.pair: ${p.pair.runtimeType} ${p.pair('a', 1).runtimeType}');
  print('Pairs.key: ${p.key.runtimeType} ${p.key is int Function(int)}');
  Object dyn = Box<num>().id;
  print('Box<num>.id as num Function(int): ${(dyn as num Function(int))(2)}');
}
