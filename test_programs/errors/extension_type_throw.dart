// An extension type that implements no non-nullable type is not a subtype of Object (its
// value may be null), so it can't be thrown.
extension type Celsius(double c) {}

void main() {
  throw Celsius(3.0);
}
