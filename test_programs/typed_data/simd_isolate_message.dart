// SIMD values and SIMD lists sent between isolates arrive as copies with the same lanes: the
// result of Isolate.run, and a message through a SendPort.
//
// Expectations derived from the VM: Float32x4, Int32x4, Float64x2 and typed lists are among the
// objects a message may hold (sdk/lib/isolate/isolate.dart, SendPort.send), copied; the printed
// forms are those of runtime/vm/object.cc's ToCString ("[%f, ...]", "[%08x, ...]") inside
// ListBase.listToString.
import 'dart:isolate';
import 'dart:typed_data';

void main() async {
  var r = await Isolate.run(() => [
        Float32x4(1.0, 2.0, 3.0, 4.0),
        Int32x4(-1, 0, 1, 2),
        Float32x4List(2)..[1] = Float32x4.splat(0.5),
        Float64x2(1.0, 2.0),
      ]);
  print(r);
  var p = ReceivePort();
  p.sendPort.send(Float64x2List.fromList([Float64x2(3.0, 4.0)]));
  var received = await p.first as Float64x2List;
  print('$received ${received[0].y}');
}
