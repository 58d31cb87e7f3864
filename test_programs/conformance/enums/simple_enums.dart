// Conformance: Enums — simple enums (dartLangSpec.tex, "Enums"; dart:core Enum
// documentation): `values` in declaration order, `index`, `name` (EnumName extension),
// `toString()` as `E.v`, constants compared by identity, usable in const contexts and maps.
// Expectations derived from the specification and the documentation.
import '../lib/expect.dart';

enum Color { red, green, blue }

void main() {
  Expect.equals(3, Color.values.length);
  Expect.identical(Color.green, Color.values[1]);
  Expect.equals(0, Color.red.index);
  Expect.equals(2, Color.blue.index);
  Expect.equals('Color.green', Color.green.toString());
  Expect.equals('green', Color.green.name);
  Expect.isTrue(Color.red is Enum);
  Expect.equals(Color.red, Color.values.first);
  Expect.notEquals(Color.red, Color.blue);
  const favorite = Color.blue;
  Expect.identical(Color.blue, favorite);
  var counts = {Color.red: 1, Color.blue: 2};
  Expect.equals(2, counts[Color.blue]);
  Expect.isNull(counts[Color.green]);
  Expect.throwsUnsupportedError(() => Color.values.add(Color.red), 'values is unmodifiable');
  Expect.deepEquals(['red', 'green', 'blue'], [for (var c in Color.values) c.name]);
}
