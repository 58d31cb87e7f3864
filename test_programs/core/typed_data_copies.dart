// Bulk copies of dart:typed_data lists (fromList, setRange, sublist, fillRange) and List.filled:
// every conversion between element types, overlapping ranges of one list and of two views of one
// array, sources that are core lists, typed lists, constant lists and other iterables, empty and
// large copies.
//
// Expectations derived by hand from the Dart SDK's documentation (sdk/lib/typed_data/
// typed_data.dart: an integer list "stores the low N bits", two's complement for signed lists;
// Uint8ClampedList clamps to 0..255; Float32List rounds to the nearest float) and the VM's
// setRange (runtime/lib/typed_data.cc: typed data of one element size is copied with memmove, so
// overlapping ranges copy the elements as they were before the copy, as List.setRange's
// documentation requires for the same list). Large expectations were computed with Python from
// the same rules (sum of (i * 31) & 0xFF for i < 16384 is 2088960).
import 'dart:typed_data';

class Countdown extends Iterable<int> {
  final int from;
  Countdown(this.from);
  Iterator<int> get iterator => List<int>.generate(from, (i) => from - i).iterator;
}

void main() {
  // From core lists: every integer type wraps (or clamps) each value, boxed 64-bit ones included.
  var values = <int>[0, 1, 127, 128, 255, 256, -1, -128, -129, 65535, 65536, -32769,
      0x7FFFFFFF, 0x80000000, -0x80000001, 0x7FFFFFFFFFFFFFFF, -0x8000000000000000];
  print(Int8List.fromList(values));
  print(Uint8List.fromList(values));
  print(Uint8ClampedList.fromList(values));
  print(Int16List.fromList(values));
  print(Uint16List.fromList(values));
  print(Int32List.fromList(values));
  print(Uint32List.fromList(values));
  print(Int64List.fromList(values));
  print(Uint64List.fromList(values));

  // Between typed lists: the source's values converted to the destination's type.
  var bytes = Uint8List.fromList([0, 1, 127, 128, 200, 255]);
  var signed = Int8List.fromList([0, 1, 127, -128, -56, -1]);
  print(Int8List.fromList(bytes));
  print(Uint8List.fromList(signed));
  print(Uint8ClampedList.fromList(signed));
  print(Uint8ClampedList.fromList(bytes));
  print(Int16List.fromList(bytes));
  print(Uint16List.fromList(signed));
  print(Int16List.fromList(Uint16List.fromList([65535, 32768, 32767])));
  print(Uint32List.fromList(Int32List.fromList([-1, -2147483648])));
  print(Int32List.fromList(Uint32List.fromList([4294967295, 2147483648])));
  print(Int64List.fromList(Uint64List.fromList([-1, 5])));
  print(Int32List.fromList(signed));

  // Empty copies.
  print(Uint8List.fromList(<int>[]));
  print(Float64List.fromList(<double>[]));
  print(bytes.sublist(3, 3));
  var e = Int16List(0)..setRange(0, 0, <int>[]);
  print(e.length);

  // Overlapping ranges of one list, both directions.
  var a = Uint8List.fromList([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  a.setRange(2, 8, a);
  print(a);
  var b = Int32List.fromList([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  b.setRange(0, 6, b, 3);
  print(b);

  // Two overlapping views of one array: copied as if through a temporary (memmove).
  var base = Uint8List.fromList([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  var low = Uint8List.sublistView(base, 0, 8);
  var high = Uint8List.sublistView(base, 2, 10);
  high.setRange(0, 8, low);
  print(base);
  var base2 = Int32List.fromList([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  Int32List.sublistView(base2, 0, 7).setRange(0, 7, Int32List.sublistView(base2, 3));
  print(base2);

  // A view as a source and as a destination; sublist of a view.
  var view = Uint8List.sublistView(bytes, 2, 5);
  print(Int8List.fromList(view));
  print(view.sublist(1));
  var dest = Uint16List(6)..setRange(1, 4, view);
  print(dest);
  Uint8List.sublistView(base, 4, 6).setRange(0, 2, [1000, -1]);
  print(base);

  // skipCount, constant lists, other iterables.
  print(Uint8List(4)..setRange(1, 3, [10, 20, 300, 40], 2));
  print(Int8List(3)..setRange(0, 3, const [1, 200, -3]));
  print(Uint8List(3)..setRange(0, 3, Countdown(300).map((x) => x + 1), 1));
  print(Uint8List.fromList(Countdown(4).toList()));

  // Doubles: Float64List keeps them, Float32List rounds.
  var doubles = <double>[0.1, -2.5, 1e40, double.infinity];
  print(Float64List.fromList(doubles));
  var floats = Float32List.fromList(doubles);
  print(floats);
  print(Float64List.fromList(floats));
  print(Float32List.fromList(floats));
  print(Float64List.fromList(doubles).sublist(1, 3));
  var fd = Float64List.fromList([1.0, 2.0, 3.0, 4.0]);
  fd.setRange(1, 4, fd);
  print(fd);

  // fillRange converts the value once; on a view it fills only the view.
  var f = Uint8List(6)..fillRange(1, 5, 300);
  print(f);
  var g = Int8List(6);
  Int8List.sublistView(g, 2, 5).fillRange(0, 3, 255);
  print(g);
  print(Float32List(3)..fillRange(0, 2, 0.1));

  // List.filled fills every slot (fixed and growable, short and long, null and objects).
  print(List<int>.filled(3, 7));
  print(List<String?>.filled(2, null));
  var grown = List<String>.filled(2, 'x', growable: true)..add('y');
  print(grown);
  print(List<int>.filled(0, 1));
  var long = List<int>.filled(20000, -3);
  print('${long.length} ${long[0]} ${long[19999]}');

  // Large copies.
  var list = List<int>.generate(16384, (i) => (i * 31) & 0xff);
  var big = Uint8List.fromList(list);
  var sum = 0;
  for (var x in big) {
    sum += x;
  }
  print('$sum ${big[16383]} ${big[8191]}');
  var big32 = Int32List.fromList(list.map((x) => x * 70000).toList());
  print('${big32[1]} ${big32[16383]}');
  var big16 = Int16List.fromList(big32);
  print('${big16[1]} ${big16[16383]}');
  var part = big.sublist(4096, 8192);
  print('${part.length} ${part[0]} ${part[4095]}');
  big.setRange(1, 16384, big);
  print('${big[0]} ${big[1]} ${big[16383]}');

  // Errors keep their texts.
  try {
    Uint8List(3).setRange(0, 3, [1, 2]);
  } catch (e) {
    print(e);
  }
  try {
    Uint8List(3).setRange(0, 4, [1, 2, 3, 4]);
  } catch (e) {
    print(e);
  }
  try {
    Uint8List(3).setRange(1, 2, [1, 2], -1);
  } catch (e) {
    print(e);
  }
  try {
    Uint8List(3).fillRange(2, 1, 0);
  } catch (e) {
    print(e);
  }
}
