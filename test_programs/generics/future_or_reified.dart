// FutureOr as a runtime type: nested in type arguments, function types and supertypes, it is
// its own type at run time (docs/generics.md), not `dynamic`.
//
// How the expected output was derived (by hand):
// * Subtyping: the language specification's rules for FutureOr ("Subtypes"): FutureOr<S0> <: T
//   when S0 <: T and Future<S0> <: T; S <: FutureOr<T0> when S <: T0 or S <: Future<T0>;
//   Null <: FutureOr<T0> when Null <: T0. Generic classes are covariant, function types
//   contravariant in their parameters.
// * Normalization: the specification's NORM (also the SDK test
//   tests/language/nnbd/normalization/futureOr_normalization_null_safe_test.dart):
//   FutureOr<Object> is Object, FutureOr<Object?> and FutureOr<Object>? are Object?,
//   FutureOr<dynamic> dynamic, FutureOr<void> void, FutureOr<Never> Future<Never>,
//   FutureOr<Null> Future<Null>?, FutureOr<int?>? is FutureOr<int?>; the same when the
//   FutureOr is built at run time from a type parameter's value (the VM's
//   AbstractType::NormalizeFutureOrType after instantiation).
// * Printing: the VM prints FutureOr<int>, FutureOr<int>? and function types as
//   `(FutureOr<int>) => void` (FunctionType::Print); cast errors read
//   "type 'X' is not a subtype of type 'Y' in type cast".
import 'dart:async';

List<FutureOr<T>> listOf<T>() => <FutureOr<T>>[];
List<FutureOr<T>?> nullableListOf<T>() => <FutureOr<T>?>[];
Type typeOf<T>() => T;
bool isA<T>(Object? value) => value is T;
FutureOr<X> castTo<X>(Object? value) => value as FutureOr<X>;

class Box<T> {
  void put(T value) {}
}

class Slot<T> {
  void put(FutureOr<T> value) => print('put $value');
}

class IntOrFutureBox extends Box<FutureOr<int>> {}

void takesFutureOrInt(FutureOr<int> x) {}
void takesInt(int x) {}
void takesObject(Object x) {}
FutureOr<int> returnsFutureOrInt() => 1;
int returnsInt() => 1;
Future<int> returnsFutureInt() async => 1;
FutureOr<String> returnsFutureOrString() => 's';

void show(String label, Object? value) => print('$label: $value');

