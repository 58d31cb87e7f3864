// Conformance: Enums and Mixins — a mixin whose `on` type is `Enum` (an interface class of
// dart:core), applied to an enum (class modifiers feature spec, accepted/3.0/class-modifiers:
// only *extending or mixing in* an `interface` class from another library is an error; an `on`
// clause is not; enhanced-enums feature spec: enums may apply mixins).
// Expectations derived from the specifications.
import '../lib/expect.dart';

mixin Describe on Enum {
  String describe() => 'enum value $name at $index';
}

enum Planet with Describe { mercury, earth }

void main() {
  Expect.equals('enum value earth at 1', Planet.earth.describe());
  Expect.equals('enum value mercury at 0', Planet.mercury.describe());
}
