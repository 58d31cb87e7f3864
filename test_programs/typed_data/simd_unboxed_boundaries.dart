// SIMD values cross every boundary between their unboxed form (LLVM vectors where the static type
// is Float32x4, Float64x2 or Int32x4: locals, parameters, results, loop values) and their boxes
// (Object, dynamic, type parameters, fields, captured variables, lists, records, futures,
// generators): docs/typed_data.md, "Unboxed SIMD values". Each line prints lanes that survived
// the crossing, so a lost or reinterpreted lane shows.
//
// Expected output derived by hand: every lane value is a small binary fraction, so each sum,
// product and quotient is exact and prints with C's "%f" as six decimals (Float32x4::ToCString and
// Float64x2::ToCString in the VM's runtime/vm/object.cc); Int32x4 prints "%08x". Identity:
// `identical` and `==` (Object's, i.e. identical) compare the 128 bits of SIMD values, as they do
// for doubles (dartc's rule, docs/typed_data.md; the VM's optimizing compilers unbox SIMD values
// and give no identity guarantee for them, dart-lang/sdk#43255), so equal lanes are identical
// whether boxed or not, and -0.0 differs from 0.0.
import 'dart:async';
import 'dart:typed_data';

class Box<T> {
  T value;
  Box(this.value);
}

class Particle {
  Float32x4 position;
  final Float64x2 velocity;
  Float32x4? last;
  Particle(this.position, this.velocity);
  void step() {
    last = position;
    position = position + Float32x4(velocity.x, velocity.y, 0.0, 0.0);
  }
}

abstract class Shader {
  Float32x4 shade(Float32x4 c);
}

class Brighten implements Shader {
  Float32x4 shade(Float32x4 c) => c * Float32x4.splat(2.0);
}

class Darken implements Shader {
  Float32x4 shade(Float32x4 c) => c * Float32x4.splat(0.5);
}

Float64x2 topLevel = Float64x2(1.5, -2.5);
Int32x4? maybe;

T identity<T>(T x) => x;

Float64x2 twice(Float64x2 v, [Float64x2? extra]) => v + v + (extra ?? Float64x2.zero());

Future<Float64x2> later(Float64x2 v) async {
  await Future<void>.delayed(Duration.zero);
  return v * Float64x2.splat(4.0);
}

Iterable<Int32x4> counting(Int32x4 start) sync* {
  var v = start;
  for (var i = 0; i < 3; i++) {
    yield v;
    v = v + Int32x4(1, 1, 1, 1);
  }
}

(Float32x4, int) tagged(Float32x4 v) => (v, 7);

Future<void> main() async {
  var a = Float32x4(1.0, 2.0, 3.0, 4.0);
  var d = Float64x2(0.5, 0.25);
  var m = Int32x4(1, -1, 16, 255);

  // Generics, type parameters and collections of other types.
  print('generic ${identity(a)} ${identity<Object>(d)} ${Box<Int32x4>(m).value}');
  var objects = <Object>[a, d, m];
  print('objects ${objects[0]} ${objects[1]} ${objects[2]}');
  var typed = <Float64x2>[d, d + d];
  var sum = Float64x2.zero();
  for (var v in typed) {
    sum += v;
  }
  print('list $sum ${typed.map((v) => v.y).toList()}');
  var map = {'a': a};
  print('map ${map['a']! + a}');

  // dynamic and casts.
  dynamic dyn = d;
  print('dynamic ${dyn + d} ${dyn.x} ${dyn is Float64x2} ${dyn is Float32x4}');
  Object o = m;
  var back = o as Int32x4;
  print('cast ${back ^ Int32x4(1, 1, 1, 1)} ${o is Int32x4}');

  // Closures: a captured variable written inside and outside the closure.
  var acc = Float32x4.zero();
  void add(Float32x4 v) {
    acc = acc + v;
  }
  add(a);
  add(a);
  acc = acc * Float32x4.splat(0.5);
  var scaleBy = (Float64x2 v) => v * d;
  print('closure $acc ${scaleBy(Float64x2(2.0, 4.0))}');
  var tearOff = a.min;
  print('tear-off ${tearOff(Float32x4.splat(2.5))}');

  // Fields, nullable fields, static fields and table dispatch.
  var p = Particle(a, d);
  p.step();
  p.step();
  print('fields ${p.position} ${p.last} ${p.velocity}');
  topLevel = topLevel + topLevel;
  print('static $topLevel $maybe');
  maybe = m;
  print('nullable ${maybe! + m} ${maybe == null}');
  for (Shader s in [Brighten(), Darken()]) {
    print('shader ${s.shade(a)}');
  }

  // Optional parameters, records, futures, generators, exceptions.
  print('optional ${twice(d)} ${twice(d, Float64x2(10.0, 20.0))}');
  var (v, tag) = tagged(a);
  var record = tagged(a + a);
  print('record $v $tag ${record.$1}');
  print('future ${await later(d)}');
  print('sync* ${counting(m).toList()}');
  try {
    throw a;
  } on Float32x4 catch (e) {
    print('caught ${e + a}');
  }

  // Identity: the bits of the values.
  var same = Float32x4(1.0, 2.0, 3.0, 4.0);
  Object boxedA = a;
  Object boxedSame = same;
  print('identical ${identical(a, a)} ${identical(a, same)} ${identical(boxedA, boxedSame)} ${identical(boxedA, a)}');
  print('== ${a == same} ${boxedA == boxedSame} ${a == a + Float32x4.zero()} ${a == Float32x4(1.0, 2.0, 3.0, 5.0)}');
  print('zeros ${Float64x2(0.0, 0.0) == Float64x2(-0.0, 0.0)} ${identical(Int32x4(0, 0, 0, 0), Int32x4.bool(false, false, false, false))}');
  print('hashCode ${boxedA.hashCode == boxedSame.hashCode} ${{a, same, boxedA}.length}');
  print('mixed ${identical(a, Int32x4.fromFloat32x4Bits(a))}');
}
