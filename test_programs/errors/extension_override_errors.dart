// Misuses of explicit extension applications (extension methods feature specification); the
// analyzer's messages.
extension E on String {
  int get size => length;
}

void main() {
  print(E('a', 'b').size);
  print(E(3).size);
  print(E('x'));
}
