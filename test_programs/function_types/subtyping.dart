// `is` and `as` against function types: the subtype rule for function types.
//
// Expected output derived from the Dart language specification's subtyping rules (Subtypes,
// rules 14 and 15, "Positional Function Types" and "Named Function Types"): a function type
// S is a subtype of T when they have the same type parameters with the same bounds (up to
// renaming), S's return type is a subtype of T's, each parameter type of T is a subtype of the
// corresponding one of S (contravariance), S accepts at least the positional parameters of T
// and requires no more of them, and every named parameter of T is one of S that is required
// in S only if required in T, while S requires no named parameter T lacks. A generic function
// type is not a subtype of a non-generic one (instantiation happens only on assignment). Every
// function type is a subtype of Function and Object; null is an instance of a nullable
// function type only. A type parameter of a generic function type is a subtype of its bound.
// Failed casts throw the VM's TypeError, with both types printed as the VM prints function
// types (runtime/vm/object.cc FunctionType::Print): "type '(int) => int' is not a subtype of
// type '(String) => String' in type cast", without " in type cast" for an implicit cast.

int inc(int x) => x + 1;
String show(int x, [String? suffix]) => '$x${suffix ?? ''}';
int named({required int a, int b = 0}) => a + b;
T id<T>(T x) => x;
num clampTo<T extends num>(T x, T max) => x;

typedef IntToInt = int Function(int);

void check(String what, bool result) => print('$what: $result');

void main() {
  Object f = inc;
  check('inc is int Function(int)', f is int Function(int));
  check('inc is num Function(int)', f is num Function(int));
  check('inc is void Function(int)', f is void Function(int));
  check('inc is Object Function(Never)', f is Object Function(Never));
  check('inc is int Function(num)', f is int Function(num));
  check('inc is String Function(int)', f is String Function(int));
  check('inc is int Function()', f is int Function());
  check('inc is int Function(int, int)', f is int Function(int, int));
  check('inc is int Function([int])', f is int Function([int]));
  check('inc is IntToInt', f is IntToInt);
  check('inc is Function', f is Function);

  Object g = (num x) => x.toInt();
  check('(num) => int is int Function(int)', g is int Function(int));
  check('(num) => int is int Function(double)', g is int Function(double));
  check('(num) => int is int Function(Object)', g is int Function(Object));
  check('(num) => int is int Function(num?)', g is int Function(num?));

  Object opt = show;
  check('show is String Function(int)', opt is String Function(int));
  check('show is String Function(int, [String?])', opt is String Function(int, [String?]));
  check('show is String Function(int, String)', opt is String Function(int, String));
  check('show is String Function(int, [String])', opt is String Function(int, [String]));
  check('show is String Function(int, [String?, int?])', opt is String Function(int, [String?, int?]));
  check('show is String Function([int])', opt is String Function([int]));
  check('show is String Function(int, {String? suffix})', opt is String Function(int, {String? suffix}));

  Object nm = named;
  check('named is int Function({required int a})', nm is int Function({required int a}));
  check('named is int Function({required int a, int b})', nm is int Function({required int a, int b}));
  check('named is int Function({required int a, required int b})', nm is int Function({required int a, required int b}));
  check('named is int Function({int a})', nm is int Function({int a}));
  check('named is int Function({required int a, int c})', nm is int Function({required int a, int c}));
  check('named is int Function()', nm is int Function());
  check('named is int Function({required num a})', nm is int Function({required num a}));
  Object optionalNamed = ({int a = 0, int b = 0}) => a;
  check('({int a, int b}) => int is int Function()', optionalNamed is int Function());
  check('({int a, int b}) => int is int Function({int b})', optionalNamed is int Function({int b}));
  check('({int a, int b}) => int is int Function({required int b})', optionalNamed is int Function({required int b}));

  Object gen = id;
  check('id is T Function<T>(T)', gen is T Function<T>(T));
  check('id is S Function<S>(S)', gen is S Function<S>(S));
  check('id is Object? Function<T>(T)', gen is Object? Function<T>(T));
  check('id is int Function(int)', gen is int Function(int));
  check('id is T Function<T extends num>(T)', gen is T Function<T extends num>(T));
  check('id is T Function<T, U>(T)', gen is T Function<T, U>(T));
  Object bnd = clampTo;
  check('clampTo is num Function<T extends num>(T, T)', bnd is num Function<T extends num>(T, T));
  check('clampTo is T Function<T extends num>(T, T)', bnd is T Function<T extends num>(T, T));
  check('clampTo is Object Function<X extends num>(X, X)', bnd is Object Function<X extends num>(X, X));
  Object narrow = <T extends num>(T x) => x;
  check('<T extends num>(T) => T is num Function<T extends num>(T)', narrow is num Function<T extends num>(T));
  check('<T extends num>(T) => T is int Function<T extends num>(T)', narrow is int Function<T extends num>(T));

  Object higher = (int Function(int) h) => h(1);
  check('((int) => int) => int is int Function(int Function(int))', higher is int Function(int Function(int)));
  check('((int) => int) => int is int Function(int Function(num))', higher is int Function(int Function(num)));
  check('((int) => int) => int is int Function(num Function(int))', higher is int Function(num Function(int)));

  check('5 is int Function(int)', 5 is int Function(int));
  Object? nothing = null;
  check('null is int Function(int)?', nothing is int Function(int)?);
  check('null is int Function(int)', nothing is int Function(int));

  // Casts.
  var h = f as IntToInt;
  print(h(41));
  try {
    f as String Function(String);
  } catch (e) {
    print(e);
  }
  try {
    nm as int Function({int a});
  } catch (e) {
    print(e);
  }
  try {
    gen as int Function(int);
  } catch (e) {
    print(e);
  }
  dynamic d = show;
  try {
    String Function(String) s = d;
    print(s('unreachable'));
  } catch (e) {
    print(e);
  }
  String Function(int) ok = d;
  print(ok(7));
}
