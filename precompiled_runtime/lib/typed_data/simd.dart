part of dart.typed_data;

// dart:typed_data's SIMD values and their lists (docs/typed_data.md, "SIMD").
//
// A Float32x4, Int32x4 or Float64x2 is an immutable object holding a 16-byte `_ByteStore`: its
// four float32, four int32 or two float64 lanes, little-endian, exactly the bytes of the VM's
// object (runtime/vm/object.h keeps a `simd128_value_t`). Keeping the bits, not four doubles, makes
// the bit reinterpretations (`fromInt32x4Bits`, `fromFloat32x4Bits`, `select`) exact for every
// pattern, signalling NaNs included, and lets a list element be copied with one 16-byte memmove.
// The two bit reinterpretations share the store: neither value ever writes to it.
//
// Lane semantics follow the VM's natives (runtime/lib/simd128.cc), which compute each lane in C
// `float`/`double`/`int32_t`. Arithmetic, min, max, sqrt, the comparisons and Int32x4's bit
// operations are `_ByteStore._simd…` intrinsics: one LLVM vector operation on <4 x float>,
// <2 x double> or <4 x i32> (codegen/src/simd_intrinsics.cpp). The rest works on lanes read as
// doubles: a Float32x4 lane is rounded to float32 when stored, so `scale` and `reciprocal` (computed
// in double and rounded once) give the correctly rounded float result, and reciprocalSqrt rounds
// its intermediate `1.0f / x` through the result's store. Negation and abs flip or clear the sign
// bit on the bits, as the VM's C code and its SSE/NEON code do, so they keep NaN payloads.

// A new 16-byte store for one SIMD value.
@pragma('vm:prefer-inline')
_ByteStore _simdStore() => _ByteStore(16);

// The VM's shuffle masks are 0..255 (ThrowMaskRangeException in simd128.cc).
void _checkShuffleMask(int mask) {
  if (mask < 0 || mask > 255) throw RangeError.range(mask, 0, 255, "mask");
}

// The 128 bits of a SIMD value: what its list copies in and out.
//
// Identity is the identity of the bits, as for doubles: compiled code keeps SIMD values unboxed
// (docs/typed_data.md, "Unboxed SIMD values") and boxes them again where an object is needed, so a
// box has no identity of its own to compare (the VM's optimizing compilers unbox them too). `==`
// is Object's, i.e. identical, and hashCode agrees with it.
abstract class _Simd128 {
  final _ByteStore _s;
  // Compiled code unboxes a value by loading `_s` itself (codegen/src/simd_values.cpp): this read
  // keeps the field (tree shaking drops fields no Dart code reads) wherever a value is made.
  _Simd128(this._s) {
    _s;
  }

  bool operator ==(Object other) => identical(this, other);
  int get hashCode => Object.hash(_s._getInt64(0, true), _s._getInt64(8, true));
}

// One lane of Float32x4/Float64x2's toString: C's "%f", as the VM prints them.
@pragma('dartc:native', 'dartrt_simd_lane_to_string')
external String _laneToString(double value);

// One lane of Int32x4's toString: the VM's "%08x" of the int32 (two's complement, lower case).
String _laneToHex(int value) => (value & 0xFFFFFFFF).toRadixString(16).padLeft(8, '0');

/// Four float32 lanes.
final class Float32x4 extends _Simd128 {
  Float32x4._(_ByteStore s) : super(s);

  factory Float32x4(double x, double y, double z, double w) => _make(x, y, z, w);
  factory Float32x4.splat(double v) => _make(v, v, v, v);
  factory Float32x4.zero() => Float32x4._(_simdStore());
  // The same 128 bits.
  factory Float32x4.fromInt32x4Bits(Int32x4 x) => Float32x4._(x._s);
  factory Float32x4.fromFloat64x2(Float64x2 v) => _make(v.x, v.y, 0.0, 0.0);

  // Each lane rounded to float32 (to nearest even), as the VM's `static_cast<float>`.
  @pragma('vm:prefer-inline')
  static Float32x4 _make(double x, double y, double z, double w) {
    _ByteStore s = _simdStore();
    s._setFloat32(0, x, true);
    s._setFloat32(4, y, true);
    s._setFloat32(8, z, true);
    s._setFloat32(12, w, true);
    return Float32x4._(s);
  }

  double get x => _s._getFloat32(0, true);
  double get y => _s._getFloat32(4, true);
  double get z => _s._getFloat32(8, true);
  double get w => _s._getFloat32(12, true);

  // Lane `i` (0..3) as its int32 bits.
  int _bits(int i) => _s._getInt32(4 * i, true);

