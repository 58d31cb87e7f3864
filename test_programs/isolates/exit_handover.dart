// Isolate.exit hands the exiting isolate's heap over instead of copying the message
// (docs/isolates.md, "Isolate.exit without a copy"): DARTC_GC_STATS (this test's .env) shows the
// main isolate adopted the workers' heaps and rebuilt no copied message bytes. What arrives is
// the same graph: a large list (10,000 strings and lists, shared and cyclic parts kept), an
// identity map (identity hash codes are addresses, still valid: no rehash needed), typed data.
// The main isolate then allocates and collects with the adopted objects alive (the program
// keeps them and checks them again after the garbage; the .stderr checks collections ran).
import 'dart:isolate';
import 'dart:typed_data';

List<Object?> build(int n) {
  var shared = <int>[1, 2, 3];
  var list = <Object?>[];
  for (int i = 0; i < n; i++) {
    list.add(i % 3 == 0 ? 'item $i' : (i % 3 == 1 ? shared : <int>[i, i + 1]));
  }
  list.add(list);  // a cycle
  var key = Object();
  var identity = Map<Object, String>.identity();
  identity[key] = 'found by identity';
  var bytes = Uint8List(10000);
  for (int i = 0; i < bytes.length; i++) {
    bytes[i] = i & 255;
  }
  return [list, key, identity, bytes];
}

int checksum(List<Object?> list) {
  int sum = 0;
  for (int i = 0; i < list.length - 1; i++) {
    var e = list[i];
    if (e is String) sum += e.length;
    if (e is List<int>) sum += e[0];
  }
  return sum;
}

Future<void> main() async {
  var results = <List<Object?>>[];
  for (int round = 0; round < 2; round++) {
    results.add(await Isolate.run(() => build(10000)));
  }
  var expected = checksum(build(10000)[0] as List<Object?>);
  for (var r in results) {
    var list = r[0] as List<Object?>;
    print('length ${list.length}, cycle kept: ${identical(list.last, list)}, '
        'sharing kept: ${identical(list[1], list[4])}, same checksum: ${checksum(list) == expected}');
    var identity = r[2] as Map<Object, String>;
    print('identity map: ${identity[r[1]!]}');
    var bytes = r[3] as Uint8List;
    print('bytes: ${bytes.length} ${bytes[1000]} ${bytes[9999]}');
  }
  // Garbage, so that collections run over the adopted blocks.
  var keep = <List<int>>[];
  for (int i = 0; i < 4000; i++) {
    var l = List<int>.filled(1000, i);  // 32 MB in all: past the first collection threshold
    if (i % 20 == 0) keep.add(l);
  }
  var list = results[1][0] as List<Object?>;
  print('after collections: ${checksum(list) == expected} ${keep.length}');
}
