// Conformance: flow analysis — promotion of private final fields (Dart 3.2, feature spec
// accepted/3.2/field-promotion: a private, final, non-external instance field with no getter of
// the same name in the library is promoted by null checks and type tests like a local).
// Expectations derived from the feature specification. (Fields of other objects:
// private_field_promotion_other_object.dart.)
import '../lib/expect.dart';

class C {
  final int? _x;
  final Object _o;
  C(this._x, this._o);

  int get doubled => _x != null ? _x * 2 : 0;
  int get lengthOrMinus => _o is String ? _o.length : -1;
}

void main() {
  Expect.equals(8, C(4, 0).doubled);
  Expect.equals(0, C(null, 0).doubled);
  Expect.equals(3, C(null, 'abc').lengthOrMinus);
  Expect.equals(-1, C(null, 1).lengthOrMinus);
}