  Float32x4 operator +(Float32x4 other) => Float32x4._(_ByteStore._simdF32x4Add(_s, other._s));
  Float32x4 operator -(Float32x4 other) => Float32x4._(_ByteStore._simdF32x4Sub(_s, other._s));
  Float32x4 operator *(Float32x4 other) => Float32x4._(_ByteStore._simdF32x4Mul(_s, other._s));
  Float32x4 operator /(Float32x4 other) => Float32x4._(_ByteStore._simdF32x4Div(_s, other._s));
  // The sign bits flipped.
  Float32x4 operator -() => _mapBits(_s, (bits) => bits ^ 0x80000000);

  // The sign bits cleared (fabsf).
  Float32x4 abs() => _mapBits(_s, (bits) => bits & 0x7FFFFFFF);

  static Float32x4 _mapBits(_ByteStore from, int f(int bits)) {
    _ByteStore s = _simdStore();
    for (int i = 0; i < 16; i += 4) {
      s._setInt32(i, f(from._getInt32(i, true)), true);
    }
    return Float32x4._(s);
  }

  Int32x4 lessThan(Float32x4 other) => Int32x4._(_ByteStore._simdF32x4Lt(_s, other._s));
  Int32x4 lessThanOrEqual(Float32x4 other) => Int32x4._(_ByteStore._simdF32x4Le(_s, other._s));
  Int32x4 greaterThan(Float32x4 other) => Int32x4._(_ByteStore._simdF32x4Gt(_s, other._s));
  Int32x4 greaterThanOrEqual(Float32x4 other) => Int32x4._(_ByteStore._simdF32x4Ge(_s, other._s));
  Int32x4 equal(Float32x4 other) => Int32x4._(_ByteStore._simdF32x4Eq(_s, other._s));
  Int32x4 notEqual(Float32x4 other) => Int32x4._(_ByteStore._simdF32x4Ne(_s, other._s));

  // Each lane times `s` rounded to float32 first (the VM's `static_cast<float>(scale)`).
  Float32x4 scale(double s) {
    _ByteStore r = _simdStore();
    r._setFloat32(0, s, true);
    double f = r._getFloat32(0, true);
    r._setFloat32(0, x * f, true);
    r._setFloat32(4, y * f, true);
    r._setFloat32(8, z * f, true);
    r._setFloat32(12, w * f, true);
    return Float32x4._(r);
  }

  // MAX(MIN(self, upper), lower), in the VM's order and with its comparisons.
  // (`m < lo ? lo : m` is `lo > m ? lo : m`: max with the operands swapped.)
  Float32x4 clamp(Float32x4 lowerLimit, Float32x4 upperLimit) =>
      Float32x4._(_ByteStore._simdF32x4Max(lowerLimit._s, _ByteStore._simdF32x4Min(_s, upperLimit._s)));

  // Bit i is the sign bit of lane i.
  int get signMask =>
      ((_bits(0) >> 31) & 1) | ((_bits(1) >> 31) & 1) << 1 | ((_bits(2) >> 31) & 1) << 2 | ((_bits(3) >> 31) & 1) << 3;

  Float32x4 shuffle(int mask) {
    _checkShuffleMask(mask);
    return Float32x4._(_shuffleBits(_s, _s, mask));
  }

  Float32x4 shuffleMix(Float32x4 other, int mask) {
    _checkShuffleMask(mask);
    return Float32x4._(_shuffleBits(_s, other._s, mask));
  }

  Float32x4 withX(double x) => _make(x, y, z, w);
  Float32x4 withY(double y) => _make(x, y, z, w);
  Float32x4 withZ(double z) => _make(x, y, z, w);
  Float32x4 withW(double w) => _make(x, y, z, w);

  // The VM's `a < b ? a : b` and `a > b ? a : b` per lane (so a NaN in `this` gives `other`).
  Float32x4 min(Float32x4 other) => Float32x4._(_ByteStore._simdF32x4Min(_s, other._s));
  Float32x4 max(Float32x4 other) => Float32x4._(_ByteStore._simdF32x4Max(_s, other._s));

  Float32x4 sqrt() => Float32x4._(_ByteStore._simdF32x4Sqrt(_s));
  Float32x4 reciprocal() => _make(1.0 / x, 1.0 / y, 1.0 / z, 1.0 / w);

  // sqrtf(1.0f / lane): the quotient is rounded to float32 (stored) before the square root.
  Float32x4 reciprocalSqrt() {
    _ByteStore r = _simdStore();
    for (int i = 0; i < 16; i += 4) {
      r._setFloat32(i, 1.0 / _s._getFloat32(i, true), true);
      r._setFloat32(i, math.sqrt(r._getFloat32(i, true)), true);
    }
    return Float32x4._(r);
  }

