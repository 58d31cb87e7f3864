// `implements` names a supertype of the representation type, or an extension type whose
// representation type is a supertype of this one's.
extension type A(int i) implements String {}

extension type B(num n) {}

extension type C(int i) implements B {}

extension type D(Object o) implements B {}

void main() {}
