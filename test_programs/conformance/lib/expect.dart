// The conformance suite's assertion library (dartc's own; see ../README.md).
//
// Every check throws an ExpectException on failure. Conformance programs do not catch it, so the
// first failed check ends the program as an uncaught exception: the message (label, expected and
// actual values) goes to stderr and the exit code is 255, which the golden runner reports.
//
// The library deliberately uses only plain language features (static methods, `==`, `is`,
// try/catch, string interpolation), so that a failure points at the construct under test rather
// than at the checker.

class ExpectException implements Exception {
  final String message;
  ExpectException(this.message);
  String toString() => 'ExpectException: $message';
}

/// Shows a value in a failure message: strings quoted (with control characters escaped), other
/// values as `<toString()> (runtimeType)` so that `1` and `'1'`, or `1` and `1.0`, are told apart.
String show(Object? value) {
  if (value == null) return 'null';
  if (value is String) return "'${_escape(value)}'";
  String text;
  try {
    text = value.toString();
  } catch (e) {
    text = '<toString threw $e>';
  }
  return '<$text> (${value.runtimeType})';
}

String _escape(String s) {
  var out = StringBuffer();
  for (var i = 0; i < s.length; i++) {
    var c = s.codeUnitAt(i);
    if (c == 10) {
      out.write(r'\n');
    } else if (c == 13) {
      out.write(r'\r');
    } else if (c == 9) {
      out.write(r'\t');
    } else if (c < 32 || c == 127 || (c >= 0xD800 && c <= 0xDFFF)) {
      out.write(r'\u{' + c.toRadixString(16) + '}');
    } else {
      out.writeCharCode(c);
    }
  }
  return out.toString();
}

String _label(String reason) => reason.isEmpty ? '' : ' [$reason]';

/// Deep equality for the collections the checks compare: lists element by element, maps by
/// keys (in order) and values, sets by membership; anything else with `==`.
bool _deepEquals(Object? a, Object? b) {
  if (a is List && b is List) {
    if (a.length != b.length) return false;
    for (var i = 0; i < a.length; i++) {
      if (!_deepEquals(a[i], b[i])) return false;
    }
    return true;
  }
  if (a is Map && b is Map) {
    if (a.length != b.length) return false;
    for (var key in a.keys) {
      if (!b.containsKey(key)) return false;
      if (!_deepEquals(a[key], b[key])) return false;
    }
    return true;
  }
  if (a is Set && b is Set) {
    if (a.length != b.length) return false;
    for (var element in a) {
      if (!b.contains(element)) return false;
    }
    return true;
  }
  return a == b;
}

class Expect {
  static void fail(String message) {
    throw ExpectException(message);
  }

  /// `expected == actual`, with `==` of the expected value (as Dart's `==` operator dispatches).
  static void equals(Object? expected, Object? actual, [String reason = '']) {
    if (expected == actual) return;
    var extra = '';
    if (expected is String && actual is String) {
      var i = 0;
      while (i < expected.length && i < actual.length &&
          expected.codeUnitAt(i) == actual.codeUnitAt(i)) {
        i++;
      }
      extra = ' (first difference at index $i)';
    }
    fail('Expect.equals${_label(reason)}: expected ${show(expected)}, actual ${show(actual)}'
        '$extra');
  }

  static void notEquals(Object? unexpected, Object? actual, [String reason = '']) {
    if (unexpected != actual) return;
    fail('Expect.notEquals${_label(reason)}: unexpected ${show(unexpected)}, actual '
        '${show(actual)}');
  }

  /// Deep equality of lists, maps and sets (nested), else `==`.
  static void deepEquals(Object? expected, Object? actual, [String reason = '']) {
    if (_deepEquals(expected, actual)) return;
    fail('Expect.deepEquals${_label(reason)}: expected ${show(expected)}, actual ${show(actual)}');
  }

  static void isTrue(Object? actual, [String reason = '']) {
    if (actual == true) return;
    fail('Expect.isTrue${_label(reason)}: actual ${show(actual)}');
  }

  static void isFalse(Object? actual, [String reason = '']) {
    if (actual == false) return;
    fail('Expect.isFalse${_label(reason)}: actual ${show(actual)}');
  }

  static void isNull(Object? actual, [String reason = '']) {
    if (actual == null) return;
    fail('Expect.isNull${_label(reason)}: actual ${show(actual)}');
  }

  static void isNotNull(Object? actual, [String reason = '']) {
    if (actual != null) return;
    fail('Expect.isNotNull${_label(reason)}: actual null');
  }

