// Constructor tear-offs of extension types are not built yet: rejected with a position.
extension type E(int i) {}

void main() {
  var f = E.new;
  print(f(1));
}
