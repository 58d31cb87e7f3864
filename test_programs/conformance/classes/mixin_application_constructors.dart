// Conformance: Mixins — the constructors of a mixin application forward to the superclass's
// (dartLangSpec.tex, "Mixin Application": for each generative constructor of the superclass the
// application has a forwarding constructor with the same parameters, *including their default
// values*, so omitted optional arguments take the superclass constructor's defaults).
// Expectations derived from the specification.
import '../lib/expect.dart';

class B {
  final int x;
  final String s;
  B(this.x) : s = 'plain';
  B.opt([this.x = 9, this.s = 'd']);
  B.nam({this.x = 7, this.s = 'n'});
}

mixin M {
  String get tag => 'M';
}

class C = B with M;

class E extends B with M {
  E() : super.opt();
  E.n() : super.nam(s: 'given');
}

void main() {
  Expect.equals(1, C(1).x);
  Expect.equals('M', C(1).tag);
  Expect.equals(9, C.opt().x);
  Expect.equals('d', C.opt().s);
  Expect.equals(4, C.opt(4).x);
  Expect.equals('d', C.opt(4).s);
  Expect.equals(7, C.nam().x);
  Expect.equals('z', C.nam(s: 'z').s);
  Expect.equals(9, E().x);
  Expect.equals('d', E().s);
  Expect.equals(7, E.n().x);
  Expect.equals('given', E.n().s);
}
