// Errors raised by the language and the core library are catchable with Dart's own types and
// print Dart's texts: null check, failed `as` cast, list index out of range, integer division by
// zero, dynamic calls of missing members (NoSuchMethodError), StateError, ArgumentError,
// FormatException, and user-defined Exception implementations and Error subclasses.
//
// Expectations derived by hand from the Dart SDK's sources: the VM's null-check and type-cast
// messages ('Null check operator used on a null value', "type 'S' is not a subtype of type 'T'
// in type cast", with String and int named as such); the bounds check of built-in lists, which
// throws RangeError.range(index, 0, length - 1, "length"), not an IndexError
// (runtime/vm/runtime_entry.cc, RangeError; texts of sdk/lib/core/errors.dart: 'RangeError
// (length): Invalid value: Not in inclusive range 0..N-1: I', 'Valid value range is empty: I'
// for an empty list); IntegerDivisionByZeroException thrown by int's ~/ and % (vm/lib/integers.dart),
// which implements Exception and UnsupportedError; NoSuchMethodError.toString of
// vm/lib/errors_patch.dart ("Class 'C' has no instance method 'm'.", 'Receiver: ' with strings
// JSON-quoted by Error.safeToString, 'Tried calling: m(args)', getters without parentheses,
// setters as 'name=value', "The method 'm' was called on null."); StateError's 'Bad state: '
// with the iterable texts 'No element' / 'Too many elements'; ArgumentError's 'Invalid
// argument(s): '; double.parse's 'Invalid double' FormatException (vm/lib/double_patch.dart)
// and FormatException.toString ('FormatException: msg' then the source on its own line);
// Exception('m') printing 'Exception: m'; Object.toString's "Instance of 'C'";
// double.toInt of infinity throwing UnsupportedError('Infinity or NaN toInt') (the VM's
// Double_toInt native, runtime/lib/double.cc).

class Plain {}

class Shape {
  String get name => 'shape';
}

class Circle extends Shape {}

class Square extends Shape {}

class QuotaExceeded implements Exception {
  final int limit;
  QuotaExceeded(this.limit);
  String toString() => 'QuotaExceeded: limit $limit';
}

class SilentException implements Exception {}

class InvariantError extends Error {
  final String invariant;
  InvariantError(this.invariant);
  String toString() => 'InvariantError: $invariant does not hold';
}

class BareError extends Error {}

int? nothing() => null;
Object anything(Object o) => o;
dynamic dyn(Object? o) => o;

void report(String what, void Function() body) {
  try {
    body();
    print('$what: no exception');
  } on TypeError catch (e) {
    print('$what: TypeError: $e');
  } on NoSuchMethodError catch (e) {
    print('$what: NoSuchMethodError:\n$e');
  } on IntegerDivisionByZeroException catch (e) {
    print('$what: IntegerDivisionByZeroException: $e');
  } on RangeError catch (e) {
    print('$what: RangeError (IndexError ${e is IndexError}): $e');
  } on ArgumentError catch (e) {
    print('$what: ArgumentError: $e');
  } on StateError catch (e) {
    print('$what: StateError: $e');
  } on UnsupportedError catch (e) {
    print('$what: UnsupportedError: $e');
  } on FormatException catch (e) {
    print('$what: FormatException: $e');
  } on Exception catch (e) {
    print('$what: Exception: $e');
  } on Error catch (e) {
    print('$what: Error: $e');
  }
}

void main() {
  // Null check.
  report('null check', () => print(nothing()! + 1));
  String? maybeName;
  report('null check on a field-like local', () => print(maybeName!.length));

  // Failed casts.
  report('cast String to int', () => print(anything('seven') as int));
  report('cast int to String', () => print(anything(7) as String));
  report('cast to a sibling class', () => print((anything(Circle()) as Square).name));
  report('cast null to int', () => print(dyn(null) as int));
  report('successful casts', () {
    print((anything(Circle()) as Shape) is Circle);
    print(dyn(null) as int?);
  });
  // An implicit cast from dynamic fails with a TypeError too (its text is not checked: the VM
  // words it differently from an `as` cast).
  try {
    int n = dyn('text');
    print(n);
  } on TypeError {
    print('implicit cast from dynamic: TypeError');
  }

  // Index out of range.
  var list = [10, 20, 30];
  report('index too large', () => print(list[3]));
  report('negative index', () => print(list[-1]));
  report('index store', () => list[5] = 1);
  report('index on an empty list', () => print(<int>[][0]));

  // Integer division by zero.
  var zero = 0;
  report('~/ by zero', () => print(7 ~/ zero));
  report('% by zero', () => print(7 % zero));
  report('/ by zero is not an error', () => print(7 / zero));
  report('infinity to int', () => print((7 / zero).toInt()));
  try {
    print(1 ~/ zero);
  } on UnsupportedError catch (e) {
    print('caught as UnsupportedError: $e');
  }
  try {
    print(1 ~/ zero);
  } on Exception catch (e) {
    print('caught as Exception: $e');
  }

  // noSuchMethod through dynamic.
  report('missing method', () => dyn(5).foo());
  report('missing method with arguments', () => dyn(Plain()).frobnicate(1, 'two', null, named: true));
  report('missing getter', () => print(dyn('abc').nope));
  report('missing setter', () => dyn(5).size = 3);
  report('method on null', () => dyn(null).foo());
  report('getter on null', () => print(dyn(null).length));
  report('dynamic call that exists', () => print(dyn('abc').length + dyn([1, 2]).length));
  report('dynamic toString on null', () => print(dyn(null).toString()));

  // StateError.
  report('first of empty', () => print(<int>[].first));
  report('single of two', () => print([1, 2].single));
  report('reduce of empty', () => print(<int>[].reduce((a, b) => a + b)));
  report('explicit StateError', () => throw StateError('not ready'));

  // ArgumentError (a RangeError is one too).
  report('explicit ArgumentError', () => throw ArgumentError('bad input'));
  try {
    print(list[7]);
  } on ArgumentError catch (e) {
    print('index error caught as ArgumentError: ${e is RangeError} ${e.name} ${e.invalidValue}');
  }

  // FormatException.
  report('int.parse', () => print(int.parse('12x')));
  try {
    int.parse('x1');
  } on FormatException catch (e) {
    print('message "${e.message}" source "${e.source}"');
  }
  report('double.parse', () => print(double.parse('abc')));
  report('explicit FormatException', () => throw FormatException('Bad header'));

  // User-defined exceptions and errors.
  report('custom exception', () => throw QuotaExceeded(10));
  report('custom exception without toString', () => throw SilentException());
  report('Exception()', () => throw Exception('plain'));
  report('Exception without message', () => throw Exception());
  report('custom error', () => throw InvariantError('x > 0'));
  report('custom error without toString', () => throw BareError());
  try {
    throw InvariantError('sorted');
  } on Error catch (e) {
    print('custom error is Error: ${e is InvariantError}');
  }
  try {
    throw QuotaExceeded(3);
  } on QuotaExceeded catch (e) {
    print('limit ${e.limit}');
  }
  print('done');
}
