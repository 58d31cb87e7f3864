// Type arguments of generic local functions and generic function literals are reified (issue 9,
// B: `(<T>() { print(T); }<int>());` prints `int`). Expected output derived by hand from the
// language specification ("Generics", "Function Expressions", "Function Expression
// Invocation": each invocation binds the type parameters to its type arguments, explicit or
// inferred; the enclosing functions' type parameters stay in scope; "Function Closurization"
// and generic function instantiation: `int Function(int) g = id;` instantiates `id` with int)
// and the VM's rule for dynamic calls: a generic function called without type arguments is
// instantiated to its bounds (its default type arguments); a wrong number of type arguments
// is a NoSuchMethodError; an argument of a dynamic call that is not an instance of its
// parameter's type (with the call's type arguments) is a TypeError with the VM's text
// "type 'String' is not a subtype of type 'int' of 'x'".

T topId<T>(T x) {
  print('topId<$T>');
  return x;
}

class Holder {
  List<T> Function<T>(T) make = <T>(T x) => <T>[x];
}

List<Object?> outer<A>(A a) {
  List<Object?> inner<B extends A>(B b) {
    var capture = () => <Object?>[A, B, b is A];
    return capture();
  }

  dynamic viaDynamic = inner;
  return [inner<A>(a), inner(a), (<C>() => <Object?>[A, C])<bool>(), viaDynamic(a)];
}

void main() {
  // The issue's snippet.
  (<T>() {
    print(T);
  }<int>());

  // Direct calls of a generic local function: explicit and inferred type arguments.
  List<Object?> describe<T>(T value) => <Object?>['$T', value is T, <T>[].runtimeType];
  print(describe<num>(1));
  print(describe('s'));
  var inferred = describe(2.5);
  print(inferred);

  // Nested: the enclosing function's type arguments come first.
  print(outer<num>(3));

  // Through a closure value: explicit, inferred, and none through `dynamic` (bounds).
  var make = <T>(T x) => <T>[x];
  print(make<num>(1).runtimeType);
  var doubles = make(1.5);
  print(doubles.runtimeType);
  dynamic dyn = make;
  print(dyn(1).runtimeType);
  print(dyn<String>('a').runtimeType);
  dynamic bounded = <T extends num>() => T;
  print(bounded());
  print(bounded<int>());
  try {
    bounded<int, int>();
  } catch (e) {
    print('two type arguments: ${e is NoSuchMethodError}');
  }
  try {
    dyn<int>('a');
  } catch (e) {
    print(e);
  }
  dynamic plain = (int x) => x;
  try {
    plain<int>(1);
  } catch (e) {
    print('type arguments to a non-generic closure: ${e is NoSuchMethodError}');
  }

  // Instantiated tear-offs of a local function and of a closure value.
  T localId<T>(T x) {
    print('localId<$T>');
    return x;
  }

  int Function(int) g = localId;
  print(g(3));
  var h = localId<String>;
  print(h('x'));
  T Function<T>(T) k = localId;
  String Function(String) fromValue = k;
  print(fromValue('y'));
  T Function<T>(T) withOptional = <T>(T x, [int y = 7]) {
    print('withOptional<$T> $y');
    return x;
  };
  bool Function(bool) instantiated = withOptional;
  print(instantiated(true));

  // A generic function held by a field, called through `dynamic` with type arguments.
  dynamic holder = Holder();
  print(holder.make<String>('h').runtimeType);
  print(holder.make(1).runtimeType);

  // A static generic function through a closure value gets the call's type arguments.
  T Function<T>(T) s = topId;
  print(s<int>(4));
  print(s<String>('z'));
  // Instantiated from a variable whose type shows fewer optional parameters than the function.
  T Function<T>(T) fewer = topIdWithOptional;
  int Function(int) instantiatedFewer = fewer;
  print(instantiatedFewer(5));
  dynamic dynamicFewer = instantiatedFewer;
  print(dynamicFewer(6));
  dynamic dynamicTopId = topIdWithOptional;
  print(dynamicTopId<int>(7, 8));
  try {
    dynamicTopId<int>('a');
  } catch (e) {
    print(e);
  }
  // A generic method's tear-off called through `dynamic`: checked with the receiver's and the
  // call's type arguments.
  dynamic pairOf = Pair<String>().of;
  print(pairOf<int>('e', 1));
  try {
    pairOf<int>('e', 'x');
  } catch (e) {
    print(e);
  }
}

T topIdWithOptional<T>(T x, [int y = 0]) {
  print('topIdWithOptional<$T> $y');
  return x;
}

class Pair<E> {
  List<Object?> of<T>(E e, T t) => [E, T, e, t];
}
