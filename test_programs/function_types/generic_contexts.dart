// Closures whose signatures mention the type parameters of the code around them: a generic
// class's and a generic method's together, a factory's, local functions nested in generic
// functions, tear-offs of mixin and superclass members, and closures inside records.
//
// Expected output derived from the Dart VM: a closure's runtime type is its signature with
// the type arguments of its context substituted, a factory's being its class's
// (Closure::GetInstantiatedSignature in runtime/vm/object.cc), printed by FunctionType::Print (`(int, String) => Map<int, String>`,
// type parameters of generic function types as Y0, Y1, ...). A tear-off of a method declared
// in a mixin or a generic superclass has the method's signature with the instance's type
// arguments for the declaring class's parameters. A record's runtime type is the record type
// of its fields' runtime types (records feature specification), so a closure field shows its
// signature.

mixin Keyed<K> {
  K keyOf(Object o) => throw 'unused';
}

class Base<E> {
  List<E> items = [];
  void addAll(Iterable<E> more) => items.addAll(more);
}

class Table<K, V> extends Base<V> with Keyed<K> {
  Map<K, V> build(K k, V v) => {k: v};
  Function maker<R>() => (K k, V v, R r) => r;
  Function nested() {
    X local<X>(K k, X x) => x;
    return local;
  }
}

class Maker<T> {
  final Object f;
  Maker._(this.f);
  factory Maker() {
    var c = (T x, List<T> xs) => xs;
    print(c.runtimeType);
    return Maker<T>._(c);
  }
  factory Maker.constant(T seed) => Maker<T>._(() => seed);
}

Function outer<A>() {
  Function middle<B>() {
    return (A a, B b) => <Object?>[a, b];
  }

  return middle<List<A>>();
}

void main() {
  var t = Table<int, String>();
  print(t.build.runtimeType);
  print(t.keyOf.runtimeType);
  print(t.addAll.runtimeType);
  print(t.maker<bool>().runtimeType);
  print(t.nested().runtimeType);
  print(outer<double>().runtimeType);
  print(t.build is Map<int, String> Function(int, String));
  print(t.build is Map<Object, Object> Function(int, String));
  print(t.build is Map<int, String> Function(num, String));

  print(Maker<int>().f.runtimeType);
  print(Maker<double>.constant(1.5).f.runtimeType);

  var record = (inc: (int x) => x + 1, name: 'inc');
  print(record.runtimeType);
  print(record is ({int Function(int) inc, String name}));
  print(record is ({String Function(int) inc, String name}));
}