  // Object.toString of the VM's _Float32x4 is Float32x4::ToCString: "[%f, %f, %f, %f]".
  String toString() =>
      '[${_laneToString(x)}, ${_laneToString(y)}, ${_laneToString(z)}, ${_laneToString(w)}]';

  // Shuffle masks: the result's lanes x, y, z, w take the lanes named, in order.
  static const int xxxx = 0x00;
  static const int xxxy = 0x40;
  static const int xxxz = 0x80;
  static const int xxxw = 0xC0;
  static const int xxyx = 0x10;
  static const int xxyy = 0x50;
  static const int xxyz = 0x90;
  static const int xxyw = 0xD0;
  static const int xxzx = 0x20;
  static const int xxzy = 0x60;
  static const int xxzz = 0xA0;
  static const int xxzw = 0xE0;
  static const int xxwx = 0x30;
  static const int xxwy = 0x70;
  static const int xxwz = 0xB0;
  static const int xxww = 0xF0;
  static const int xyxx = 0x04;
  static const int xyxy = 0x44;
  static const int xyxz = 0x84;
  static const int xyxw = 0xC4;
  static const int xyyx = 0x14;
  static const int xyyy = 0x54;
  static const int xyyz = 0x94;
  static const int xyyw = 0xD4;
  static const int xyzx = 0x24;
  static const int xyzy = 0x64;
  static const int xyzz = 0xA4;
  static const int xyzw = 0xE4;
  static const int xywx = 0x34;
  static const int xywy = 0x74;
  static const int xywz = 0xB4;
  static const int xyww = 0xF4;
  static const int xzxx = 0x08;
  static const int xzxy = 0x48;
  static const int xzxz = 0x88;
  static const int xzxw = 0xC8;
  static const int xzyx = 0x18;
  static const int xzyy = 0x58;
  static const int xzyz = 0x98;
  static const int xzyw = 0xD8;
  static const int xzzx = 0x28;
  static const int xzzy = 0x68;
  static const int xzzz = 0xA8;
  static const int xzzw = 0xE8;
  static const int xzwx = 0x38;
  static const int xzwy = 0x78;
  static const int xzwz = 0xB8;
  static const int xzww = 0xF8;
  static const int xwxx = 0x0C;
  static const int xwxy = 0x4C;
  static const int xwxz = 0x8C;
  static const int xwxw = 0xCC;
  static const int xwyx = 0x1C;
  static const int xwyy = 0x5C;
  static const int xwyz = 0x9C;
  static const int xwyw = 0xDC;
  static const int xwzx = 0x2C;
  static const int xwzy = 0x6C;
  static const int xwzz = 0xAC;
  static const int xwzw = 0xEC;
  static const int xwwx = 0x3C;
  static const int xwwy = 0x7C;
  static const int xwwz = 0xBC;
  static const int xwww = 0xFC;
  static const int yxxx = 0x01;
  static const int yxxy = 0x41;
  static const int yxxz = 0x81;
  static const int yxxw = 0xC1;
  static const int yxyx = 0x11;
  static const int yxyy = 0x51;
  static const int yxyz = 0x91;
  static const int yxyw = 0xD1;
  static const int yxzx = 0x21;
  static const int yxzy = 0x61;
  static const int yxzz = 0xA1;
  static const int yxzw = 0xE1;
  static const int yxwx = 0x31;
  static const int yxwy = 0x71;
  static const int yxwz = 0xB1;
  static const int yxww = 0xF1;
  static const int yyxx = 0x05;
  static const int yyxy = 0x45;
  static const int yyxz = 0x85;
  static const int yyxw = 0xC5;
  static const int yyyx = 0x15;
  static const int yyyy = 0x55;
  static const int yyyz = 0x95;
  static const int yyyw = 0xD5;
  static const int yyzx = 0x25;
  static const int yyzy = 0x65;
  static const int yyzz = 0xA5;
  static const int yyzw = 0xE5;
  static const int yywx = 0x35;
  static const int yywy = 0x75;
  static const int yywz = 0xB5;
  static const int yyww = 0xF5;
  static const int yzxx = 0x09;
  static const int yzxy = 0x49;
  static const int yzxz = 0x89;
  static const int yzxw = 0xC9;
  static const int yzyx = 0x19;
  static const int yzyy = 0x59;
  static const int yzyz = 0x99;
  static const int yzyw = 0xD9;
  static const int yzzx = 0x29;
  static const int yzzy = 0x69;
  static const int yzzz = 0xA9;
  static const int yzzw = 0xE9;
  static const int yzwx = 0x39;
  static const int yzwy = 0x79;
  static const int yzwz = 0xB9;
  static const int yzww = 0xF9;
  static const int ywxx = 0x0D;
  static const int ywxy = 0x4D;
  static const int ywxz = 0x8D;
  static const int ywxw = 0xCD;
  static const int ywyx = 0x1D;
  static const int ywyy = 0x5D;
  static const int ywyz = 0x9D;
  static const int ywyw = 0xDD;
  static const int ywzx = 0x2D;
  static const int ywzy = 0x6D;
  static const int ywzz = 0xAD;
  static const int ywzw = 0xED;
  static const int ywwx = 0x3D;
  static const int ywwy = 0x7D;
  static const int ywwz = 0xBD;
  static const int ywww = 0xFD;
  static const int zxxx = 0x02;
  static const int zxxy = 0x42;
  static const int zxxz = 0x82;
  static const int zxxw = 0xC2;
  static const int zxyx = 0x12;
  static const int zxyy = 0x52;
  static const int zxyz = 0x92;
  static const int zxyw = 0xD2;
  static const int zxzx = 0x22;
  static const int zxzy = 0x62;
  static const int zxzz = 0xA2;
  static const int zxzw = 0xE2;
  static const int zxwx = 0x32;
  static const int zxwy = 0x72;
  static const int zxwz = 0xB2;
  static const int zxww = 0xF2;
  static const int zyxx = 0x06;
  static const int zyxy = 0x46;
  static const int zyxz = 0x86;
  static const int zyxw = 0xC6;
  static const int zyyx = 0x16;
  static const int zyyy = 0x56;
  static const int zyyz = 0x96;
  static const int zyyw = 0xD6;
  static const int zyzx = 0x26;
  static const int zyzy = 0x66;
  static const int zyzz = 0xA6;
  static const int zyzw = 0xE6;
  static const int zywx = 0x36;
  static const int zywy = 0x76;
  static const int zywz = 0xB6;
  static const int zyww = 0xF6;
  static const int zzxx = 0x0A;
  static const int zzxy = 0x4A;
  static const int zzxz = 0x8A;
  static const int zzxw = 0xCA;
  static const int zzyx = 0x1A;
  static const int zzyy = 0x5A;
  static const int zzyz = 0x9A;
  static const int zzyw = 0xDA;
  static const int zzzx = 0x2A;
  static const int zzzy = 0x6A;
  static const int zzzz = 0xAA;
  static const int zzzw = 0xEA;
  static const int zzwx = 0x3A;
  static const int zzwy = 0x7A;
  static const int zzwz = 0xBA;
  static const int zzww = 0xFA;
  static const int zwxx = 0x0E;
  static const int zwxy = 0x4E;
  static const int zwxz = 0x8E;
  static const int zwxw = 0xCE;
  static const int zwyx = 0x1E;
  static const int zwyy = 0x5E;
  static const int zwyz = 0x9E;
  static const int zwyw = 0xDE;
  static const int zwzx = 0x2E;
  static const int zwzy = 0x6E;
  static const int zwzz = 0xAE;
  static const int zwzw = 0xEE;
  static const int zwwx = 0x3E;
  static const int zwwy = 0x7E;
  static const int zwwz = 0xBE;
  static const int zwww = 0xFE;
  static const int wxxx = 0x03;
  static const int wxxy = 0x43;
  static const int wxxz = 0x83;
  static const int wxxw = 0xC3;
  static const int wxyx = 0x13;
  static const int wxyy = 0x53;
  static const int wxyz = 0x93;
  static const int wxyw = 0xD3;
  static const int wxzx = 0x23;
  static const int wxzy = 0x63;
  static const int wxzz = 0xA3;
  static const int wxzw = 0xE3;
  static const int wxwx = 0x33;
  static const int wxwy = 0x73;
  static const int wxwz = 0xB3;
  static const int wxww = 0xF3;
  static const int wyxx = 0x07;
  static const int wyxy = 0x47;
  static const int wyxz = 0x87;
  static const int wyxw = 0xC7;
  static const int wyyx = 0x17;
  static const int wyyy = 0x57;
  static const int wyyz = 0x97;
  static const int wyyw = 0xD7;
  static const int wyzx = 0x27;
  static const int wyzy = 0x67;
  static const int wyzz = 0xA7;
  static const int wyzw = 0xE7;
  static const int wywx = 0x37;
  static const int wywy = 0x77;
  static const int wywz = 0xB7;
  static const int wyww = 0xF7;
  static const int wzxx = 0x0B;
  static const int wzxy = 0x4B;
  static const int wzxz = 0x8B;
  static const int wzxw = 0xCB;
  static const int wzyx = 0x1B;
  static const int wzyy = 0x5B;
  static const int wzyz = 0x9B;
  static const int wzyw = 0xDB;
  static const int wzzx = 0x2B;
  static const int wzzy = 0x6B;
  static const int wzzz = 0xAB;
  static const int wzzw = 0xEB;
  static const int wzwx = 0x3B;
  static const int wzwy = 0x7B;
  static const int wzwz = 0xBB;
  static const int wzww = 0xFB;
  static const int wwxx = 0x0F;
  static const int wwxy = 0x4F;
  static const int wwxz = 0x8F;
  static const int wwxw = 0xCF;
  static const int wwyx = 0x1F;
  static const int wwyy = 0x5F;
  static const int wwyz = 0x9F;
  static const int wwyw = 0xDF;
  static const int wwzx = 0x2F;
  static const int wwzy = 0x6F;
  static const int wwzz = 0xAF;
  static const int wwzw = 0xEF;
  static const int wwwx = 0x3F;
  static const int wwwy = 0x7F;
  static const int wwwz = 0xBF;
  static const int wwww = 0xFF;
}

