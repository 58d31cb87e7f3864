// The runtime type of closures: tear-offs of top-level, static and instance methods, local
// functions and function literals, generic and in generic code, printed and compared.
//
// Expected output derived from the Dart VM: `runtimeType` of a closure is its signature
// instantiated with the type arguments of its context (Closure::GetInstantiatedSignature in
// runtime/vm/object.cc: the enclosing generic functions' and class's arguments are
// substituted, so no parent type parameters remain). FunctionType::Print writes
// `<type parameters>(parameters) => return type`: required positional parameter types, then
// optional positional ones in `[...]` or named ones in `{...}` as `type name`, with `required `
// before required named parameters; TypeParameters::Print names the type parameters of a
// function type Y0, Y1, ... (TypeParameter::CanonicalNameCString) and omits the default bounds
// Object?, Object and dynamic. An untyped parameter is `dynamic`, and a function literal's
// return type is the one inferred from its body. Function types are equal when they are the
// same up to the names of their type parameters (alpha-equivalence).

int inc(int x) => x + 1;
String show(int x, [String? suffix]) => '$x${suffix ?? ''}';
void configure(int x, {required int a, int b = 0}) {}
int named({required int a, int b = 0}) => a + b;
T id<T>(T x) => x;
num clampTo<T extends num>(T x, T max) => x;
untyped(x) => x;
List<T> pairOf<T, U extends Comparable<U>>(T a, U b) => [a];

class Counter {
  int count = 0;
  int add(int by) => count += by;
  static String label(Object o) => 'c$o';
}

class Box<T> {
  T value;
  Box(this.value);
  T get() => value;
  void put(T v) {
    value = v;
  }

  R map<R>(R Function(T) f) => f(value);
  Function getter() => () => value;
  Function taker() => (T x) => x;
  Function lister() => (List<T> xs, {T? fallback}) => xs.isEmpty ? fallback : xs.first;
}

void inGeneric<A>(A a) {
  B second<B>(A x, B y) => y;
  print(second.runtimeType);
  var wrap = (A x) => [x];
  print(wrap.runtimeType);
  A Function(A) same = (x) => x;
  print(same.runtimeType);
}

void main() {
  print(inc.runtimeType);
  print(show.runtimeType);
  print(configure.runtimeType);
  print(named.runtimeType);
  print(id.runtimeType);
  print(clampTo.runtimeType);
  print(untyped.runtimeType);
  print(pairOf.runtimeType);
  print(Counter.label.runtimeType);
  var c = Counter();
  print(c.add.runtimeType);

  var b = Box<int>(1);
  print(b.get.runtimeType);
  print(b.put.runtimeType);
  print(b.map.runtimeType);
  print(b.getter().runtimeType);
  print(b.taker().runtimeType);
  print(Box<String>('s').taker().runtimeType);
  print(Box<double>(1.5).lister().runtimeType);

  print(((int x) => x.toString()).runtimeType);
  print(((x) => x).runtimeType);
  print(((String s, [int n = 1]) => s * n).runtimeType);
  int twice(int x) => 2 * x;
  print(twice.runtimeType);
  T pick<T>(T a, T b) => a;
  print(pick.runtimeType);
  print((<K, V>(Map<K, V> m, K k) => m[k]).runtimeType);
  print((<T>(T Function<S>(S) f) => f).runtimeType);
  inGeneric<int>(1);
  inGeneric<String>('a');

  // Instantiated generic functions and closures.
  int Function(int) idInt = id;
  print(idInt.runtimeType);
  String Function(String) pickString = (String a) => pick<String>(a, a);
  print(pickString.runtimeType);
  int Function(int, int) pickInt = pick;
  print(pickInt.runtimeType);

  // Equality of function types.
  print(inc.runtimeType == ((int x) => x).runtimeType);
  print(inc.runtimeType == show.runtimeType);
  print(id.runtimeType == (<S>(S s) => s).runtimeType);
  print(id.runtimeType == pick.runtimeType);
  print(b.taker().runtimeType == inc.runtimeType);
  print(inc.runtimeType.hashCode == ((int y) => y).runtimeType.hashCode);
  print({inc.runtimeType, twice.runtimeType, c.add.runtimeType}.length);
}
