// Conformance: Classes — optional super parameters without a default value take the default
// of the super constructor's parameter (Dart 2.17, feature spec
// accepted/2.17/super-parameters: an optional super parameter with no default value gets the
// associated super-constructor parameter's default value, which is why a non-nullable type is
// allowed there).
// Expectations derived from the feature specification.
import '../lib/expect.dart';

class A {
  final int x;
  final int y;
  A(this.x, [this.y = 5]);
  A.named({required this.x, this.y = 0});
}

class K {
  final int y;
  const K([this.y = 5]);
}

// Through two levels, and in constant constructors (the default is needed while constants are
// evaluated).
class L extends K {
  const L([super.y]);
}

class N extends L {
  const N([super.y]);
}

const n = N();

class B extends A {
  B(super.x, [super.y]);
  B.named({required super.x, super.y}) : super.named();
}

void main() {
  Expect.equals(5, B(3).y);
  Expect.equals(4, B(3, 4).y);
  Expect.equals(0, B.named(x: 1).y);
  Expect.equals(2, B.named(x: 1, y: 2).y);
  Expect.equals(5, n.y);
  Expect.equals(5, const L().y);
  Expect.equals(7, N(7).y);
}
