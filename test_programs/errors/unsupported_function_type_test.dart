// Function types are reified as Function only, so a type test against a specific signature is
// rejected instead of answering true for any closure.
void main() {
  Object f = (int x) => x;
  print(f is int Function(int));
}
