// An extension type can't implement itself, directly or through other extension types, and
// its representation type can't depend on itself.
extension type A(A a) {}

extension type D(int i) implements D {}

extension type E1(int i) implements E2 {}

extension type E2(int i) implements E1 {}

void main() {}