// The shuffled lanes of two values' bits: x and y from `a`, z and w from `b` (`shuffle` passes one
// value twice), each lane selected by two bits of `mask`, lowest first.
_ByteStore _shuffleBits(_ByteStore a, _ByteStore b, int mask) {
  _ByteStore s = _simdStore();
  s._setInt32(0, a._getInt32(4 * (mask & 3), true), true);
  s._setInt32(4, a._getInt32(4 * ((mask >> 2) & 3), true), true);
  s._setInt32(8, b._getInt32(4 * ((mask >> 4) & 3), true), true);
  s._setInt32(12, b._getInt32(4 * ((mask >> 6) & 3), true), true);
  return s;
}

/// Four int32 lanes.
final class Int32x4 extends _Simd128 {
  Int32x4._(_ByteStore s) : super(s);

  // Each lane keeps the value's low 32 bits (the VM's AsTruncatedUint32Value).
  factory Int32x4(int x, int y, int z, int w) => _make(x, y, z, w);
  factory Int32x4.bool(bool x, bool y, bool z, bool w) => _make(x ? -1 : 0, y ? -1 : 0, z ? -1 : 0, w ? -1 : 0);
  // The same 128 bits.
  factory Int32x4.fromFloat32x4Bits(Float32x4 x) => Int32x4._(x._s);

