// Expected output derived by hand from the language specification ("Type dynamic", "Type Never",
// "Type Test"): `dynamic` and `Never` are types declared in dart:core, so their names are type
// literals (values of type Type) like any class name; equal types are equal Type objects.
void main() {
  Type t = dynamic;
  print(t);
  print(t == dynamic);
  print(t == Object);
  Type n = Never;
  print(n);
  var types = [dynamic, int, Never];
  print(types);
  print(<dynamic>[].runtimeType.toString() == 'List<dynamic>');
}
