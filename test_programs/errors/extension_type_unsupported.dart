// Parts of extension types that dartc does not build yet are rejected with a position: an
// assert after the representation's initializer (it would have to run after it).
extension type E(int i) {
  E.checked(int x)
      : i = x,
        assert(x > 0);
}

void main() {}
