// Conformance: Classes — optional super parameters without a default value take the default
// of the super constructor's parameter (Dart 2.17, feature spec
// accepted/2.17/super-parameters: an optional super parameter with no default value gets the
// associated super-constructor parameter's default value, which is why a non-nullable type is
// allowed there).
// Expectations derived from the feature specification.
// pending: new bug (not in issue 9): `B(super.x, [super.y])` called without y crashes the
//   program (segfault): the inherited default is not applied
import '../lib/expect.dart';

class A {
  final int x;
  final int y;
  A(this.x, [this.y = 5]);
  A.named({required this.x, this.y = 0});
}

class B extends A {
  B(super.x, [super.y]);
  B.named({required super.x, super.y}) : super.named();
}

void main() {
  Expect.equals(5, B(3).y);
  Expect.equals(4, B(3, 4).y);
  Expect.equals(0, B.named(x: 1).y);
  Expect.equals(2, B.named(x: 1, y: 2).y);
}
