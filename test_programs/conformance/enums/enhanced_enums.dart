// Conformance: Enums — enhanced enums (Dart 2.17, feature spec enhanced-enums): fields, const
// constructors, getters, methods, static members, mixins, interfaces and overridden toString. (A mixin `on Enum`:
// mixin_on_enum.dart.)
// Expectations derived from the feature specification.
import '../lib/expect.dart';

mixin Describe {
  String describe() => 'described';
}

enum Planet with Describe implements Comparable<Planet> {
  mercury(3.7, 0.38),
  earth(9.8, 1.0),
  jupiter(24.8, 11.2);

  const Planet(this.gravity, this.radius);
  final double gravity;
  final double radius;

  bool get isGiant => radius > 5;
  static Planet heaviest() => Planet.values.reduce((a, b) => a.gravity > b.gravity ? a : b);

  @override
  int compareTo(Planet other) => gravity.compareTo(other.gravity);
}

enum Op {
  add('+'),
  mul('*');

  final String symbol;
  const Op(this.symbol);
  int apply(int a, int b) => switch0(a, b);
  int switch0(int a, int b) {
    switch (this) {
      case Op.add:
        return a + b;
      case Op.mul:
        return a * b;
    }
  }

  @override
  String toString() => 'Op($symbol)';
}

void main() {
  Expect.equals(9.8, Planet.earth.gravity);
  Expect.isTrue(Planet.jupiter.isGiant);
  Expect.isFalse(Planet.earth.isGiant);
  Expect.identical(Planet.jupiter, Planet.heaviest());
  Expect.equals('described', Planet.earth.describe());
  Expect.isTrue(Planet.mercury.compareTo(Planet.earth) < 0);
  var sorted = [Planet.jupiter, Planet.mercury, Planet.earth]..sort();
  Expect.deepEquals([Planet.mercury, Planet.earth, Planet.jupiter], sorted);
  Expect.equals('Planet.earth', '${Planet.earth}');

  Expect.equals(7, Op.add.apply(3, 4));
  Expect.equals(12, Op.mul.apply(3, 4));
  Expect.equals('Op(*)', '${Op.mul}');
  Expect.equals('mul', Op.mul.name);
}
