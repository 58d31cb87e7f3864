// Int32x4: lanes keep their int's low 32 bits and read back signed, wrap-around + and -, bit
// operations, flags, signMask, shuffles, the bit reinterpretations with Float32x4, and toString.
//
// Expectations derived from the VM's natives in runtime/lib/simd128.cc: the constructor stores
// `static_cast<int32_t>(AsTruncatedUint32Value())`, getters return the int32 as an int, + and -
// are int32_t arithmetic (wrapping, as the VM's SSE/NEON code does), `Int32x4.bool` stores
// 0xFFFFFFFF or 0, flags are `lane != 0`, signMask bit i is lane i's bit 31, shuffle lane i takes
// lane `(mask >> 2i) & 3` (x and y from this, z and w from the other for shuffleMix); and from
// Int32x4::ToCString in runtime/vm/object.cc ("[%08x, %08x, %08x, %08x]" of the int32s). The
// values were checked with Python (`v & 0xffffffff`, '%08x', struct for the float bits).
import 'dart:typed_data';

void main() {
  var a = Int32x4(1, -1, 0x7FFFFFFF, 0x123456789);
  print('a $a');
  print('lanes ${a.x} ${a.y} ${a.z} ${a.w}');
  print('wrap ${Int32x4(0x80000000, 0xFFFFFFFF, -0x80000001, 1 << 40)}');
  print('wrap lanes ${Int32x4(0x80000000, 0xFFFFFFFF, -0x80000001, 1 << 40).x}');
  var b = Int32x4(0x0F0F0F0F, 1, 1, -2);
  print('a|b ${a | b}');
  print('a&b ${a & b}');
  print('a^b ${a ^ b}');
  print('a+b ${a + b} ${(a + b).z}');
  print('a-b ${a - b} ${(a - b).y}');
  var m = Int32x4.bool(true, false, false, true);
  print('bool $m ${m.x} ${m.y}');
  print('flags ${m.flagX} ${m.flagY} ${m.flagZ} ${m.flagW} ${Int32x4(0, 2, 0, 0).flagY}');
  var f = m.withFlagX(false).withFlagY(true).withFlagZ(true).withFlagW(false);
  print('withFlag $f');
  print('with ${a.withX(5).withY(-6).withZ(0x100000007).withW(8)}');
  print('signMask ${a.signMask} ${m.signMask} ${Int32x4(-1, -1, -1, -1).signMask} ${Int32x4.bool(false, false, false, false).signMask}');
  print('shuffle ${a.shuffle(Int32x4.wzyx)} ${a.shuffle(Int32x4.yyyy)}');
  print('shuffleMix ${a.shuffleMix(b, Int32x4.xyzw)} ${a.shuffleMix(b, Int32x4.wxyz)}');
  print('masks ${Int32x4.xxxx} ${Int32x4.wzyx} ${Int32x4.xyzw} ${Int32x4.wxyz}');
  try {
    a.shuffle(300);
  } catch (e) {
    print('shuffle 300: $e');
  }
  // Bits: 1.0f is 0x3F800000, -2.0f is 0xC0000000, 0.5f is 0x3F000000.
  var bits = Int32x4.fromFloat32x4Bits(Float32x4(1.0, -2.0, 0.5, 0.0));
  print('fromFloat32x4Bits $bits ${bits.y}');
  print('round trip ${Float32x4.fromInt32x4Bits(bits)}');
  // A signalling NaN's bits survive both reinterpretations unchanged.
  var snan = Int32x4(0x7F800001, 0xFFC00001, 0x7FBFFFFF, 0);
  print('snan ${Int32x4.fromFloat32x4Bits(Float32x4.fromInt32x4Bits(snan))}');
  // Comparisons of Float32x4 give these masks; select takes bits where the mask is set.
  var lt = Float32x4(1.0, 2.0, 3.0, 4.0).lessThan(Float32x4.splat(2.5));
  print('lt $lt ${lt.select(Float32x4.splat(10.0), Float32x4.splat(-10.0))}');
  print('is ${a is Int32x4} ${(a as Object) is Float32x4}');
}
