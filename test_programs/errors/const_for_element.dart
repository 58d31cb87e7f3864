// A `for` element is never constant (language specification, collection literals, "Constant
// semantics"); the analyzer's message.
const items = [1, 2];

void main() {
  print(const [for (var i in items) i * 2]);
}
