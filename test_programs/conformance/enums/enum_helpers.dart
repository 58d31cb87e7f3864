// Conformance: dart:core enum helpers (dart:core documentation: `EnumName.name`,
// `EnumByName.byName`, `EnumByName.asNameMap`, `Enum.compareByIndex`, `Enum.compareByName`).
// Expectations derived from the documentation: byName throws an ArgumentError for an unknown
// name; asNameMap maps names to values in declaration order. Regression test for issue 9, C
// (enum helpers), which already pass.
import '../lib/expect.dart';

enum Level { low, medium, high }

void main() {
  Expect.identical(Level.medium, Level.values.byName('medium'));
  Expect.throwsArgumentError(() => Level.values.byName('extreme'));
  var map = Level.values.asNameMap();
  Expect.deepEquals(['low', 'medium', 'high'], map.keys.toList());
  Expect.identical(Level.high, map['high']);
  Expect.isTrue(Enum.compareByIndex(Level.low, Level.high) < 0);
  Expect.isTrue(Enum.compareByName(Level.low, Level.high) > 0, "'low' > 'high'");
  var levels = [Level.high, Level.low, Level.medium];
  levels.sort((a, b) => Enum.compareByIndex(a, b));
  Expect.deepEquals([Level.low, Level.medium, Level.high], levels);
}
