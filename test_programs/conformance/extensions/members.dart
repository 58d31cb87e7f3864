// Conformance: Extensions — kinds of extension members: methods, getters, setters, operators,
// static fields, and `this` (explicit and implicit) inside the body (dartLangSpec.tex,
// "Extensions"; feature spec accepted/2.7/static-extension-methods). Static methods are in
// static_methods.dart, tear-offs in tear_offs.dart.
// Expectations derived from the specification.
import '../lib/expect.dart';

class Vec {
  int x, y;
  Vec(this.x, this.y);
}

extension VecOps on Vec {
  Vec operator +(Vec o) => Vec(x + o.x, y + this.y * 0 + o.y);
  Vec operator -() => Vec(-x, -y);
  bool operator <(Vec o) => length2 < o.length2;
  int operator [](int i) => i == 0 ? x : y;
  int get length2 => x * x + y * y;
  set both(int v) {
    x = v;
    y = v;
  }

  Vec scaled(int k) => Vec(x * k, y * k);
  String describe() => '(${this.x}, $y)';
  static const int dimensions = 2;
}

extension StringExt on String {
  String get reversed => String.fromCharCodes(codeUnits.reversed);
  bool get isPalindrome => this == reversed;
  String repeatWith(String sep, int times) => List.filled(times, this).join(sep);
}

extension NullableExt on String? {
  String orEmpty() => this ?? '';
  bool get isNullOrEmpty => this == null || this!.isEmpty;
}

void main() {
  var a = Vec(1, 2), b = Vec(3, 4);
  Expect.equals('(4, 6)', (a + b).describe());
  Expect.equals('(-1, -2)', (-a).describe());
  Expect.isTrue(a < b);
  Expect.equals(2, a[1]);
  Expect.equals(5, a.length2);
  a.both = 7;
  Expect.equals('(7, 7)', a.describe());
  Expect.equals('(14, 14)', a.scaled(2).describe());
  Expect.equals(2, VecOps.dimensions);

  var v = Vec(1, 1);
  v += Vec(1, 2);
  Expect.equals('(2, 3)', v.describe(), 'compound assignment with an extension operator');


  Expect.equals('cba', 'abc'.reversed);
  Expect.isTrue('abba'.isPalindrome);
  Expect.equals('ab-ab-ab', 'ab'.repeatWith('-', 3));

  String? none;
  Expect.equals('', none.orEmpty(), 'an extension on a nullable type applies to null');
  Expect.isTrue(none.isNullOrEmpty);
  Expect.isFalse('x'.isNullOrEmpty);
  Expect.isNull(none?.reversed, '?. on an extension member');
}
