// The texts of the core library's errors and exceptions.
//
// Expectations derived by hand from the Dart SDK's sources (sdk/lib/core/errors.dart,
// exceptions.dart): ArgumentError 'Invalid argument(s)' / 'Invalid argument (name): message:
// value' with strings quoted, RangeError's explanations ('Not in inclusive range a..b',
// 'Not greater than or equal to a', 'Not less than or equal to b', 'Valid value range is
// empty', 'Only valid value is a'), IndexError ('Index out of range: index should be less
// than n'), 'Bad state: ', 'Unsupported operation: ', 'UnimplementedError: ', 'Exception: ',
// FormatException with the offending line and a caret, ConcurrentModificationError, and
// StackOverflowError/OutOfMemoryError texts.
void main() {
  print(ArgumentError());
  print(ArgumentError('bad'));
  print(ArgumentError.value(5, 'count'));
  print(ArgumentError.value('x', 'name', 'Must be a number'));
  print(ArgumentError.value(null));
  print(ArgumentError.notNull('arg'));
  print(RangeError('just a message'));
  print(RangeError.value(7));
  print(RangeError.value(7, 'n', 'Too big'));
  print(RangeError.range(5, 0, 3));
  print(RangeError.range(-1, 0, null, 'start'));
  print(RangeError.range(9, null, 4, 'end'));
  print(RangeError.range(2, 3, 1));
  print(RangeError.range(2, 3, 3, 'x'));
  print(IndexError.withLength(4, 4));
  print(IndexError.withLength(-2, 4, name: 'i'));
  print(IndexError.withLength(0, 0, indexable: [], name: 'idx', message: 'Custom'));
  print(StateError('oops'));
  print(UnsupportedError('nope'));
  print(UnimplementedError());
  print(UnimplementedError('later'));
  print(Exception());
  print(Exception('failed'));
  print(FormatException());
  print(FormatException('Bad'));
  print(FormatException('Bad', 'some source'));
  print(FormatException('Bad', 'some source', 5));
  print(FormatException('Bad', 'line1\nline2 here', 8));
  print(FormatException('Bad', 'x' * 100, 90));
  print(FormatException('Bad', 'y' * 100, 10));
  print(FormatException('Bad', 'z' * 200, 100));
  print(FormatException('Bad', 12, 3));
  print(ConcurrentModificationError());
  print(ConcurrentModificationError('thing'));
  print(const StackOverflowError());
  print(const OutOfMemoryError());
  print(AssertionError());
  print(AssertionError('message'));
  print(IntegerDivisionByZeroException());
  print(TypeError() is Error);
  print(Error.safeToString('a "quoted"\nstring'));
  print(Error.safeToString(12));
  print(Error.safeToString(null));
  print(Error.safeToString(Object()));
  print(RangeError.checkValidRange(1, 3, 5));
  print(RangeError.checkValidRange(1, null, 5));
  print(RangeError.checkNotNegative(3));
  try {
    RangeError.checkNotNegative(-3, 'amount');
  } catch (e) {
    print(e);
  }
  try {
    RangeError.checkValidIndex(5, [1, 2], 'pos', 2);
  } catch (e) {
    print(e);
  }
  try {
    RangeError.checkValueInInterval(9, 1, 5, 'v');
  } catch (e) {
    print(e);
  }
  try {
    throw StateError('thrown');
  } on StateError catch (e) {
    print('caught ${e.message}');
  }
  try {
    null as Object;
  } on TypeError catch (e) {
    print('type error');
  }
  var e = ArgumentError.value(3, 'n', 'odd');
  print('${e.name} ${e.message} ${e.invalidValue}');
  var r = RangeError.range(5, 1, 4, 'k');
  print('${r.start} ${r.end} ${r.invalidValue}');
}
