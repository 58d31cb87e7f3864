// Field loads and stores with an alias class per offset (codegen/src/field_alias_classes.cpp,
// issue 10): LLVM may keep a field in a register across a store to a field at another offset,
// but never across a store to the same field of what may be the same object. These functions
// (never inlined, so their arguments may or may not be the same object) read a field, store
// through another reference, and read again: same object or not, same offset or not, fields of
// a subclass at the offsets of another class's fields, a double field, a late field, statics, and
// a loop that moves values between two objects' fields.
//
// Expectations derived by hand: plain Dart field semantics, each line computed below.
class Pair {
  int a;
  int b;
  Pair(this.a, this.b);
}

class Other {
  int x; // the offset of Pair.a
  double d; // the offset of Pair.b
  Other(this.x, this.d);
}

class Sub extends Pair {
  int c;
  Sub(super.a, super.b, this.c);
}

class Late {
  late int v;
}

int counter = 0;
int other = 100;

@pragma('vm:never-inline')
int readStoreRead(Pair p, Pair q) {
  final before = p.a;
  q.a = before + 10; // the same field: p.a changes when p == q
  return p.a - before;
}

@pragma('vm:never-inline')
int otherField(Pair p, Pair q) {
  final before = p.a;
  q.b = 99; // another field: p.a never changes
  return p.a - before;
}

@pragma('vm:never-inline')
int subFields(Sub s, Pair p) {
  final c = s.c;
  p.b = c + 1; // p may be s
  return s.b + s.c;
}

@pragma('vm:never-inline')
double mixed(Other o, Pair p) {
  final x = o.x;
  p.a = x * 2;
  o.d = o.d + x;
  return o.d + o.x + p.a;
}

@pragma('vm:never-inline')
int lateField(Late l, Late m) {
  l.v = 1;
  m.v = 2;
  return l.v;
}

@pragma('vm:never-inline')
int statics() {
  final c = counter;
  other = c + 5;
  counter = c + 1;
  return counter + other;
}

@pragma('vm:never-inline')
int shuffle(Pair p, Pair q, int n) {
  for (var i = 0; i < n; i++) {
    p.a = q.b + 1;
    q.b = p.a * 2;
  }
  return p.a + q.b;
}

void main() {
  final p = Pair(1, 2);
  final q = Pair(3, 4);
  print(readStoreRead(p, q)); // 0 (q.a = 11)
  print(readStoreRead(p, p)); // 10 (p.a = 11)
  print(otherField(p, p)); // 0 (p.b = 99)
  print('${p.a} ${p.b} ${q.a} ${q.b}'); // 11 99 11 4
  final s = Sub(5, 6, 7);
  print(subFields(s, s)); // s.b = 8: 8 + 7 = 15
  print(subFields(s, p)); // p.b = 8: s.b 8 + 7 = 15
  print('${s.a} ${s.b} ${s.c} ${p.b}'); // 5 8 7 8
  final o = Other(3, 0.5);
  print(mixed(o, p)); // p.a = 6, o.d = 3.5: 3.5 + 3 + 6 = 12.5
  final l = Late();
  print(lateField(l, l)); // 2
  print(lateField(l, Late())); // 1
  print(statics()); // other = 5, counter = 1: 6
  print(statics()); // other = 6, counter = 2: 8
  print(shuffle(p, q, 3)); // p.a, q.b: 5, 10; 11, 22; 23, 46: 69
  print(shuffle(p, p, 3)); // p.a, p.b from 8: 9, 18; 19, 38; 39, 78: 117
}
