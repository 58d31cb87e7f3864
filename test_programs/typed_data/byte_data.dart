// ByteData: every get and set, big-endian unless told, at unaligned offsets, on a ByteData of its
// own and on views; the VM's range checks and texts.
//
// Expectations derived with Python's struct module ('>' big-endian, '<' little-endian; e.g.
// struct.unpack('>h', bytes([0x80, 0x01])) == (-32767,), struct.pack('>f', 1.1).hex() ==
// '3f8ccccd', whose value read back is 1.100000023841858) and from the VM's
// sdk/lib/_internal/vm/lib/typed_data_patch.dart: an access of N bytes at byteOffset is checked
// with `_byteDataByteOffsetCheck(this, byteOffset, length - (N - 1))`, which the VM compiles to a
// bounds check throwing RangeError.range(byteOffset, 0, length - N, "length"); ByteData(n) is a
// view of a new Uint8List(n); asByteData/ByteData.view check with _rangeCheck (RangeError.value of
// the bad length, offset or end); getUint64 returns the 64 bits as a (signed) int.
import 'dart:typed_data';

String hex(ByteData data) {
  var s = StringBuffer();
  for (var i = 0; i < data.lengthInBytes; i++) {
    s.write(data.getUint8(i).toRadixString(16).padLeft(2, '0'));
  }
  return s.toString();
}

void attempt(String what, void Function() f) {
  try {
    f();
    print('$what: ok');
  } catch (e) {
    print('$what: $e');
  }
}

void main() {
  var d = ByteData(24);
  d.setInt8(0, -1);
  d.setUint8(1, 0x1FF);
  d.setInt16(2, -32767);
  d.setUint16(4, 0xABCD, Endian.little);
  d.setInt32(7, -2);
  d.setUint32(11, 0x89ABCDEF, Endian.little);
  d.setInt64(15, 0x0102030405060708);
  print(hex(d));
  print('${d.getInt8(0)} ${d.getUint8(0)} ${d.getInt8(1)} ${d.getUint8(1)}');
  print('${d.getInt16(2)} ${d.getUint16(2)} ${d.getInt16(2, Endian.little)} ${d.getUint16(2, Endian.little)}');
  print('${d.getUint16(4)} ${d.getUint16(4, Endian.little)} ${d.getInt16(4, Endian.host)}');
  print('${d.getInt32(7)} ${d.getUint32(7)} ${d.getInt32(7, Endian.little)}');
  print('${d.getUint32(11)} ${d.getUint32(11, Endian.little)} ${d.getInt32(11, Endian.little)}');
  print('${d.getInt64(15)} ${d.getInt64(15, Endian.little)} ${d.getUint64(15, Endian.little)}');

  var e = ByteData(16);
  e.setUint64(0, -1);
  e.setInt64(8, -0x8000000000000000, Endian.little);
  print('${hex(e)} ${e.getUint64(0)} ${e.getInt64(8, Endian.little)} ${e.getUint64(8)}');
  e.setFloat32(0, 1.1);
  e.setFloat32(4, 1.1, Endian.little);
  e.setFloat64(8, -1234.5625);
  print(hex(e));
  print('${e.getFloat32(0)} ${e.getFloat32(4, Endian.little)} ${e.getFloat32(0, Endian.little)}');
  print('${e.getFloat64(8)} ${e.getFloat64(8, Endian.little)}');
  e.setFloat32(1, 1e39);
  e.setFloat64(3, double.nan, Endian.little);
  print('${e.getFloat32(1)} ${e.getFloat64(3, Endian.little)}');
  e.setFloat64(0, double.negativeInfinity);
  print('${e.getFloat64(0)} ${e.getUint32(0)}');

  // Views of a shared buffer: offsets add up; writes are seen through every view.
  var bytes = Uint8List.fromList(List<int>.generate(12, (i) => i * 17));
  var view = ByteData.view(bytes.buffer, 4, 6);
  print('${view.offsetInBytes} ${view.lengthInBytes} ${view.elementSizeInBytes} ${view.getUint32(0)}');
  view.setUint16(4, 0xBEEF);
  print(bytes);
  var sub = ByteData.sublistView(Uint16List.view(bytes.buffer), 1, 3);
  print('${sub.offsetInBytes} ${sub.lengthInBytes} ${sub.getUint32(0, Endian.little)}');
  print(ByteData.sublistView(bytes, 10).lengthInBytes);
  print(identical(Endian.host, Endian.little));

  // Range checks.
  var small = ByteData(8);
  attempt('getInt8(8)', () => small.getInt8(8));
  attempt('setUint8(-1)', () => small.setUint8(-1, 0));
  attempt('getInt16(7)', () => small.getInt16(7));
  attempt('setUint32(5)', () => small.setUint32(5, 0));
  attempt('getFloat64(1)', () => small.getFloat64(1));
  attempt('getInt64(0)', () => small.getInt64(0));
  attempt('getInt32 of 2 bytes', () => ByteData(2).getInt32(0));
  attempt('getInt64 of 7 bytes', () => ByteData(7).getInt64(0));
  attempt('getUint8 of none', () => ByteData(0).getUint8(0));
  attempt('view past end', () => ByteData.view(small.buffer, 4, 5));
  attempt('view at -1', () => ByteData.view(small.buffer, -1));
  attempt('view of -2', () => small.buffer.asByteData(2, -2));
  attempt('view offset past end', () => small.buffer.asByteData(9));
  attempt('sublistView', () => ByteData.sublistView(small, 3, 2));
}
