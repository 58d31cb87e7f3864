// Views on a shared ByteBuffer: `.view`, `sublistView`, `ByteBuffer.asXList`, `.buffer`,
// `.offsetInBytes`, `.lengthInBytes`; copies between views (overlapping, of one element size and of
// different ones); the checks' texts; and views keeping their buffer alive after the list that
// made it is gone (run under gc-stress too).
//
// Expectations derived by hand from the VM's sdk/lib/_internal/vm/lib/typed_data_patch.dart and
// sdk/lib/typed_data/typed_data.dart: `XList.view(b, o, n)` is `b.asXList(o, n)`, whose length
// defaults to (lengthInBytes - o) ~/ bytesPerElement and which checks with _rangeCheck
// (RangeError.value of the bad byte count, offset or end) and _offsetAlignmentCheck ("Offset (o)
// must be a multiple of BYTES_PER_ELEMENT (n)"); `sublistView(data, start, end)` views
// elements [start, end) of data, requiring a whole number of elements ("The number of bytes to
// view must be a multiple of n"); buffers of one store are ==; setRange between lists of one
// element size is a memmove (Uint8ClampedList from signed bytes clamps each), and between lists of
// different sizes on one buffer goes through a copy of the source. Byte values are little-endian
// (e.g. Uint16 [258] is bytes [2, 1]), checked with Python's struct module.
import 'dart:typed_data';

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } catch (e) {
    print('$what: $e');
  }
}

Uint16List viewOfDroppedList() {
  var big = Uint8List(1 << 16);
  for (var i = 0; i < big.length; i++) {
    big[i] = i & 0xFF;
  }
  return Uint16List.view(big.buffer, 256 + 6, 4);
}

void main() {
  var bytes = Uint8List.fromList(List<int>.generate(12, (i) => i + 1));
  var buffer = bytes.buffer;
  var v = Uint8List.view(buffer, 3, 4);
  print('$v ${v.offsetInBytes} ${v.lengthInBytes} ${v.length} ${v.buffer.lengthInBytes}');
  print('${v.buffer == buffer} ${v.buffer.hashCode == buffer.hashCode} ${Uint8List(12).buffer == buffer}');
  var w = Uint16List.view(buffer, 2);
  print('$w ${w.offsetInBytes} ${w.lengthInBytes}');
  var i32 = Int32List.view(buffer, 4);
  print('${i32.length} ${i32[0]}');
  var ofView = Uint8List.view(v.buffer, v.offsetInBytes + 1, 2);
  print(ofView);
  v[1] = 0xFF;
  print('$bytes $ofView ${w[1]}');
  print(buffer.asInt8List(4, 2));
  print(buffer.asUint16List(10));
  print(buffer.asFloat64List().length);

  var s = Int16List.sublistView(bytes, 2, 8);
  print('$s ${s.offsetInBytes} ${s.length}');
  var t = Uint8List.sublistView(w, 1, 3);
  print('$t ${t.offsetInBytes}');
  print(Uint8List.sublistView(bytes).length);
  print(Uint32List.sublistView(Uint16List.view(buffer), 2).offsetInBytes);

  attempt('view past end', () => Uint8List.view(buffer, 8, 5));
  attempt('view at -1', () => Uint8List.view(buffer, -1));
  attempt('negative length', () => Int16List.view(buffer, 0, -1));
  attempt('misaligned', () => Int16List.view(buffer, 1, 2));
  attempt('misaligned 8', () => buffer.asFloat64List(4, 1));
  attempt('not whole', () => Int32List.sublistView(bytes, 0, 6));
  attempt('sublistView misaligned', () => Int32List.sublistView(bytes, 2, 6));
  attempt('sublistView range', () => Uint8List.sublistView(bytes, 5, 13));
  attempt('index', () => v[4]);

  // Copies between views of one buffer.
  var a = Uint8List.fromList([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  Uint8List.view(a.buffer, 2, 8).setRange(0, 6, Uint8List.view(a.buffer, 0, 8));
  print(a);
  Uint8List.view(a.buffer, 0, 8).setRange(0, 6, Uint8List.view(a.buffer, 3, 7));
  print(a);
  var p = Uint8List.fromList([1, 2, 3, 4, 5, 6, 7, 8]);
  Uint16List.view(p.buffer).setRange(0, 4, p);
  print(p);
  var q = Int8List.fromList([-1, 5, -128, 127]);
  var clamped = Uint8ClampedList.view(q.buffer);
  clamped.setRange(0, 4, q);
  print('$clamped $q');
  var r = Uint8ClampedList(3)..setRange(0, 3, Int8List.fromList([-7, 7, -128]));
  print(r);
  var u = Uint16List.fromList([1, 2, 3, 4, 5]);
  Uint16List.view(u.buffer, 2, 3).fillRange(0, 3, 0x1FFFF);
  print(u);
  var copy = Uint16List.view(u.buffer, 2, 2).sublist(0);
  copy[0] = 7;
  print('$copy ${copy.offsetInBytes} ${copy.buffer.lengthInBytes} $u');
  var d = Float64List.view(Uint8List(24).buffer, 8);
  d.setAll(0, [1.5, -2.0]);
  print('${d} ${Float32List.view(d.buffer, 8)}');

  // A view keeps the buffer alive: the list that made it is unreachable, and the collector runs.
  var kept = viewOfDroppedList();
  var garbage = 0;
  for (var i = 0; i < 300; i++) {
    garbage += Uint8List(4000 + i).length + List<int>.filled(100, i).length;
  }
  print('$garbage $kept ${kept.buffer.lengthInBytes} ${kept.offsetInBytes}');
}