  @pragma('vm:prefer-inline')
  static Int32x4 _make(int x, int y, int z, int w) {
    _ByteStore s = _simdStore();
    s._setInt32(0, x, true);
    s._setInt32(4, y, true);
    s._setInt32(8, z, true);
    s._setInt32(12, w, true);
    return Int32x4._(s);
  }

  // Signed, as the VM's `Integer::New(int32_t)`.
  int get x => _s._getInt32(0, true);
  int get y => _s._getInt32(4, true);
  int get z => _s._getInt32(8, true);
  int get w => _s._getInt32(12, true);

  // + and - wrap around in 32 bits (the stores keep the low bits).
  Int32x4 operator |(Int32x4 other) => Int32x4._(_ByteStore._simdI32x4Or(_s, other._s));
  Int32x4 operator &(Int32x4 other) => Int32x4._(_ByteStore._simdI32x4And(_s, other._s));
  Int32x4 operator ^(Int32x4 other) => Int32x4._(_ByteStore._simdI32x4Xor(_s, other._s));
  Int32x4 operator +(Int32x4 other) => Int32x4._(_ByteStore._simdI32x4Add(_s, other._s));
  Int32x4 operator -(Int32x4 other) => Int32x4._(_ByteStore._simdI32x4Sub(_s, other._s));

  int get signMask => ((x >> 31) & 1) | ((y >> 31) & 1) << 1 | ((z >> 31) & 1) << 2 | ((w >> 31) & 1) << 3;

  Int32x4 shuffle(int mask) {
    _checkShuffleMask(mask);
    return Int32x4._(_shuffleBits(_s, _s, mask));
  }

  Int32x4 shuffleMix(Int32x4 other, int mask) {
    _checkShuffleMask(mask);
    return Int32x4._(_shuffleBits(_s, other._s, mask));
  }

  Int32x4 withX(int x) => _make(x, y, z, w);
  Int32x4 withY(int y) => _make(x, y, z, w);
  Int32x4 withZ(int z) => _make(x, y, z, w);
  Int32x4 withW(int w) => _make(x, y, z, w);

  bool get flagX => x != 0;
  bool get flagY => y != 0;
  bool get flagZ => z != 0;
  bool get flagW => w != 0;

  Int32x4 withFlagX(bool flagX) => _make(flagX ? -1 : 0, y, z, w);
  Int32x4 withFlagY(bool flagY) => _make(x, flagY ? -1 : 0, z, w);
  Int32x4 withFlagZ(bool flagZ) => _make(x, y, flagZ ? -1 : 0, w);
  Int32x4 withFlagW(bool flagW) => _make(x, y, z, flagW ? -1 : 0);

