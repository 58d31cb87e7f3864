// Index errors of the built-in indexables, with the Dart VM's error classes and texts (issue 9,
// A8). The VM's bounds check of lists, typed data and String.codeUnitAt throws
// RangeError.range(index, 0, length - 1, "length") (runtime/vm/runtime_entry.cc, RangeError),
// not an IndexError; String's `[]` is the String_charAt native, which throws the same range
// named "index" (runtime/lib/string.cc). removeAt and removeLast of a growable list index it
// first and insert checks RangeError.range(index, 0, length) without a name
// (sdk/lib/_internal/vm/lib/growable_array.dart); a list's elementAt is `this[index]`
// (sdk/lib/collection/list.dart), and so is a mapped list's (MappedListIterable in
// sdk/lib/internal/iterable.dart), while Iterable.elementAt of other iterables throws an
// IndexError (sdk/lib/core/iterable.dart). Texts from RangeError and IndexError in
// sdk/lib/core/errors.dart.
//
// Expectations derived by hand from those sources.
import 'dart:typed_data';

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on IndexError catch (e) {
    print('$what: IndexError: $e');
  } on RangeError catch (e) {
    print('$what: RangeError: $e');
  }
}

void main() {
  var list = [1, 2, 3];
  attempt('[3]', () => list[3]);
  attempt('[-1]', () => list[-1]);
  attempt('[5] =', () => list[5] = 0);
  attempt('one element [1]', () => [7][1]);
  attempt('empty [0]', () => <int>[][0]);
  attempt('fixed [4]', () => List<int>.filled(4, 0)[4]);
  attempt('const [2]', () => const [1, 2][2]);
  attempt('removeAt(3)', () => [1, 2, 3].removeAt(3));
  attempt('removeLast of empty', () => <int>[].removeLast());
  attempt('insert(5)', () => [1, 2, 3]..insert(5, 0));
  attempt('elementAt(3) of a list', () => list.elementAt(3));
  attempt('elementAt(3) of a mapped list', () => list.map((x) => x).elementAt(3));
  attempt('elementAt(3) of an iterable', () => list.where((x) => true).elementAt(3));
  attempt('elementAt(-1) of an iterable', () => list.where((x) => true).elementAt(-1));
  attempt("'abc'[3]", () => 'abc'[3]);
  attempt("'abc'.codeUnitAt(-1)", () => 'abc'.codeUnitAt(-1));
  attempt('Uint8List [2]', () => Uint8List(2)[2]);
  attempt('Float64List [-1] =', () => Float64List(3)[-1] = 1.0);
  attempt('sublist(1, 5)', () => list.sublist(1, 5));

  try {
    list[10];
  } catch (e) {
    print('is RangeError ${e is RangeError}, is IndexError ${e is IndexError}');
    var r = e as RangeError;
    print('name ${r.name}, invalidValue ${r.invalidValue}, start ${r.start}, end ${r.end}');
  }
}
