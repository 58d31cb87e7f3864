// Allocations a program asks for that can never succeed throw a catchable OutOfMemoryError whose
// toString() is 'Out of Memory', as in the Dart VM: a length whose size overflows 64 bits, or an
// object bigger than the whole heap (the run sets DARTC_HEAP_LIMIT=192m), for lists, typed data,
// List.generate, growth on add, strings from `*`, padLeft, concatenation, interpolation,
// StringBuffer and join. Requests that do fit still work, also above the compiler's inline
// allocation bound (2^24 elements).
//
// Expectations derived from the VM: the AllocateArray runtime entry (runtime/vm/runtime_entry.cc)
// throws the isolate's preallocated OutOfMemoryError for lengths above Array::kMaxElements, and
// a heap that cannot satisfy an allocation throws the same error; OutOfMemoryError.toString() is
// "Out of Memory" (sdk/lib/core/errors.dart). dartc's strings are limited to 2^32 - 1 code units
// (docs/runtime-errors.md); the VM would run out of memory well before that here anyway.
import 'dart:typed_data';

void expectOutOfMemory(String what, Object? Function() allocate) {
  try {
    var result = allocate();
    print('$what: allocated ${result.runtimeType}');
  } on OutOfMemoryError catch (e) {
    print('$what: $e');
  }
}

void main() {
  expectOutOfMemory('List.filled(1 << 62)', () => List<int>.filled(1 << 62, 0));
  expectOutOfMemory('List.filled(1 << 61, growable)', () => List<int>.filled(1 << 61, 0, growable: true));
  expectOutOfMemory('List.filled(1 << 40)', () => List<String?>.filled(1 << 40, null));
  expectOutOfMemory('List.generate(1 << 50)', () => List<int>.generate(1 << 50, (i) => i));
  expectOutOfMemory('Uint8List(1 << 62)', () => Uint8List(1 << 62));
  expectOutOfMemory('Float64List(1 << 60)', () => Float64List(1 << 60));
  expectOutOfMemory('Int32List(1 << 36)', () => Int32List(1 << 36));
  expectOutOfMemory("'ab' * (1 << 61)", () => 'ab' * (1 << 61));
  expectOutOfMemory("'x' * (1 << 62)", () => 'x' * (1 << 62));
  expectOutOfMemory("'\u{1F600}' * (1 << 40)", () => '\u{1F600}' * (1 << 40));
  expectOutOfMemory('padLeft(1 << 40)', () => 'abc'.padLeft(1 << 40));

  // In functions of their own, so that their big lists are garbage once they return, also at
  // -O0, where dead values stay in stack slots (the collector scans the stack conservatively).
  bigList();
  growthOnAdd();

  // Strings: 32 MB each; six of them do not fit the heap, two do.
  String s = 'a' * (1 << 25);
  print('s + s: ${(s + s).length}');
  expectOutOfMemory('interpolation', () => '$s$s$s$s$s$s');
  expectOutOfMemory('s + s + s + s + s + s', () => s + s + s + s + s + s);
  expectOutOfMemory('StringBuffer', () {
    var buffer = StringBuffer();
    for (int i = 0; i < 6; i++) {
      buffer.write(s);
    }
    return buffer.toString();
  });
  expectOutOfMemory('join', () => List<String>.filled(6, s).join());
  // Longer than 2^32 - 1 code units without the memory to back it: 129 parts of 2^25.
  expectOutOfMemory('StringBuffer beyond 2^32 units', () {
    var buffer = StringBuffer();
    for (int i = 0; i < 129; i++) {
      buffer.write(s);
    }
    return buffer.toString();
  });
  print('done');
}

// Fits: above the inline bound, below the heap limit.
void bigList() {
  var big = List<int>.filled((1 << 24) + 1, 7);
  print('big list: ${big.length} ${big[1 << 24]}');
}

// Growth on add: the backing array doubles until the next one cannot fit.
void growthOnAdd() {
  var grown = <int>[];
  try {
    for (int i = 0;; i++) {
      grown.add(i);
    }
  } on OutOfMemoryError catch (e) {
    print('add: $e after ${grown.length >= 1000000 ? 'more than a million' : grown.length} elements');
  }
}