  // Bitwise, per lane: (mask & trueValue) | (~mask & falseValue) on the floats' bits.
  Float32x4 select(Float32x4 trueValue, Float32x4 falseValue) {
    _ByteStore r = _simdStore();
    for (int i = 0; i < 16; i += 4) {
      int mask = _s._getInt32(i, true);
      r._setInt32(i, (mask & trueValue._s._getInt32(i, true)) | (~mask & falseValue._s._getInt32(i, true)), true);
    }
    return Float32x4._(r);
  }

  // Object.toString of the VM's _Int32x4 is Int32x4::ToCString: "[%08x, %08x, %08x, %08x]".
  String toString() => '[${_laneToHex(x)}, ${_laneToHex(y)}, ${_laneToHex(z)}, ${_laneToHex(w)}]';

  // Shuffle masks: the result's lanes x, y, z, w take the lanes named, in order.
  static const int xxxx = 0x00;
  static const int xxxy = 0x40;
  static const int xxxz = 0x80;
  static const int xxxw = 0xC0;
  static const int xxyx = 0x10;
  static const int xxyy = 0x50;
  static const int xxyz = 0x90;
  static const int xxyw = 0xD0;
  static const int xxzx = 0x20;
  static const int xxzy = 0x60;
  static const int xxzz = 0xA0;
  static const int xxzw = 0xE0;
  static const int xxwx = 0x30;
  static const int xxwy = 0x70;
  static const int xxwz = 0xB0;
  static const int xxww = 0xF0;
  static const int xyxx = 0x04;
  static const int xyxy = 0x44;
  static const int xyxz = 0x84;
  static const int xyxw = 0xC4;
  static const int xyyx = 0x14;
  static const int xyyy = 0x54;
  static const int xyyz = 0x94;
  static const int xyyw = 0xD4;
  static const int xyzx = 0x24;
  static const int xyzy = 0x64;
  static const int xyzz = 0xA4;
  static const int xyzw = 0xE4;
  static const int xywx = 0x34;
  static const int xywy = 0x74;
  static const int xywz = 0xB4;
  static const int xyww = 0xF4;
  static const int xzxx = 0x08;
  static const int xzxy = 0x48;
  static const int xzxz = 0x88;
  static const int xzxw = 0xC8;
  static const int xzyx = 0x18;
  static const int xzyy = 0x58;
  static const int xzyz = 0x98;
  static const int xzyw = 0xD8;
  static const int xzzx = 0x28;
  static const int xzzy = 0x68;
  static const int xzzz = 0xA8;
  static const int xzzw = 0xE8;
  static const int xzwx = 0x38;
  static const int xzwy = 0x78;
  static const int xzwz = 0xB8;
  static const int xzww = 0xF8;
  static const int xwxx = 0x0C;
  static const int xwxy = 0x4C;
  static const int xwxz = 0x8C;
  static const int xwxw = 0xCC;
  static const int xwyx = 0x1C;
  static const int xwyy = 0x5C;
  static const int xwyz = 0x9C;
  static const int xwyw = 0xDC;
  static const int xwzx = 0x2C;
  static const int xwzy = 0x6C;
  static const int xwzz = 0xAC;
  static const int xwzw = 0xEC;
  static const int xwwx = 0x3C;
  static const int xwwy = 0x7C;
  static const int xwwz = 0xBC;
  static const int xwww = 0xFC;
  static const int yxxx = 0x01;
  static const int yxxy = 0x41;
  static const int yxxz = 0x81;
  static const int yxxw = 0xC1;
  static const int yxyx = 0x11;
  static const int yxyy = 0x51;
  static const int yxyz = 0x91;
  static const int yxyw = 0xD1;
  static const int yxzx = 0x21;
  static const int yxzy = 0x61;
  static const int yxzz = 0xA1;
  static const int yxzw = 0xE1;
  static const int yxwx = 0x31;
  static const int yxwy = 0x71;
  static const int yxwz = 0xB1;
  static const int yxww = 0xF1;
  static const int yyxx = 0x05;
  static const int yyxy = 0x45;
  static const int yyxz = 0x85;
  static const int yyxw = 0xC5;
  static const int yyyx = 0x15;
  static const int yyyy = 0x55;
  static const int yyyz = 0x95;
  static const int yyyw = 0xD5;
  static const int yyzx = 0x25;
  static const int yyzy = 0x65;
  static const int yyzz = 0xA5;
  static const int yyzw = 0xE5;
  static const int yywx = 0x35;
  static const int yywy = 0x75;
  static const int yywz = 0xB5;
  static const int yyww = 0xF5;
  static const int yzxx = 0x09;
  static const int yzxy = 0x49;
  static const int yzxz = 0x89;
  static const int yzxw = 0xC9;
  static const int yzyx = 0x19;
  static const int yzyy = 0x59;
  static const int yzyz = 0x99;
  static const int yzyw = 0xD9;
  static const int yzzx = 0x29;
  static const int yzzy = 0x69;
  static const int yzzz = 0xA9;
  static const int yzzw = 0xE9;
  static const int yzwx = 0x39;
  static const int yzwy = 0x79;
  static const int yzwz = 0xB9;
  static const int yzww = 0xF9;
  static const int ywxx = 0x0D;
  static const int ywxy = 0x4D;
  static const int ywxz = 0x8D;
  static const int ywxw = 0xCD;
  static const int ywyx = 0x1D;
  static const int ywyy = 0x5D;
  static const int ywyz = 0x9D;
  static const int ywyw = 0xDD;
  static const int ywzx = 0x2D;
  static const int ywzy = 0x6D;
  static const int ywzz = 0xAD;
  static const int ywzw = 0xED;
  static const int ywwx = 0x3D;
  static const int ywwy = 0x7D;
  static const int ywwz = 0xBD;
  static const int ywww = 0xFD;
  static const int zxxx = 0x02;
  static const int zxxy = 0x42;
  static const int zxxz = 0x82;
  static const int zxxw = 0xC2;
  static const int zxyx = 0x12;
  static const int zxyy = 0x52;
  static const int zxyz = 0x92;
  static const int zxyw = 0xD2;
  static const int zxzx = 0x22;
  static const int zxzy = 0x62;
  static const int zxzz = 0xA2;
  static const int zxzw = 0xE2;
  static const int zxwx = 0x32;
  static const int zxwy = 0x72;
  static const int zxwz = 0xB2;
  static const int zxww = 0xF2;
  static const int zyxx = 0x06;
  static const int zyxy = 0x46;
  static const int zyxz = 0x86;
  static const int zyxw = 0xC6;
  static const int zyyx = 0x16;
  static const int zyyy = 0x56;
  static const int zyyz = 0x96;
  static const int zyyw = 0xD6;
  static const int zyzx = 0x26;
  static const int zyzy = 0x66;
  static const int zyzz = 0xA6;
  static const int zyzw = 0xE6;
  static const int zywx = 0x36;
  static const int zywy = 0x76;
  static const int zywz = 0xB6;
  static const int zyww = 0xF6;
  static const int zzxx = 0x0A;
  static const int zzxy = 0x4A;
  static const int zzxz = 0x8A;
  static const int zzxw = 0xCA;
  static const int zzyx = 0x1A;
  static const int zzyy = 0x5A;
  static const int zzyz = 0x9A;
  static const int zzyw = 0xDA;
  static const int zzzx = 0x2A;
  static const int zzzy = 0x6A;
  static const int zzzz = 0xAA;
  static const int zzzw = 0xEA;
  static const int zzwx = 0x3A;
  static const int zzwy = 0x7A;
  static const int zzwz = 0xBA;
  static const int zzww = 0xFA;
  static const int zwxx = 0x0E;
  static const int zwxy = 0x4E;
  static const int zwxz = 0x8E;
  static const int zwxw = 0xCE;
  static const int zwyx = 0x1E;
  static const int zwyy = 0x5E;
  static const int zwyz = 0x9E;
  static const int zwyw = 0xDE;
  static const int zwzx = 0x2E;
  static const int zwzy = 0x6E;
  static const int zwzz = 0xAE;
  static const int zwzw = 0xEE;
  static const int zwwx = 0x3E;
  static const int zwwy = 0x7E;
  static const int zwwz = 0xBE;
  static const int zwww = 0xFE;
  static const int wxxx = 0x03;
  static const int wxxy = 0x43;
  static const int wxxz = 0x83;
  static const int wxxw = 0xC3;
  static const int wxyx = 0x13;
  static const int wxyy = 0x53;
  static const int wxyz = 0x93;
  static const int wxyw = 0xD3;
  static const int wxzx = 0x23;
  static const int wxzy = 0x63;
  static const int wxzz = 0xA3;
  static const int wxzw = 0xE3;
  static const int wxwx = 0x33;
  static const int wxwy = 0x73;
  static const int wxwz = 0xB3;
  static const int wxww = 0xF3;
  static const int wyxx = 0x07;
  static const int wyxy = 0x47;
  static const int wyxz = 0x87;
  static const int wyxw = 0xC7;
  static const int wyyx = 0x17;
  static const int wyyy = 0x57;
  static const int wyyz = 0x97;
  static const int wyyw = 0xD7;
  static const int wyzx = 0x27;
  static const int wyzy = 0x67;
  static const int wyzz = 0xA7;
  static const int wyzw = 0xE7;
  static const int wywx = 0x37;
  static const int wywy = 0x77;
  static const int wywz = 0xB7;
  static const int wyww = 0xF7;
  static const int wzxx = 0x0B;
  static const int wzxy = 0x4B;
  static const int wzxz = 0x8B;
  static const int wzxw = 0xCB;
  static const int wzyx = 0x1B;
  static const int wzyy = 0x5B;
  static const int wzyz = 0x9B;
  static const int wzyw = 0xDB;
  static const int wzzx = 0x2B;
  static const int wzzy = 0x6B;
  static const int wzzz = 0xAB;
  static const int wzzw = 0xEB;
  static const int wzwx = 0x3B;
  static const int wzwy = 0x7B;
  static const int wzwz = 0xBB;
  static const int wzww = 0xFB;
  static const int wwxx = 0x0F;
  static const int wwxy = 0x4F;
  static const int wwxz = 0x8F;
  static const int wwxw = 0xCF;
  static const int wwyx = 0x1F;
  static const int wwyy = 0x5F;
  static const int wwyz = 0x9F;
  static const int wwyw = 0xDF;
  static const int wwzx = 0x2F;
  static const int wwzy = 0x6F;
  static const int wwzz = 0xAF;
  static const int wwzw = 0xEF;
  static const int wwwx = 0x3F;
  static const int wwwy = 0x7F;
  static const int wwwz = 0xBF;
  static const int wwww = 0xFF;
}

