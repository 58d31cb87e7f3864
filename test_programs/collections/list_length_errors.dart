// A negative length for a new list or typed-data list is a RangeError that names the VM's
// largest length, and a growable list reports the length its backing array was asked for.
//
// Expectations derived from the VM sources: List.filled and List.generate allocate through
// `_List(length)` (fixed-length) or `_GrowableList(length)`, whose `_allocateData` asks for
// `_List(capacity | 1)`; the AllocateArray runtime entry (runtime/vm/runtime_entry.cc) throws
// RangeError.range(length, 0, Array::kMaxElements, "length") for a negative length, with
// kMaxElements = kSmiMax / 8 = 576460752303423487 on 64-bit targets without compressed pointers
// (the SDK's default). Typed data goes through the AllocateTypedData entry, whose bound is
// TypedData::MaxElements(cid) = kSmiMax / element size. RangeError.toString() is
// "RangeError (length): Invalid value: Not in inclusive range 0..<max>: <value>"
// (sdk/lib/core/errors.dart).
import 'dart:typed_data';

void expectRangeError(String what, Object? Function() allocate) {
  try {
    allocate();
    print('$what: no error');
  } on RangeError catch (e) {
    print('$what: $e');
    print('  name ${e.name}, value ${e.invalidValue}, start ${e.start}, end ${e.end}');
  }
}

void main() {
  expectRangeError('filled(-1)', () => List<int>.filled(-1, 0));
  expectRangeError('filled(-2)', () => List<int>.filled(-2, 0));
  expectRangeError('filled(-1, growable)', () => List<int>.filled(-1, 0, growable: true));
  expectRangeError('filled(-2, growable)', () => List<int>.filled(-2, 0, growable: true));
  expectRangeError('filled(-4, growable)', () => List<String?>.filled(-4, null, growable: true));
  expectRangeError('generate(-2)', () => List<int>.generate(-2, (i) => i));
  expectRangeError('generate(-2, fixed)', () => List<int>.generate(-2, (i) => i, growable: false));
  expectRangeError('Uint8List(-1)', () => Uint8List(-1));
  expectRangeError('Uint16List(-2)', () => Uint16List(-2));
  expectRangeError('Int32List(-3)', () => Int32List(-3));
  expectRangeError('Float64List(-4)', () => Float64List(-4));
  // Zero is a length like any other.
  print(List<int>.filled(0, 1).length);
  print(List<int>.generate(0, (i) => i, growable: false).length);
  print(Uint8List(0).length);
}
