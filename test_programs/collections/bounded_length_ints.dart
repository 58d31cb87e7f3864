// Ints derived from list lengths (issue 10): lengths are loaded with the range [0, 2^57)
// (codegen/src/length_ranges.cpp), so an index checked against one, and `i + 1`, are tagged as
// Smis without an overflow test. These loops run that code next to values that must still take
// the overflow path: ints at the Smi boundary (2^62) and at 64-bit wrap-around stored into and
// copied between lists (as mints), negative indices, lists whose length changes inside the loop,
// and typed data. Ints wrap at 64 bits as in the VM; the RangeError texts are the VM's
// RangeError.range(index, 0, length - 1, "length") (sdk/lib/core/errors.dart, as in
// collections/list_access_edges). Expectations derived by hand.
import 'dart:typed_data';

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError catch (e) {
    print('$what: RangeError: $e');
  }
}

void fillNext(List<int> list) {
  for (var i = 0; i < list.length; i++) {
    list[i] = i + 1;
  }
}

void fillFrom(List<int> list, int start) {
  for (var i = 0; i < list.length; i++) {
    list[i] = start + i;
  }
}

// fannkuch-redux's reversal: values only copied between slots.
void reverse(List<int> list) {
  var i = 0;
  var j = list.length - 1;
  while (i < j) {
    final t = list[i];
    list[i] = list[j];
    list[j] = t;
    i++;
    j--;
  }
}

void main(List<String> args) {
  final z = args.length; // 0, unknown to the compiler
  final list = List<int>.filled(5 + z, 0);
  fillNext(list);
  print(list);

  // The Smi boundary: 2^62 - 2 + i crosses 2^62 (a mint) at i = 2.
  const smiMax = 4611686018427387903; // 2^62 - 1
  fillFrom(list, smiMax - 1);
  print(list);
  // 64-bit wrap-around: 2^63 - 2 + i wraps at i = 2.
  fillFrom(list, 9223372036854775806);
  print(list);
  reverse(list);
  print(list);
  final copy = List<int>.filled(list.length, 0);
  for (var i = 0; i < list.length; i++) {
    copy[i] = list[i] + 1; // mints + 1, one wraps to -2^63
  }
  print(copy);
  // Negative start: the tagged values are negative Smis and mints.
  fillFrom(list, -4611686018427387905); // -2^62 - 1
  print(list);

  // An index past the end, or negative, still throws the VM's RangeError.
  attempt('[length]', () => list[list.length + z]);
  attempt('[i - 1] at i = 0', () {
    var s = 0;
    for (var i = z; i < list.length; i++) {
      s += list[i - 1];
    }
    return s;
  });
  attempt('[-1] = 1', () => list[z - 1] = 1);

  // A list that grows and shrinks inside the loop: the bound is reloaded every iteration.
  final growing = <int>[0, 0, 0];
  for (var i = 0; i < growing.length; i++) {
    if (i < 4) growing.add(0);
    growing[i] = i + 1;
  }
  print(growing);
  final shrinking = <int>[9, 9, 9, 9, 9, 9];
  for (var i = 0; i < shrinking.length; i++) {
    shrinking.removeLast();
    shrinking[i] = i + 1;
  }
  print(shrinking);
  attempt('stale length', () {
    final l = <int>[1, 2, 3, 4];
    final n = l.length;
    for (var i = 0; i < n; i++) {
      if (i == 1) l.length = 2;
      l[i] = i + 1;
    }
    return l;
  });

  // Typed data: lengths of views bounded the same way.
  final ints = Int64List(4 + z);
  for (var i = 0; i < ints.length; i++) {
    ints[i] = (i + 1) * 3;
  }
  print(ints);
  final view = Int32List.sublistView(Int32List.fromList([5, 6, 7, 8, 9]), 1 + z, 4);
  var sum = 0;
  for (var i = 0; i < view.length; i++) {
    sum += view[i] + i + 1;
  }
  print(sum);
  final big = Int64List.fromList([smiMax, smiMax + 1, -smiMax - 1, -smiMax - 2]);
  final back = <int>[];
  for (var i = 0; i < big.length; i++) {
    back.add(big[i] + i);
  }
  print(back);
}