/// Two float64 lanes.
final class Float64x2 extends _Simd128 {
  Float64x2._(_ByteStore s) : super(s);

  factory Float64x2(double x, double y) => _make(x, y);
  factory Float64x2.splat(double v) => _make(v, v);
  factory Float64x2.zero() => Float64x2._(_simdStore());
  // Lanes x and y of `v`, widened.
  factory Float64x2.fromFloat32x4(Float32x4 v) => _make(v.x, v.y);

  @pragma('vm:prefer-inline')
  static Float64x2 _make(double x, double y) {
    _ByteStore s = _simdStore();
    s._setFloat64(0, x, true);
    s._setFloat64(8, y, true);
    return Float64x2._(s);
  }

  double get x => _s._getFloat64(0, true);
  double get y => _s._getFloat64(8, true);

  Float64x2 operator +(Float64x2 other) => Float64x2._(_ByteStore._simdF64x2Add(_s, other._s));
  Float64x2 operator -(Float64x2 other) => Float64x2._(_ByteStore._simdF64x2Sub(_s, other._s));
  Float64x2 operator *(Float64x2 other) => Float64x2._(_ByteStore._simdF64x2Mul(_s, other._s));
  Float64x2 operator /(Float64x2 other) => Float64x2._(_ByteStore._simdF64x2Div(_s, other._s));
  // The sign bits flipped.
  Float64x2 operator -() => _mapBits((bits) => bits ^ (1 << 63));
  // The sign bits cleared (fabs).
  Float64x2 abs() => _mapBits((bits) => bits & 0x7FFFFFFFFFFFFFFF);