  static void identical(Object? expected, Object? actual, [String reason = '']) {
    if (_coreIdentical(expected, actual)) return;
    fail('Expect.identical${_label(reason)}: expected ${show(expected)}, actual ${show(actual)}');
  }

  static void notIdentical(Object? unexpected, Object? actual, [String reason = '']) {
    if (!_coreIdentical(unexpected, actual)) return;
    fail('Expect.notIdentical${_label(reason)}: both are ${show(actual)}');
  }

  /// |expected - actual| <= tolerance (default: 1e-4 of expected's magnitude).
  static void approxEquals(num expected, num actual, [num tolerance = -1, String reason = '']) {
    if (tolerance < 0) tolerance = (expected * 1e-4).abs();
    if ((expected - actual).abs() <= tolerance) return;
    fail('Expect.approxEquals${_label(reason)}: expected $expected, actual $actual '
        '(tolerance $tolerance)');
  }

  /// `'$actual'` (its toString()) is exactly [expected].
  static void prints(String expected, Object? actual, [String reason = '']) {
    var text = '$actual';
    if (text == expected) return;
    fail('Expect.prints${_label(reason)}: expected ${show(expected)}, actual ${show(text)}');
  }

  /// The runtime type of [actual] prints as [expected] (e.g. 'List<int>').
  static void runtimeTypeIs(String expected, Object? actual, [String reason = '']) {
    var text = actual.runtimeType.toString();
    if (text == expected) return;
    fail('Expect.runtimeTypeIs${_label(reason)}: expected $expected, actual $text '
        '(value ${show(actual)})');
  }

  /// [f] throws; [check], when given, accepts the thrown value. Returns the thrown value.
  static Object throws(void Function() f,
      [bool Function(Object error)? check, String reason = '']) {
    try {
      f();
    } catch (e) {
      if (check != null && !check(e)) {
        fail('Expect.throws${_label(reason)}: the thrown ${show(e)} was not accepted');
      }
      return e;
    }
    fail('Expect.throws${_label(reason)}: nothing was thrown');
    throw 'unreachable';
  }

  /// [f] throws an error whose toString() is exactly [message].
  static void throwsWithMessage(void Function() f, String message, [String reason = '']) {
    var e = throws(f, null, reason);
    var text = e.toString();
    if (text == message) return;
    fail('Expect.throwsWithMessage${_label(reason)}: expected ${show(message)}, '
        'thrown ${show(text)}');
  }

  static void throwsTypeError(void Function() f, [String reason = '']) {
    _throwsKind(f, (e) => e is TypeError, 'TypeError', reason);
  }

  static void throwsArgumentError(void Function() f, [String reason = '']) {
    _throwsKind(f, (e) => e is ArgumentError, 'ArgumentError', reason);
  }

  static void throwsRangeError(void Function() f, [String reason = '']) {
    _throwsKind(f, (e) => e is RangeError, 'RangeError', reason);
  }

  static void throwsStateError(void Function() f, [String reason = '']) {
    _throwsKind(f, (e) => e is StateError, 'StateError', reason);
  }

  static void throwsUnsupportedError(void Function() f, [String reason = '']) {
    _throwsKind(f, (e) => e is UnsupportedError, 'UnsupportedError', reason);
  }

  static void throwsFormatException(void Function() f, [String reason = '']) {
    _throwsKind(f, (e) => e is FormatException, 'FormatException', reason);
  }

  static void throwsNoSuchMethodError(void Function() f, [String reason = '']) {
    _throwsKind(f, (e) => e is NoSuchMethodError, 'NoSuchMethodError', reason);
  }

  static void _throwsKind(
      void Function() f, bool Function(Object) isKind, String kind, String reason) {
    try {
      f();
    } catch (e) {
      if (isKind(e)) return;
      fail('Expect.throws$kind${_label(reason)}: ${show(e)} was thrown instead');
    }
    fail('Expect.throws$kind${_label(reason)}: nothing was thrown');
  }
}

bool _coreIdentical(Object? a, Object? b) => identical(a, b);

/// Records events in order, for checks of evaluation order: `trace.log('a', value)` records `a`
/// and returns `value`; `trace.expect('a b c')` checks the events so far and clears them.
class Trace {
  final List<String> _events = <String>[];

  T log<T>(String event, T value) {
    _events.add(event);
    return value;
  }

  void add(String event) {
    _events.add(event);
  }

  String get events => _events.join(' ');

  void expect(String expected, [String reason = '']) {
    var actual = events;
    _events.clear();
    if (actual == expected) return;
    Expect.fail('Trace.expect${_label(reason)}: expected events "$expected", actual "$actual"');
  }
}
