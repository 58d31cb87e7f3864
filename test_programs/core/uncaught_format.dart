// An uncaught FormatException from int.parse: the VM prints the exception's toString (message,
// position, the source line and a caret) after 'Unhandled exception:' and exits with 255.
//
// Expectations derived by hand from sdk/lib/core/exceptions.dart (FormatException.toString) and
// sdk/lib/_internal/vm/lib/integers_patch.dart (the 'Invalid radix-10 number' message, reported
// at the start of the digits).
void main() {
  print(int.parse('  12'));
  print(int.parse('12z4'));
}
