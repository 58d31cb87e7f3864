// throw of any (non-null) object — ints, strings, doubles, lists, custom classes — and the ways
// to catch it: `catch (e)`, `catch (e, st)`, `on T`, `on T catch (e)`, several `on` clauses
// tried in order (the first matching one wins, a supertype catches its subtypes), a clause that
// does not match lets the exception reach an outer try, and throw used as an expression.
//
// Expectations derived by hand from the Dart language specification (try statement: the first
// catch clause whose type the thrown object is an instance of handles it; otherwise it
// propagates) and the documented toString of Exception ('Exception: msg').

class MyException implements Exception {
  final String message;
  final int code;
  MyException(this.message, this.code);
  String toString() => 'MyException($code): $message';
}

class SpecialException extends MyException {
  SpecialException(String message) : super(message, 99);
}

class Plain {}

class MyError extends Error {
  final String what;
  MyError(this.what);
  String toString() => 'MyError: $what';
}

String classify(Object value) {
  try {
    throw value;
  } on SpecialException catch (e) {
    return 'special ${e.message} ${e.code}';
  } on MyException catch (e) {
    return 'mine ${e.code}';
  } on int catch (i) {
    return 'int ${i + 1}';
  } on String catch (s) {
    return 'string ${s.length}';
  } on Error {
    return 'an error';
  } on Exception catch (e) {
    return 'exception $e';
  } catch (e) {
    return 'other ${e is Plain} $e';
  }
}

int parsePositive(String s) {
  var n = int.parse(s);
  return n >= 0 ? n : throw ArgumentError.value(n, 's', 'must be positive');
}

void inner(Object value) {
  try {
    throw value;
  } on int {
    print('inner caught int $value');
  }
  print('inner done');
}

void main() {
  print(classify(42));
  print(classify('four'));
  print(classify(MyException('boom', 7)));
  print(classify(SpecialException('rare')));
  print(classify(MyError('bad')));
  print(classify(StateError('state')));
  print(classify(Exception('generic')));
  print(classify(FormatException('fmt')));
  print(classify(Plain()));
  print(classify(2.5));
  print(classify([1, 2]));

  // catch (e) and catch (e, st).
  try {
    throw 'plain string';
  } catch (e) {
    print('caught: $e');
  }
  try {
    throw MyException('with trace', 1);
  } catch (e, st) {
    print('caught: $e');
    print(st is StackTrace);
  }

  // An `on` clause that does not match: the exception reaches the outer try.
  try {
    inner(1);
    inner('x');
    print('not reached');
  } on String catch (s) {
    print('outer caught $s');
  }

  // throw as an expression.
  print(parsePositive('12'));
  try {
    parsePositive('-3');
  } on ArgumentError catch (e) {
    print(e);
    print(e.invalidValue);
    print(e.name);
  }
  int? maybe;
  try {
    var value = maybe ?? (throw StateError('no value'));
    print(value);
  } on StateError catch (e) {
    print(e.message);
  }

  // Catching, then throwing something else from the catch clause.
  try {
    try {
      throw 1;
    } catch (e) {
      throw 'converted $e';
    }
  } catch (e) {
    print(e);
  }

  // The caught variable is an ordinary local (it can be captured by a closure).
  var later = <String Function()>[];
  for (var i = 0; i < 3; i++) {
    try {
      throw i * 10;
    } catch (e) {
      later.add(() => 'saw $e');
    }
  }
  print(later.map((f) => f()).toList());
}
