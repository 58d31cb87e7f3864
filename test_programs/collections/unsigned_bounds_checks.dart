// Bounds checks as one unsigned compare (issue 10): lengths are loaded with the range [0, 2^57)
// (codegen/src/length_ranges.cpp) and the core library's checks are written
// `(index < 0) | (index >= _length)`, so LLVM folds each into `index u< length`. A negative
// index must still fail, however large its magnitude: -1, -length, the most negative int, and a
// value just below -2^57 or 2^63 away from a valid one. These accessors are never inlined, so
// the index is unknown to the compiler. The VM's bounds check throws
// RangeError.range(index, 0, length - 1, "length") (runtime/vm/runtime_entry.cc); texts from
// RangeError in sdk/lib/core/errors.dart ("Invalid value: Not in inclusive range 0..2: 3",
// "Only valid value is 0" for one element, "Valid value range is empty" for none).
// A typed-data view whose byte count wraps around 64 bits is refused with
// RangeError.value(length) ("Value not in range"): the VM's own Dart-side check
// (sdk/lib/_internal/vm/lib/typed_data_patch.dart, `_rangeCheck` of `length * bytesPerElement`)
// wraps the same way, and what its native view constructor then does was not verified; dartc's
// generated code relies on every length being in [0, 2^57).
//
// Expectations derived by hand from those sources.
import 'dart:typed_data';

@pragma('vm:never-inline')
int read(List<int> list, int i) => list[i];

@pragma('vm:never-inline')
String write(List<int> list, int i, int v) {
  list[i] = v;
  return 'written';
}

@pragma('vm:never-inline')
double readDouble(Float64List list, int i) => list[i];

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError catch (e) {
    print('$what: RangeError: $e');
  }
}

void main(List<String> args) {
  final z = args.length; // 0, unknown to the compiler
  const minInt = -9223372036854775808;
  const maxInt = 9223372036854775807;
  final indices = [0, 2, 3, -1, -3, minInt, maxInt, -144115188075855873, 144115188075855872];

  final growable = <int>[10, 11, 12];
  final fixed = List<int>.filled(3 + z, 7);
  const constant = [20, 21, 22];
  final bytes = Uint8List.fromList([30, 31, 32]);
  final longs = Int64List(3 + z);
  final doubles = Float64List(3 + z);
  final one = <int>[5];
  final empty = <int>[];
  for (final i in indices) {
    attempt('growable[$i]', () => read(growable, i));
    attempt('fixed[$i]', () => read(fixed, i));
    attempt('const[$i]', () => read(constant, i));
    attempt('Uint8List[$i]', () => read(bytes, i));
    attempt('Float64List[$i]', () => readDouble(doubles, i));
    attempt('growable[$i] = 1', () => write(growable, i, 1));
    attempt('Int64List[$i] = 1', () => write(longs, i, 1));
  }
  attempt('one[-1]', () => read(one, z - 1));
  attempt('one[1]', () => read(one, z + 1));
  attempt('empty[0]', () => read(empty, z));
  attempt('empty[-1] = 0', () => write(empty, z - 1, 0));

  // A loop that starts below zero: the first access fails, nothing is written.
  attempt('loop from -2', () {
    for (var i = z - 2; i < growable.length; i++) {
      growable[i] = i;
    }
    return growable;
  });
  print(growable);
  // After shrinking, the old last index is out of range.
  growable.length = 2;
  attempt('shrunk[2]', () => read(growable, z + 2));
  print('$fixed $constant $bytes $longs $doubles');
  // A view whose length in bytes wraps around to 0 (-2^61 eight-byte elements) is refused: its
  // length would be negative.
  attempt('asInt64List(0, -2^61)', () => Uint8List(16).buffer.asInt64List(0, z - 2305843009213693952).length);
  attempt('asInt64List(0, 2^61 + 1)', () => Uint8List(16).buffer.asInt64List(0, z + 2305843009213693953).length);
}
