// Parts of extension types that dartc does not build yet are rejected with a position.
extension type E(int i) {
  E.withBody(int x) : i = x {
    print('hi');
  }
}

void main() {}
