// Conformance: dart:core identityHashCode and dart:collection classes (API documentation:
// identityHashCode agrees with `identical` — values that are identical have the same identity
// hash, doubles included; LinkedHashMap is not a HashMap (they are separate interfaces);
// `noSuchMethod` of any object, null included, can be torn off).
// Expectations derived from the documentation and the language specification ("Null": null
// has the members of Object). Regression test for issue 9, A9 (smaller wrong answers).
import 'dart:collection';
import '../lib/expect.dart';

void main() {
  var a = 1.5;
  var b = 3.0 / 2;
  Expect.isTrue(identical(a, b));
  Expect.equals(identityHashCode(a), identityHashCode(b), 'identical doubles');
  var big = 1 << 40;
  Expect.equals(identityHashCode(big), identityHashCode(1 << 40), 'identical ints');
  var nan1 = double.nan, nan2 = 0.0 / 0.0;
  if (identical(nan1, nan2)) {
    Expect.equals(identityHashCode(nan1), identityHashCode(nan2));
  }

  Object linked = LinkedHashMap<int, int>();
  Expect.isFalse(linked is HashMap, 'a LinkedHashMap is not a HashMap');
  Expect.isTrue(linked is Map<int, int>);
  Object linkedSet = LinkedHashSet<int>();
  Expect.isFalse(linkedSet is HashSet);
  Expect.isTrue(HashMap<int, int>() is Map<int, int>);

  dynamic x;
  var f = x.noSuchMethod;
  Expect.isTrue(f is Function, 'a tear-off, not a call');
}