void main() {
  print('-- list type arguments');
  Object futureOrInts = <FutureOr<int>>[];
  show('List<FutureOr<int>>', futureOrInts is List<FutureOr<int>>);
  show('List<FutureOr<String>>', futureOrInts is List<FutureOr<String>>);
  show('List<FutureOr<num>>', futureOrInts is List<FutureOr<num>>);
  show('List<Object>', futureOrInts is List<Object>);
  show('List<int>', futureOrInts is List<int>);
  show('List<Future<int>>', futureOrInts is List<Future<int>>);
  show('List<FutureOr<int>?>', futureOrInts is List<FutureOr<int>?>);
  show('List<FutureOr<int?>>', futureOrInts is List<FutureOr<int?>>);
  Object ints = <int>[];
  show('<int>[] is List<FutureOr<int>>', ints is List<FutureOr<int>>);
  show('<int>[] is List<FutureOr<String>>', ints is List<FutureOr<String>>);
  Object futures = <Future<int>>[];
  show('<Future<int>>[] is List<FutureOr<int>>', futures is List<FutureOr<int>>);
  show('<Future<int>>[] is List<FutureOr<num>>', futures is List<FutureOr<num>>);
  show('<Future<int>>[] is List<FutureOr<String>>', futures is List<FutureOr<String>>);
  Object nullableInts = <int?>[];
  show('<int?>[] is List<FutureOr<int>>', nullableInts is List<FutureOr<int>>);
  show('<int?>[] is List<FutureOr<int?>>', nullableInts is List<FutureOr<int?>>);
  show('<int?>[] is List<FutureOr<int>?>', nullableInts is List<FutureOr<int>?>);
  Object nullableFutureOrs = <FutureOr<int>?>[];
  show('<FutureOr<int>?>[] is List<FutureOr<int?>>', nullableFutureOrs is List<FutureOr<int?>>);
  show('<FutureOr<int>?>[] is List<FutureOr<int>>', nullableFutureOrs is List<FutureOr<int>>);
  Object nested = <FutureOr<FutureOr<int>>>[];
  show('List<FutureOr<FutureOr<int>>> is List<FutureOr<int>>', nested is List<FutureOr<int>>);
  show('List<FutureOr<FutureOr<int>>> is List<FutureOr<Object>>', nested is List<FutureOr<Object>>);
  show('List<FutureOr<FutureOr<int>>> is List<FutureOr<Future<Object>>>', nested is List<FutureOr<Future<Object>>>);

  print('-- maps and type parameters');
  Object map = <String, FutureOr<bool>>{};
  show('Map<String, FutureOr<bool>>', map is Map<String, FutureOr<bool>>);
  show('Map<String, bool>', map is Map<String, bool>);
  show('Map<String, FutureOr<int>>', map is Map<String, FutureOr<int>>);
  show('listOf<int>() is List<FutureOr<int>>', listOf<int>() is List<FutureOr<int>>);
  show('listOf<int>() is List<int>', (listOf<int>() as Object) is List<int>);
  show('isA<List<FutureOr<int>>>(<int>[])', isA<List<FutureOr<int>>>(<int>[]));
  show('isA<List<FutureOr<int>>>(<String>[])', isA<List<FutureOr<int>>>(<String>[]));
  show('isA<FutureOr<int>>(3)', isA<FutureOr<int>>(3));
  show('isA<FutureOr<int>>("3")', isA<FutureOr<int>>('3'));
  show('isA<FutureOr<int>>(Future.value(3))', isA<FutureOr<int>>(Future<int>.value(3)));
  show('isA<FutureOr<int>>(null)', isA<FutureOr<int>>(null));
  show('isA<FutureOr<int?>>(null)', isA<FutureOr<int?>>(null));
  show('isA<FutureOr<int>?>(null)', isA<FutureOr<int>?>(null));
  show('IntOrFutureBox is Box<FutureOr<int>>', (IntOrFutureBox() as Object) is Box<FutureOr<int>>);
  show('IntOrFutureBox is Box<FutureOr<num>>', (IntOrFutureBox() as Object) is Box<FutureOr<num>>);
  show('IntOrFutureBox is Box<int>', (IntOrFutureBox() as Object) is Box<int>);
  show('IntOrFutureBox is Box<Object>', (IntOrFutureBox() as Object) is Box<Object>);

  print('-- function types');
  Object f1 = takesFutureOrInt;
  show('(FutureOr<int>) => void is void Function(int)', f1 is void Function(int));
  show('(FutureOr<int>) => void is void Function(Future<int>)', f1 is void Function(Future<int>));
  show('(FutureOr<int>) => void is void Function(FutureOr<int>)', f1 is void Function(FutureOr<int>));
  show('(FutureOr<int>) => void is void Function(Object)', f1 is void Function(Object));
  show('(FutureOr<int>) => void is void Function(int?)', f1 is void Function(int?));
  Object f2 = takesInt;
  show('(int) => void is void Function(FutureOr<int>)', f2 is void Function(FutureOr<int>));
  Object f3 = takesObject;
  show('(Object) => void is void Function(FutureOr<int>)', f3 is void Function(FutureOr<int>));
  Object r1 = returnsFutureOrInt;
  show('() => FutureOr<int> is FutureOr<int> Function()', r1 is FutureOr<int> Function());
  show('() => FutureOr<int> is int Function()', r1 is int Function());
  show('() => FutureOr<int> is Object Function()', r1 is Object Function());
  show('() => FutureOr<int> is FutureOr<num> Function()', r1 is FutureOr<num> Function());
  Object r2 = returnsInt;
  Object r3 = returnsFutureInt;
  Object r4 = returnsFutureOrString;
  show('() => int is FutureOr<int> Function()', r2 is FutureOr<int> Function());
  show('() => Future<int> is FutureOr<int> Function()', r3 is FutureOr<int> Function());
  show('() => FutureOr<String> is FutureOr<int> Function()', r4 is FutureOr<int> Function());
  print(f1.runtimeType);
  print(r1.runtimeType);
  Object g = <T>(FutureOr<T> x) => x;
  show('<T>(FutureOr<T>) => FutureOr<T> is same', g is FutureOr<S> Function<S>(FutureOr<S>));
  show('<T>(FutureOr<T>) => FutureOr<T> is S Function<S>(S)', g is S Function<S>(S));
  show('<T>(FutureOr<T>) => FutureOr<T> is FutureOr<S> Function<S>(S)', g is FutureOr<S> Function<S>(S));
  print(g.runtimeType);

  print('-- printing and normalization');
  print(futureOrInts.runtimeType);
  print(nullableFutureOrs.runtimeType);
  print(<FutureOr<int?>>[].runtimeType);
  print(<FutureOr<int?>?>[].runtimeType);
  print(<FutureOr<Object>>[].runtimeType);
  print(<FutureOr<Object?>>[].runtimeType);
  print(<FutureOr<Object>?>[].runtimeType);
  print(<FutureOr<dynamic>>[].runtimeType);
  print(<FutureOr<void>>[].runtimeType);
  print(<FutureOr<Never>>[].runtimeType);
  print(<FutureOr<Null>>[].runtimeType);
  print(<FutureOr<FutureOr<Object>>>[].runtimeType);
  print(<FutureOr<FutureOr<int>>>[].runtimeType);
  print(listOf<String>().runtimeType);
  print(listOf<Object>().runtimeType);
  print(listOf<Object?>().runtimeType);
  print(listOf<dynamic>().runtimeType);
  print(listOf<Never>().runtimeType);
  print(listOf<Null>().runtimeType);
  print(listOf<int?>().runtimeType);
  print(nullableListOf<int>().runtimeType);
  print(nullableListOf<int?>().runtimeType);
  print(nullableListOf<Object>().runtimeType);
  print(listOf<FutureOr<int>>().runtimeType);
  print(typeOf<FutureOr<int>>());
  print(typeOf<FutureOr<int>?>());
  print(typeOf<FutureOr<int?>?>());
  show('FutureOr<Object> == Object', typeOf<FutureOr<Object>>() == Object);
  show('FutureOr<int> == FutureOr<int>', typeOf<FutureOr<int>>() == typeOf<FutureOr<int>>());
  show('FutureOr<int> == int', typeOf<FutureOr<int>>() == int);
  show('FutureOr<int?>? == FutureOr<int?>', typeOf<FutureOr<int?>?>() == typeOf<FutureOr<int?>>());
  show('listOf<int>() == <FutureOr<int>>[] (types)', listOf<int>().runtimeType == futureOrInts.runtimeType);

  print('-- casts and covariant checks');
  print(castTo<int>(3));
  try {
    castTo<int>('three');
  } on TypeError catch (e) {
    print(e);
  }
  try {
    castTo<List<int>>(<String>[]);
  } on TypeError catch (e) {
    print(e);
  }
  try {
    futureOrInts as List<FutureOr<String>>;
  } on TypeError catch (e) {
    print(e);
  }
  // The VM prints the normalized type it tested: FutureOr<Never> is Future<Never>.
  try {
    (3 as Object) as FutureOr<Never>;
  } on TypeError catch (e) {
    print(e);
  }
  try {
    (<String>[] as Object) as List<FutureOr<Null>>;
  } on TypeError catch (e) {
    print(e);
  }
  Slot<num> slot = Slot<int>();
  slot.put(1);
  try {
    slot.put(1.5);
  } on TypeError catch (e) {
    print(e);
  }
  List<Object> objects = <FutureOr<int>>[];
  objects.add(2);
  objects.add(Future<int>.value(3));
  try {
    objects.add('four');
  } on TypeError catch (e) {
    print(e);
  }
  print(objects.length);
}
