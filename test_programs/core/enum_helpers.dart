// The enum helpers of dart:core: EnumName.name, EnumByName.byName and asNameMap,
// Enum.compareByIndex and Enum.compareByName, on simple and enhanced enums.
//
// Expectations derived by hand from the Dart SDK's sources (sdk/lib/core/enum.dart): `name` is
// the declared identifier even when the enum declares its own `name` member (which then wins
// for `e.name`); byName scans in order and throws ArgumentError.value(name, "name", "No enum
// value with that name"), printed as 'Invalid argument (name): No enum value with that name:
// "x"' (sdk/lib/core/errors.dart quotes string values); asNameMap keeps the iteration order and
// the last value for a repeated name; compareByIndex is `value1.index - value2.index`.
// `name` is an extension getter, so a dynamic `d.name` is a NoSuchMethodError (the VM's text
// from sdk/lib/_internal/vm/lib/errors_patch.dart).
enum Color { red, green, blue }

enum Planet {
  mercury(3.7),
  venus(8.9);

  final double gravity;
  const Planet(this.gravity);
}

enum Tag {
  a('Alpha'),
  b('Beta');

  final String name;
  const Tag(this.name);
}

void main() {
  print(Color.green.name);
  Enum e = Planet.venus;
  print('${e.name} ${e.index}');
  print(Tag.a.name); // the enum's own field
  print((Tag.a as Enum).name); // the extension on Enum

  print(Color.values.byName('blue'));
  print(Tag.values.byName('b'));
  try {
    Color.values.byName('purple');
  } on ArgumentError catch (error) {
    print(error);
    print(error.name);
  }
  Iterable<Color> notGreen = Color.values.where((c) => c != Color.green);
  print(notGreen.byName('blue').index);

  print(Color.values.asNameMap());
  print(Planet.values.asNameMap()['venus']!.gravity);
  print(<Color>[Color.blue, Color.red].asNameMap());
  print([Color.red, Color.green, Color.red].asNameMap().keys.toList());
  print(<Color>[].asNameMap().isEmpty);

  print(Enum.compareByIndex(Color.red, Color.blue));
  print(Enum.compareByIndex(Planet.venus, Planet.mercury));
  print(Enum.compareByName(Color.red, Color.blue) > 0);
  var colors = [Color.blue, Color.red, Color.green];
  colors.sort((x, y) => Enum.compareByIndex(x, y));
  print(colors);
  colors.sort((x, y) => Enum.compareByName(x, y));
  print(colors);

  dynamic d = Color.red;
  print(d.index);
  try {
    print(d.name);
  } on NoSuchMethodError catch (error) {
    print(error);
  }
}