  Float64x2 _mapBits(int f(int bits)) {
    _ByteStore s = _simdStore();
    s._setInt64(0, f(_s._getInt64(0, true)), true);
    s._setInt64(8, f(_s._getInt64(8, true)), true);
    return Float64x2._(s);
  }

  Float64x2 scale(double s) => _make(x * s, y * s);

  // MAX(MIN(self, upper), lower), in the VM's order and with its comparisons.
  // (`m < lo ? lo : m` is `lo > m ? lo : m`: max with the operands swapped.)
  Float64x2 clamp(Float64x2 lowerLimit, Float64x2 upperLimit) =>
      Float64x2._(_ByteStore._simdF64x2Max(lowerLimit._s, _ByteStore._simdF64x2Min(_s, upperLimit._s)));

  // Bit i is the sign bit of lane i.
  int get signMask => (_s._getInt64(0, true) < 0 ? 1 : 0) | (_s._getInt64(8, true) < 0 ? 2 : 0);

  Float64x2 withX(double x) => _make(x, y);
  Float64x2 withY(double y) => _make(x, y);

  // The VM's `a < b ? a : b` and `a > b ? a : b` per lane.
  Float64x2 min(Float64x2 other) => Float64x2._(_ByteStore._simdF64x2Min(_s, other._s));
  Float64x2 max(Float64x2 other) => Float64x2._(_ByteStore._simdF64x2Max(_s, other._s));
  Float64x2 sqrt() => Float64x2._(_ByteStore._simdF64x2Sqrt(_s));

  // Object.toString of the VM's _Float64x2 is Float64x2::ToCString: "[%f, %f]".
  String toString() => '[${_laneToString(x)}, ${_laneToString(y)}]';
}
