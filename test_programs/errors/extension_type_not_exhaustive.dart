// Exhaustiveness looks at the erasure: a switch over an extension type of int needs to cover
// every int.
extension type const Id(int v) {}

String name(Id i) => switch (i) { const Id(1) => 'one' };

void main() {
  print(name(Id(1)));
}
