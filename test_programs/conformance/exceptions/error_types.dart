// Conformance: runtime errors thrown by the language and the core library, and their types
// (dartLangSpec.tex, "Type Cast" (TypeError), "Null check operator" (TypeError), "Ordinary
// Invocation" (NoSuchMethodError); dart:core documentation of List, Map, String, int.parse,
// Iterable.first/single, integer division).
// Expectations derived from the specification and the documentation (error *types*; texts are
// checked in error_messages.dart).
import '../lib/expect.dart';

class A {}

void main() {
  Object o = 'x';
  Expect.throwsTypeError(() => o as int, 'failed cast');
  String? n;
  Expect.throwsTypeError(() => n!, 'null check');
  dynamic d = A();
  Expect.throwsNoSuchMethodError(() => d.foo(), 'missing method');
  dynamic nul;
  Expect.throwsNoSuchMethodError(() => nul.foo(), 'method on null');
  Expect.throwsNoSuchMethodError(() => nul.length, 'getter on null');
  dynamic s = 'str';
  Expect.throwsNoSuchMethodError(() => s.foo, 'missing getter');
  Expect.throwsNoSuchMethodError(() => s.substring(), 'wrong argument count');

  Expect.throwsRangeError(() => [1, 2][2], 'list index');
  Expect.throwsRangeError(() => [1, 2][-1]);
  Expect.throwsRangeError(() => 'ab'.codeUnitAt(5), 'string index');
  Expect.throwsRangeError(() => 'ab'.substring(3));
  Expect.throwsRangeError(() => [1].removeAt(1));
  Expect.throwsRangeError(() => [1].elementAt(1));
  Expect.throwsStateError(() => <int>[].first);
  Expect.throwsStateError(() => <int>[].last);
  Expect.throwsStateError(() => [1, 2].single);
  Expect.throwsStateError(() => <int>[].reduce((a, b) => a));
  Expect.throwsUnsupportedError(() => List.filled(1, 0).add(1), 'fixed-length list');
  Expect.throwsUnsupportedError(() => List.unmodifiable([1])[0] = 2);
  Expect.throwsFormatException(() => int.parse('x'));
  Expect.throwsFormatException(() => double.parse('1.2.3'));
  Expect.throws(() => 1 ~/ 0, (e) => e is UnsupportedError, 'integer division by zero');
  Expect.throwsArgumentError(() => 1 << -1, 'negative shift');
  Expect.throwsArgumentError(() => List.filled(-1, 0), 'negative length');
  Expect.throws(() {
    var l = [1, 2];
    for (var x in l) {
      l.add(x);
    }
  }, (e) => e is ConcurrentModificationError, 'modification during iteration');
  Expect.throws(() => throw AssertionError('a'), (e) => e is AssertionError);

  // Every Error is not an Exception and vice versa.
  Expect.isFalse(StateError('x') is Exception);
  Expect.isFalse(FormatException('x') is Error);
  Expect.isTrue(RangeError('x') is ArgumentError, 'RangeError extends ArgumentError');
}
