// Expected output derived by hand from Dart's enum semantics: values are constants in declaration
// order with `index` and `name`; toString is 'Enum.value'; enhanced enums have fields,
// constructors, methods and can implement interfaces; switch over an enum must be exhaustive.
enum Color { red, green, blue }

enum Planet implements Comparable<Planet> {
  mercury(3.303e+23, 2.4397e6),
  venus(4.869e+24, 6.0518e6),
  earth(5.976e+24, 6.37814e6);

  final double mass;
  final double radius;
  const Planet(this.mass, this.radius);

  double get surfaceGravity => 6.67300E-11 * mass / (radius * radius);
  int compareTo(Planet other) => mass < other.mass ? -1 : (mass > other.mass ? 1 : 0);
  bool get isHeavy => mass > 1e24;
}

enum Status {
  active('A'),
  inactive('I');

  final String code;
  const Status(this.code);
  String label() => '$name=$code';
}

String describe(Color c) {
  switch (c) {
    case Color.red:
      return 'warm';
    case Color.green:
    case Color.blue:
      return 'cool';
  }
}

void main() {
  print(Color.red);
  print(Color.values);
  print(Color.blue.index);
  print(Color.green.name);
  print(Color.values.length);
  for (var c in Color.values) {
    print('${c.index}: ${c.name} is ${describe(c)}');
  }
  print(Color.red == Color.red);
  print(Color.red == Color.blue);
  print(identical(Color.green, Color.values[1]));
  print(Planet.earth.isHeavy);
  print(Planet.mercury.isHeavy);
  print(Planet.venus.compareTo(Planet.earth));
  print(Status.active.label());
  print(Status.values.last.code);
  Object o = Status.inactive;
  print(o is Enum);
  print(o is Status);
  print(o is Color);
  var status = Status.active;
  var message = switch0(status);
  print(message);
}

String switch0(Status s) {
  switch (s) {
    case Status.active:
      return 'on';
    case Status.inactive:
      return 'off';
  }
}
